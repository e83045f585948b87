#include "server/sessionmanager.h"

#include "core/clock.h"
#include "server/passwordhasher.h"
#include "server/serverlogging.h"
#include "store/database.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace Atendo {

using namespace Qt::StringLiterals;

SessionManager::SessionManager(Database& database, const Clock& clock, const PasswordHasher& hasher,
    int sessionHours, int failuresAllowed, int lockoutSeconds)
    : m_agents(database)
    , m_sessions(database)
    , m_clock(clock)
    , m_hasher(hasher)
    , m_sessionSecs(qint64(sessionHours) * 3600)
    , m_failuresAllowed(failuresAllowed)
    , m_lockoutSeconds(lockoutSeconds)
{ }

QString SessionManager::newToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), 8);
    return u"v1."_s
        + QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString SessionManager::hashToken(const QString& token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

qint64 SessionManager::lockoutRemainingMs(const QString& username) const
{
    const auto it = m_failures.constFind(username);
    if (it == m_failures.constEnd() || !it->lockedUntil.isValid())
        return 0;
    return std::max<qint64>(0, m_clock.now().msecsTo(it->lockedUntil));
}

void SessionManager::recordFailure(const QString& username)
{
    const QDateTime now = m_clock.now();
    Failures& failures = m_failures[username];
    // Failures older than one lockout period are forgotten.
    if (!failures.firstAt.isValid() || failures.firstAt.secsTo(now) > m_lockoutSeconds) {
        failures = Failures {};
        failures.firstAt = now;
    }
    ++failures.count;
    if (failures.count >= m_failuresAllowed) {
        failures.lockedUntil = now.addSecs(m_lockoutSeconds);
        qCWarning(lcServer) << "login for" << username << "locked for" << m_lockoutSeconds << "s";
    }
}

LoginResult SessionManager::login(const QString& username, const QString& password)
{
    const QString key = username.trimmed().toLower();
    if (const qint64 wait = lockoutRemainingMs(key); wait > 0)
        return LoginResult {std::nullopt, LoginFailure::Throttled, wait};

    const std::optional<AgentRow> agent = m_agents.findByUsername(username.trimmed());
    bool verified = false;
    if (agent && !agent->disabled)
        verified = PasswordHasher::verify(password, agent->passwordHash);
    else
        m_hasher.burnVerify(password);
    if (!verified) {
        recordFailure(key);
        return LoginResult {std::nullopt, LoginFailure::BadCredentials, 0};
    }
    m_failures.remove(key);

    SessionIdentity identity;
    identity.agent = *agent;
    identity.token = newToken();
    identity.expiresAt = m_clock.now().addSecs(m_sessionSecs);
    identity.sessionId = m_sessions.create(agent->id, hashToken(identity.token), identity.expiresAt);
    if (identity.sessionId <= 0)
        return LoginResult {std::nullopt, LoginFailure::BadCredentials, 0};
    return LoginResult {identity, LoginFailure::None, 0};
}

std::optional<SessionIdentity> SessionManager::resume(const QString& token)
{
    const QDateTime now = m_clock.now();
    const std::optional<SessionRow> session = m_sessions.findValid(hashToken(token), now);
    if (!session)
        return std::nullopt;
    const std::optional<AgentRow> agent = m_agents.findById(session->agentId);
    if (!agent || agent->disabled)
        return std::nullopt;
    SessionIdentity identity;
    identity.sessionId = session->id;
    identity.agent = *agent;
    identity.expiresAt = now.addSecs(m_sessionSecs);
    m_sessions.extend(session->id, identity.expiresAt);
    return identity;
}

void SessionManager::revoke(qint64 sessionId)
{
    m_sessions.revoke(sessionId);
}

} // namespace Atendo

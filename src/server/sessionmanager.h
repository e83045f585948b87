#pragma once

#include "store/agentrepository.h"
#include "store/sessionrepository.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace Atendo {

class Clock;
class Database;
class PasswordHasher;

// Who a connection is once logged in.
struct SessionIdentity
{
    qint64 sessionId = 0;
    AgentRow agent;
    QString token; // only right after login; never stored in clear
    QDateTime expiresAt;
};

enum class LoginFailure
{
    None,
    BadCredentials,
    Throttled,
};

struct LoginResult
{
    std::optional<SessionIdentity> identity;
    LoginFailure failure = LoginFailure::None;
    qint64 retryAfterMs = 0;
};

// Logins, expiring session tokens and their renewal. A token is 32 random
// bytes; only its SHA-256 is stored, so a stolen database holds no usable
// session. Repeated failures for one username lock it out for a while.
class SessionManager
{
public:
    SessionManager(Database& database, const Clock& clock, const PasswordHasher& hasher, int sessionHours,
        int failuresAllowed, int lockoutSeconds);

    [[nodiscard]] LoginResult login(const QString& username, const QString& password);
    // A valid token gives its identity, renewed for another session length.
    [[nodiscard]] std::optional<SessionIdentity> resume(const QString& token);
    void revoke(qint64 sessionId);

    [[nodiscard]] static QString hashToken(const QString& token);

private:
    struct Failures
    {
        int count = 0;
        QDateTime lockedUntil;
        QDateTime firstAt;
    };

    [[nodiscard]] qint64 lockoutRemainingMs(const QString& username) const;
    void recordFailure(const QString& username);
    [[nodiscard]] static QString newToken();

    AgentRepository m_agents;
    SessionRepository m_sessions;
    const Clock& m_clock;
    const PasswordHasher& m_hasher;
    qint64 m_sessionSecs;
    int m_failuresAllowed;
    int m_lockoutSeconds;
    QHash<QString, Failures> m_failures;
};

} // namespace Atendo

#include "server/sessionops.h"

#include "core/clock.h"
#include "protocol/argreader.h"
#include "protocol/ops.h"
#include "protocol/protocol.h"
#include "protocol/wiretime.h"
#include "server/clientconnection.h"
#include "server/dispatcher.h"
#include "server/eventbus.h"
#include "server/presencetracker.h"
#include "server/serverconfig.h"
#include "server/sessionmanager.h"
#include "server/wiremapper.h"
#include "store/database.h"
#include "store/journal.h"

namespace Atendo {

using namespace Qt::StringLiterals;
using Protocol::ArgReader;
using Protocol::ErrorCode;
using Protocol::Reply;

namespace {
constexpr int ReplayPage = 1000;
}

SessionOps::SessionOps(const ServerContext& context)
    : m_context(context), m_rateCard(context.config ? context.config->rateCardPath : QString())
{ }

void SessionOps::registerOn(Dispatcher& dispatcher)
{
    using Access = Dispatcher::Access;
    dispatcher.add(
        Protocol::Op::Login, [this](OpCall& c) { return login(c); }, AgentRole::Agent, Access::Anyone);
    dispatcher.add(
        Protocol::Op::Resume, [this](OpCall& c) { return resume(c); }, AgentRole::Agent, Access::Anyone);
    dispatcher.add(Protocol::Op::Logout, [this](OpCall& c) { return logout(c); });
    dispatcher.add(Protocol::Op::Ping, [this](OpCall& c) { return ping(c); });
    dispatcher.add(Protocol::Op::PresenceSet, [this](OpCall& c) { return presenceSet(c); });
}

QJsonObject SessionOps::agentJson(qint64 agentId)
{
    const auto info = m_context.wire->agent(agentId);
    return info ? info->toJson() : QJsonObject {};
}

Reply SessionOps::login(OpCall& call)
{
    ArgReader args(call.request.args);
    const QString username = args.requireString(u"username", 64);
    const QString password = args.requireString(u"password", 1024);
    const qint64 protocol = args.optionalInteger(u"protocol", Protocol::Version, 0, 1000);
    (void)args.optionalString(u"client", {}, 200);
    if (!args.ok())
        return call.fail(*args.error());
    if (protocol != Protocol::Version) {
        return call.fail(ErrorCode::VersionMismatch,
            u"this server speaks protocol %1"_s.arg(Protocol::Version),
            QJsonObject {{u"protocol"_s, Protocol::Version}});
    }
    if (call.connection.isAuthenticated())
        return call.fail(ErrorCode::Conflict, u"this connection is already logged in"_s);

    const LoginResult result = m_context.sessions->login(username, password);
    if (result.failure == LoginFailure::Throttled) {
        return call.fail(ErrorCode::RateLimited, u"Too many failed logins; try again later"_s,
            QJsonObject {{u"retry_after_ms"_s, result.retryAfterMs}});
    }
    if (!result.identity)
        return call.fail(ErrorCode::Unauthenticated, u"Wrong username or password"_s);

    const SessionIdentity& identity = *result.identity;
    const qint64 head = Journal(*m_context.database).head();
    call.connection.setLastSeq(head);
    authenticate(call, identity);
    return call.ok(QJsonObject {{u"token"_s, identity.token},
        {u"expires_at"_s, Protocol::toWireTime(identity.expiresAt)},
        {u"server_time"_s, Protocol::toWireTime(m_context.clock->now())}, {u"last_seq"_s, head},
        {u"agent"_s, agentJson(identity.agent.id)}, {u"rate_card"_s, m_rateCard.json()}});
}

Reply SessionOps::resume(OpCall& call)
{
    ArgReader args(call.request.args);
    const QString token = args.requireString(u"token", 256);
    const qint64 lastSeq = args.optionalInteger(u"last_seq", 0, 0, std::numeric_limits<qint64>::max());
    const qint64 protocol = args.optionalInteger(u"protocol", Protocol::Version, 0, 1000);
    if (!args.ok())
        return call.fail(*args.error());
    if (protocol != Protocol::Version) {
        return call.fail(ErrorCode::VersionMismatch,
            u"this server speaks protocol %1"_s.arg(Protocol::Version),
            QJsonObject {{u"protocol"_s, Protocol::Version}});
    }
    if (call.connection.isAuthenticated())
        return call.fail(ErrorCode::Conflict, u"this connection is already logged in"_s);
    const auto identity = m_context.sessions->resume(token);
    if (!identity)
        return call.fail(ErrorCode::Unauthenticated, u"The session expired or was revoked; log in again"_s);

    Journal journal(*m_context.database);
    const qint64 head = journal.head();
    const qint64 oldest = journal.oldestSeq();
    // The journal must still hold everything after lastSeq.
    const bool resync = lastSeq > head || (oldest > 0 && lastSeq + 1 < oldest);
    call.connection.setLastSeq(resync ? head : lastSeq);
    authenticate(call, *identity);
    if (!resync) {
        call.afterReply = [this, &connection = call.connection, lastSeq, head, then = call.afterReply] {
            replay(connection, lastSeq, head);
            if (then)
                then();
        };
    }
    return call.ok(QJsonObject {{u"resync"_s, resync}, {u"last_seq"_s, head},
        {u"expires_at"_s, Protocol::toWireTime(identity->expiresAt)},
        {u"server_time"_s, Protocol::toWireTime(m_context.clock->now())},
        {u"agent"_s, agentJson(identity->agent.id)}, {u"rate_card"_s, m_rateCard.json()}});
}

void SessionOps::replay(ClientConnection& connection, qint64 afterSeq, qint64 head)
{
    Journal journal(*m_context.database);
    qint64 seq = afterSeq;
    while (seq < head) {
        const QList<JournalEntry> entries = journal.readAfter(seq, ReplayPage);
        if (entries.isEmpty())
            break;
        for (const JournalEntry& entry : entries) {
            if (entry.seq > head)
                return;
            connection.sendEvent(Protocol::Event {entry.seq, entry.ev, entry.at, entry.data});
            seq = entry.seq;
        }
    }
}

void SessionOps::authenticate(OpCall& call, const SessionIdentity& identity)
{
    call.connection.setIdentity(identity);
    const qint64 agentId = identity.agent.id;
    // Everyone learns about the new presence after this console got its reply.
    if (m_context.presence->connected(agentId))
        call.afterReply = [this, agentId] { broadcastPresence(agentId); };
}

Reply SessionOps::logout(OpCall& call)
{
    m_context.sessions->revoke(call.connection.identity().sessionId);
    call.afterReply = [&connection = call.connection] { connection.close(); };
    return call.ok();
}

Reply SessionOps::ping(OpCall& call)
{
    return call.ok(QJsonObject {{u"server_time"_s, Protocol::toWireTime(m_context.clock->now())}});
}

Reply SessionOps::presenceSet(OpCall& call)
{
    ArgReader args(call.request.args);
    const QString status = args.requireEnum(u"status", {u"online"_s, u"away"_s});
    if (!args.ok())
        return call.fail(*args.error());
    const qint64 agentId = call.agent().id;
    if (m_context.presence->set(agentId, status))
        broadcastPresence(agentId);
    return call.ok(QJsonObject {{u"presence"_s, m_context.presence->presence(agentId)}});
}

void SessionOps::connectionClosed(ClientConnection& connection)
{
    if (!connection.isAuthenticated())
        return;
    const qint64 agentId = connection.identity().agent.id;
    if (m_context.presence->disconnected(agentId))
        broadcastPresence(agentId);
}

void SessionOps::broadcastPresence(qint64 agentId)
{
    m_context.bus->publishEphemeral(Protocol::Ev::Presence,
        QJsonObject {{u"agent_id"_s, agentId}, {u"presence"_s, m_context.presence->presence(agentId)}});
}

} // namespace Atendo

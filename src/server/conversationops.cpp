#include "server/conversationops.h"

#include "core/clock.h"
#include "protocol/argreader.h"
#include "protocol/ops.h"
#include "server/auditlog.h"
#include "server/clientconnection.h"
#include "server/dispatcher.h"
#include "server/eventbus.h"
#include "server/gateway.h"
#include "server/outboxworker.h"
#include "server/wiremapper.h"
#include "store/conversationrepository.h"
#include "store/database.h"
#include "store/messagerepository.h"

#include <QJsonArray>

#include <set>

namespace Atendo {

using namespace Qt::StringLiterals;
using Protocol::ArgReader;
using Protocol::ErrorCode;
using Protocol::Reply;

ConversationOps::ConversationOps(const ServerContext& context) : m_context(context)
{ }

void ConversationOps::registerOn(Dispatcher& d)
{
    d.add(Protocol::Op::ConversationClaim, [this](OpCall& c) { return claim(c); });
    d.add(Protocol::Op::ConversationTransfer, [this](OpCall& c) { return transfer(c); });
    d.add(Protocol::Op::ConversationResolve, [this](OpCall& c) { return resolve(c); });
    d.add(Protocol::Op::ConversationReopen, [this](OpCall& c) { return reopen(c); });
    d.add(Protocol::Op::ConversationRead, [this](OpCall& c) { return read(c); });
    d.add(Protocol::Op::Typing, [this](OpCall& c) { return typing(c); });
    d.add(Protocol::Op::View, [this](OpCall& c) { return view(c); });
}

Reply ConversationOps::apply(OpCall& call, const Change& change)
{
    Transaction tx = m_context.database->transaction();
    EventBatch batch(*m_context.bus);
    const ConversationService::Outcome outcome = change();
    if (outcome.error)
        return call.fail(*outcome.error);
    if (!tx.commit())
        return call.fail(ErrorCode::Internal, u"the change could not be stored"_s);
    batch.commit();
    const auto info = m_context.wire->conversation(outcome.row.id);
    return call.ok(QJsonObject {{u"conversation"_s, info ? info->toJson() : QJsonObject {}}});
}

Reply ConversationOps::claim(OpCall& call)
{
    ArgReader args(call.request.args);
    const qint64 id = args.requireId(u"conversation_id");
    if (!args.ok())
        return call.fail(*args.error());
    return apply(call, [&] { return m_context.conversations->claim(id, call.agent()); });
}

Reply ConversationOps::transfer(OpCall& call)
{
    ArgReader args(call.request.args);
    const qint64 id = args.requireId(u"conversation_id");
    if (!call.request.args.contains(u"to_agent_id"_s)) {
        return call.fail(ErrorCode::BadRequest, u"to_agent_id is required (null for the queue)"_s,
            QJsonObject {{u"field"_s, u"to_agent_id"_s}});
    }
    const auto to = args.optionalId(u"to_agent_id");
    if (!args.ok())
        return call.fail(*args.error());
    return apply(call, [&] {
        const auto before = ConversationRepository(*m_context.database).findById(id);
        ConversationService::Outcome outcome
            = m_context.conversations->transfer(id, to.value_or(0), call.agent());
        // A lead moving someone's conversation leaves an audit entry.
        const bool supervised
            = call.role() != AgentRole::Agent && before && before->assigneeId != to.value_or(0);
        if (!outcome.error && supervised
            && AuditLog(m_context).transfer(call.agent(), id, before->assigneeId, to.value_or(0)) <= 0)
            outcome.error
                = Protocol::Error {ErrorCode::Internal, u"the audit entry could not be stored"_s, {}};
        return outcome;
    });
}

Reply ConversationOps::resolve(OpCall& call)
{
    ArgReader args(call.request.args);
    const qint64 id = args.requireId(u"conversation_id");
    if (!args.ok())
        return call.fail(*args.error());
    return apply(call, [&] { return m_context.conversations->resolve(id, call.agent()); });
}

Reply ConversationOps::reopen(OpCall& call)
{
    ArgReader args(call.request.args);
    const qint64 id = args.requireId(u"conversation_id");
    if (!args.ok())
        return call.fail(*args.error());
    return apply(call, [&] { return m_context.conversations->reopen(id, call.agent()); });
}

Reply ConversationOps::read(OpCall& call)
{
    ArgReader args(call.request.args);
    const qint64 id = args.requireId(u"conversation_id");
    if (!args.ok())
        return call.fail(*args.error());
    Database& db = *m_context.database;
    const auto row = ConversationRepository(db).findById(id);
    if (!row)
        return call.fail(ErrorCode::NotFound, u"no conversation %1"_s.arg(id));
    if (row->unread == 0)
        return call.ok(QJsonObject {{u"conversation"_s, m_context.wire->conversation(id)->toJson()}});
    // The newest customer message gets WhatsApp's read receipt (blue ticks).
    const MessagePage page = MessageRepository(db).page(id, 0, 20);
    for (auto it = page.rows.crbegin(); it != page.rows.crend(); ++it) {
        if (it->direction == u"in" && !it->wamid.isEmpty()) {
            m_context.outbox->sendReadReceipt(it->wamid);
            break;
        }
    }
    return apply(call, [&] {
        ConversationRepository(db).markRead(id);
        m_context.conversations->publish(id);
        return ConversationService::Outcome {std::nullopt, *row};
    });
}

Reply ConversationOps::typing(OpCall& call)
{
    ArgReader args(call.request.args);
    const qint64 id = args.requireId(u"conversation_id");
    const QString draft = args.optionalString(u"draft", {}, 4096);
    if (!args.ok())
        return call.fail(*args.error());
    const QJsonObject withDraft {
        {u"conversation_id"_s, id}, {u"agent_id"_s, call.agent().id}, {u"draft"_s, draft}};
    QJsonObject withoutDraft = withDraft;
    withoutDraft.remove(u"draft"_s);
    sendByRole(Protocol::Ev::Typing, withDraft, withoutDraft);
    return call.ok();
}

Reply ConversationOps::view(OpCall& call)
{
    ArgReader args(call.request.args);
    const auto id = args.optionalId(u"conversation_id");
    const bool silent = args.optionalBool(u"silent", false);
    if (!args.ok())
        return call.fail(*args.error());
    if (silent && call.role() == AgentRole::Agent) {
        return call.fail(ErrorCode::Forbidden, u"only team leads and admins may watch silently"_s,
            QJsonObject {{u"required_role"_s, agentRoleName(AgentRole::TeamLead)}});
    }
    const qint64 before = call.connection.viewing();
    call.connection.setViewing(id.value_or(0), silent);
    if (before != 0 && before != id.value_or(0))
        publishViewers(before);
    if (id)
        publishViewers(*id);
    return call.ok();
}

void ConversationOps::publishViewers(qint64 conversationId)
{
    std::set<qint64> everyone;
    std::set<qint64> visible;
    for (const ClientConnection* connection : m_context.gateway->connections()) {
        if (!connection->isAuthenticated() || connection->viewing() != conversationId)
            continue;
        everyone.insert(connection->identity().agent.id);
        if (!connection->viewingSilently())
            visible.insert(connection->identity().agent.id);
    }
    const auto data = [conversationId](const std::set<qint64>& agents) {
        QJsonArray ids;
        for (qint64 agent : agents)
            ids.append(agent);
        return QJsonObject {{u"conversation_id"_s, conversationId}, {u"agent_ids"_s, ids}};
    };
    sendByRole(Protocol::Ev::Viewers, data(everyone), data(visible));
}

void ConversationOps::sendByRole(
    QLatin1StringView ev, const QJsonObject& forLeads, const QJsonObject& forAgents)
{
    const QDateTime now = m_context.clock->now();
    for (ClientConnection* connection : m_context.gateway->connections()) {
        if (!connection->isAuthenticated())
            continue;
        const bool lead = Dispatcher::roleOf(connection->identity().agent) != AgentRole::Agent;
        connection->sendEvent(Protocol::Event {0, QString(ev), now, lead ? forLeads : forAgents});
    }
}

} // namespace Atendo

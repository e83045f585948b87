#include "server/auditlog.h"

#include "core/clock.h"
#include "protocol/ops.h"
#include "server/eventbus.h"
#include "server/wiremapper.h"
#include "store/agentrepository.h"
#include "store/auditrepository.h"
#include "store/database.h"
#include "store/messagerepository.h"

namespace Atendo {

using namespace Qt::StringLiterals;

AuditLog::AuditLog(const ServerContext& context) : m_context(context)
{ }

QString AuditLog::nameOf(qint64 agentId) const
{
    if (agentId == 0)
        return u"the queue"_s;
    const auto agent = AgentRepository(*m_context.database).findById(agentId);
    if (!agent)
        return u"agent %1"_s.arg(agentId);
    return agent->displayName.isEmpty() ? agent->username : agent->displayName;
}

qint64 AuditLog::takeover(const AgentRow& actor, qint64 conversationId, qint64 fromAgentId)
{
    const QString text = u"%1 took over from %2"_s.arg(nameOf(actor.id), nameOf(fromAgentId));
    return record(actor, conversationId, u"takeover"_s, fromAgentId, actor.id, text);
}

qint64 AuditLog::transfer(const AgentRow& actor, qint64 conversationId, qint64 fromAgentId, qint64 toAgentId)
{
    const QString text = u"%1 transferred the conversation from %2 to %3"_s.arg(
        nameOf(actor.id), nameOf(fromAgentId), nameOf(toAgentId));
    return record(actor, conversationId, u"transfer"_s, fromAgentId, toAgentId, text);
}

qint64 AuditLog::record(const AgentRow& actor, qint64 conversationId, const QString& action,
    qint64 fromAgentId, qint64 toAgentId, const QString& text)
{
    Database& db = *m_context.database;
    MessageRow note;
    note.conversationId = conversationId;
    note.direction = u"note"_s;
    note.kind = u"system"_s;
    note.text = text;
    note.authorId = actor.id;
    note.status = u"sent"_s;
    note.createdAt = m_context.clock->now();
    const MessageInsert insert = MessageRepository(db).insertOutbound(note);
    if (insert.id <= 0)
        return 0;
    note.id = insert.id;
    AuditEntry entry;
    entry.at = note.createdAt;
    entry.actorId = actor.id;
    entry.action = action;
    entry.conversationId = conversationId;
    entry.fromAgentId = fromAgentId;
    entry.toAgentId = toAgentId;
    entry.messageId = note.id;
    entry.detail = text;
    if (AuditRepository(db).append(entry) <= 0)
        return 0;
    m_context.bus->publish(
        Protocol::Ev::MessageCreated, QJsonObject {{u"message"_s, m_context.wire->message(note).toJson()}});
    return note.id;
}

} // namespace Atendo

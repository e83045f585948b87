#include "server/supervisionops.h"

#include "core/clock.h"
#include "protocol/argreader.h"
#include "protocol/ops.h"
#include "server/auditlog.h"
#include "server/conversationservice.h"
#include "server/dispatcher.h"
#include "server/eventbus.h"
#include "server/wiremapper.h"
#include "store/conversationrepository.h"
#include "store/database.h"
#include "store/messagerepository.h"

namespace Atendo {

using namespace Qt::StringLiterals;
using Protocol::ArgReader;
using Protocol::ErrorCode;
using Protocol::Reply;

SupervisionOps::SupervisionOps(const ServerContext& context) : m_context(context)
{ }

void SupervisionOps::registerOn(Dispatcher& d)
{
    d.add(
        Protocol::Op::Whisper, [this](OpCall& c) { return whisper(c); }, AgentRole::TeamLead);
    d.add(
        Protocol::Op::ConversationTakeover, [this](OpCall& c) { return takeover(c); }, AgentRole::TeamLead);
}

Reply SupervisionOps::whisper(OpCall& call)
{
    ArgReader args(call.request.args);
    const qint64 conversationId = args.requireId(u"conversation_id");
    const QString key = args.requireString(u"key", 64);
    const QString text = args.requireString(u"text", 4096);
    if (!args.ok())
        return call.fail(*args.error());
    if (key.size() < 8)
        return call.fail(
            ErrorCode::BadRequest, u"key must have 8 to 64 characters"_s, {{u"field"_s, u"key"_s}});
    if (text.trimmed().isEmpty())
        return call.fail(ErrorCode::BadRequest, u"text may not be empty"_s, {{u"field"_s, u"text"_s}});
    Database& db = *m_context.database;
    MessageRepository messages(db);
    if (const auto existing = messages.findByKey(key)) {
        if (existing->conversationId != conversationId || existing->kind != u"whisper")
            return call.fail(ErrorCode::Conflict, u"this key was used for another message"_s);
        return call.ok(QJsonObject {{u"message"_s, m_context.wire->message(*existing).toJson()}});
    }
    if (!ConversationRepository(db).findById(conversationId))
        return call.fail(ErrorCode::NotFound, u"no conversation %1"_s.arg(conversationId));

    MessageRow row;
    row.conversationId = conversationId;
    row.idempotencyKey = key;
    row.direction = u"note"_s;
    row.kind = u"whisper"_s;
    row.text = text;
    row.authorId = call.agent().id;
    row.status = u"sent"_s;
    row.createdAt = m_context.clock->now();
    // Nothing reaches the outbox: a whisper stays inside the team.
    Transaction tx = db.transaction();
    EventBatch batch(*m_context.bus);
    const MessageInsert insert = messages.insertOutbound(row);
    if (insert.id <= 0)
        return call.fail(ErrorCode::Internal, u"the whisper could not be stored"_s);
    row.id = insert.id;
    ConversationRepository(db).recordOutbound(
        conversationId, text.simplified().left(120), row.direction, row.createdAt);
    m_context.bus->publish(
        Protocol::Ev::MessageCreated, QJsonObject {{u"message"_s, m_context.wire->message(row).toJson()}});
    m_context.conversations->publish(conversationId);
    if (!tx.commit())
        return call.fail(ErrorCode::Internal, u"the whisper could not be stored"_s);
    batch.commit();
    return call.ok(QJsonObject {{u"message"_s, m_context.wire->message(row).toJson()}});
}

Reply SupervisionOps::takeover(OpCall& call)
{
    ArgReader args(call.request.args);
    const qint64 conversationId = args.requireId(u"conversation_id");
    if (!args.ok())
        return call.fail(*args.error());
    Database& db = *m_context.database;
    const auto before = ConversationRepository(db).findById(conversationId);
    if (!before)
        return call.fail(ErrorCode::NotFound, u"no conversation %1"_s.arg(conversationId));
    if (before->state == u"resolved")
        return call.fail(ErrorCode::Conflict, u"the conversation is resolved; reopen it first"_s);
    if (before->assigneeId != call.agent().id) {
        Transaction tx = db.transaction();
        EventBatch batch(*m_context.bus);
        const ConversationService::Outcome outcome
            = m_context.conversations->transfer(conversationId, call.agent().id, call.agent());
        if (outcome.error)
            return call.fail(*outcome.error);
        if (AuditLog(m_context).takeover(call.agent(), conversationId, before->assigneeId) <= 0
            || !tx.commit())
            return call.fail(ErrorCode::Internal, u"the take-over could not be stored"_s);
        batch.commit();
    }
    const auto info = m_context.wire->conversation(conversationId);
    return call.ok(QJsonObject {{u"conversation"_s, info ? info->toJson() : QJsonObject {}}});
}

} // namespace Atendo

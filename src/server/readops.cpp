#include "server/readops.h"

#include "core/clock.h"
#include "protocol/argreader.h"
#include "protocol/ops.h"
#include "protocol/protocol.h"
#include "protocol/wiretime.h"
#include "server/contactsearch.h"
#include "server/dispatcher.h"
#include "server/wiremapper.h"
#include "store/conversationrepository.h"
#include "store/database.h"
#include "store/journal.h"
#include "store/messagerepository.h"
#include "store/templaterepository.h"

#include <QJsonDocument>

namespace Atendo {

using namespace Qt::StringLiterals;
using Protocol::ArgReader;
using Protocol::ErrorCode;
using Protocol::Reply;

namespace {

// contacts.search pages are for a picker, not an export: short, and not endless.
constexpr int DefaultContactPage = 20;
constexpr int MaxContactPage = 100;
constexpr int MaxContactSearchOffset = 10000;

std::optional<ConversationScope> scopeFromName(const QString& name)
{
    if (name == u"all")
        return ConversationScope::All;
    if (name == u"mine")
        return ConversationScope::Mine;
    if (name == u"unassigned")
        return ConversationScope::Unassigned;
    if (name == u"open")
        return ConversationScope::Open;
    if (name == u"resolved")
        return ConversationScope::Resolved;
    return std::nullopt;
}

} // namespace

ReadOps::ReadOps(const ServerContext& context) : m_context(context)
{ }

void ReadOps::registerOn(Dispatcher& d)
{
    d.add(Protocol::Op::Snapshot, [this](OpCall& c) { return snapshot(c); });
    d.add(Protocol::Op::ConversationsList, [this](OpCall& c) { return conversationsList(c); });
    d.add(Protocol::Op::ConversationGet, [this](OpCall& c) { return conversationGet(c); });
    d.add(Protocol::Op::MessagesList, [this](OpCall& c) { return messagesList(c); });
    d.add(Protocol::Op::Search, [this](OpCall& c) { return search(c); });
    d.add(Protocol::Op::ContactGet, [this](OpCall& c) { return contactGet(c); });
    d.add(Protocol::Op::ContactsSearch, [this](OpCall& c) { return contactsSearch(c); });
    d.add(Protocol::Op::TemplatesList, [this](OpCall& c) { return templatesList(c); });
    d.add(Protocol::Op::AgentsList, [this](OpCall& c) { return agentsList(c); });
}

QJsonObject ReadOps::templateJson(const TemplateRow& row)
{
    QJsonObject json = QJsonDocument::fromJson(row.graphJson.toUtf8()).object();
    json.insert(u"id"_s, row.id);
    json.insert(u"name"_s, row.name);
    json.insert(u"language"_s, row.language);
    json.insert(u"status"_s, row.status);
    if (!row.quality.isEmpty())
        json.insert(u"quality_score"_s, row.quality);
    return json;
}

QJsonArray ReadOps::templates()
{
    QJsonArray items;
    const QList<TemplateRow> rows = TemplateRepository(*m_context.database).list();
    for (const TemplateRow& row : rows)
        items.append(templateJson(row));
    return items;
}

QJsonArray ReadOps::roster()
{
    QJsonArray agents;
    const QList<Protocol::AgentInfo> infos = m_context.wire->roster();
    for (const Protocol::AgentInfo& info : infos)
        agents.append(info.toJson());
    return agents;
}

Reply ReadOps::snapshot(OpCall& call)
{
    // Read the head first: an event racing the snapshot is then re-applied on
    // top, which is harmless because events carry whole objects.
    const qint64 head = Journal(*m_context.database).head();
    QJsonArray conversations;
    const QList<ConversationListItem> items = ConversationRepository(*m_context.database).listWorkingSet();
    for (const ConversationListItem& item : items)
        conversations.append(m_context.wire->conversation(item.conversation, item.contact).toJson());
    return call.ok(
        QJsonObject {{u"last_seq"_s, head}, {u"server_time"_s, Protocol::toWireTime(m_context.clock->now())},
            {u"agents"_s, roster()}, {u"conversations"_s, conversations}, {u"templates"_s, templates()}});
}

Reply ReadOps::conversationsList(OpCall& call)
{
    ArgReader args(call.request.args);
    const QString scopeName = args.optionalEnum(
        u"scope", {u"all"_s, u"mine"_s, u"unassigned"_s, u"open"_s, u"resolved"_s}, u"all"_s);
    const QString before = args.optionalString(u"before", {}, 64);
    const int limit
        = int(args.optionalInteger(u"limit", Protocol::DefaultPageSize, 1, Protocol::MaxPageSize));
    if (!args.ok())
        return call.fail(*args.error());
    ConversationCursor cursor;
    if (!before.isEmpty()) {
        const auto parsed = ConversationCursor::fromString(before);
        if (!parsed) {
            return call.fail(ErrorCode::BadRequest, u"\"before\" is not a cursor from this server"_s,
                QJsonObject {{u"field"_s, u"before"_s}});
        }
        cursor = *parsed;
    }
    const ConversationPage page = ConversationRepository(*m_context.database)
                                      .list(*scopeFromName(scopeName), call.agent().id, cursor, limit);
    QJsonArray items;
    for (const ConversationListItem& item : page.items)
        items.append(m_context.wire->conversation(item.conversation, item.contact).toJson());
    return call.ok(QJsonObject {{u"items"_s, items},
        {u"next"_s, page.hasMore ? QJsonValue(page.next.toString()) : QJsonValue(QJsonValue::Null)}});
}

Reply ReadOps::conversationGet(OpCall& call)
{
    ArgReader args(call.request.args);
    const qint64 id = args.requireId(u"conversation_id");
    if (!args.ok())
        return call.fail(*args.error());
    const auto info = m_context.wire->conversation(id);
    if (!info)
        return call.fail(ErrorCode::NotFound, u"no conversation %1"_s.arg(id));
    return call.ok(QJsonObject {{u"conversation"_s, info->toJson()}});
}

Reply ReadOps::messagesList(OpCall& call)
{
    ArgReader args(call.request.args);
    const qint64 id = args.requireId(u"conversation_id");
    const auto beforeId = args.optionalId(u"before_id");
    const int limit
        = int(args.optionalInteger(u"limit", Protocol::DefaultPageSize, 1, Protocol::MaxPageSize));
    if (!args.ok())
        return call.fail(*args.error());
    if (!ConversationRepository(*m_context.database).findById(id))
        return call.fail(ErrorCode::NotFound, u"no conversation %1"_s.arg(id));
    const MessagePage page = MessageRepository(*m_context.database).page(id, beforeId.value_or(0), limit);
    QJsonArray items;
    for (const MessageRow& row : page.rows)
        items.append(m_context.wire->message(row).toJson());
    return call.ok(QJsonObject {{u"has_more"_s, page.hasMore}, {u"items"_s, items}});
}

Reply ReadOps::search(OpCall& call)
{
    ArgReader args(call.request.args);
    const QString query = args.requireString(u"query", 200).trimmed();
    const int limit
        = int(args.optionalInteger(u"limit", Protocol::DefaultPageSize, 1, Protocol::MaxPageSize));
    if (!args.ok())
        return call.fail(*args.error());
    if (query.size() < 2) {
        return call.fail(ErrorCode::BadRequest, u"a search needs at least 2 characters"_s,
            QJsonObject {{u"field"_s, u"query"_s}});
    }
    QJsonArray items;
    const QList<ConversationListItem> found
        = ConversationRepository(*m_context.database).search(query, limit);
    for (const ConversationListItem& item : found)
        items.append(m_context.wire->conversation(item.conversation, item.contact).toJson());
    return call.ok(QJsonObject {{u"items"_s, items}});
}

Reply ReadOps::contactGet(OpCall& call)
{
    ArgReader args(call.request.args);
    const qint64 id = args.requireId(u"contact_id");
    if (!args.ok())
        return call.fail(*args.error());
    const auto info = m_context.wire->contact(id, true);
    if (!info)
        return call.fail(ErrorCode::NotFound, u"no contact %1"_s.arg(id));
    return call.ok(QJsonObject {{u"contact"_s, info->toJson(true)}});
}

Reply ReadOps::contactsSearch(OpCall& call)
{
    ArgReader args(call.request.args);
    const QString query = args.requireString(u"query", 200).trimmed();
    const int offset = int(args.optionalInteger(u"offset", 0, 0, MaxContactSearchOffset));
    const int limit = int(args.optionalInteger(u"limit", DefaultContactPage, 1, MaxContactPage));
    if (!args.ok())
        return call.fail(*args.error());
    if (query.size() < 2) {
        return call.fail(ErrorCode::BadRequest, u"a search needs at least 2 characters"_s,
            QJsonObject {{u"field"_s, u"query"_s}});
    }
    const ContactSearchPage page = ContactSearch(*m_context.database).find(query, offset, limit);
    QJsonArray items;
    for (const ContactSearchHit& hit : page.hits) {
        items.append(QJsonObject {{u"contact"_s, m_context.wire->contact(hit.contact).toJson()},
            {u"conversation_id"_s,
                hit.openConversationId > 0 ? QJsonValue(hit.openConversationId) : QJsonValue()}});
    }
    const QJsonValue next = page.hasMore ? QJsonValue(offset + int(page.hits.size())) : QJsonValue();
    return call.ok(QJsonObject {{u"items"_s, items}, {u"next"_s, next}});
}

Reply ReadOps::templatesList(OpCall& call)
{
    const QDateTime syncedAt = TemplateRepository(*m_context.database).lastSyncedAt();
    return call.ok(
        QJsonObject {{u"synced_at"_s, Protocol::wireTimeOrNull(syncedAt)}, {u"items"_s, templates()}});
}

Reply ReadOps::agentsList(OpCall& call)
{
    return call.ok(QJsonObject {{u"agents"_s, roster()}});
}

} // namespace Atendo

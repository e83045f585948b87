#include "store/conversationrepository.h"

#include "store/database.h"
#include "store/rowreaders.h"
#include "store/sqlvalues.h"

#include <limits>

namespace Atendo {

namespace {

constexpr int maxLimit = 1000;

// Built once: hot statements are looked up by their text on every call.
const QString& selectConversation()
{
    static const QString sql = QStringLiteral("SELECT ") + RowReaders::conversationColumns(QString())
        + QStringLiteral(" FROM conversations ");
    return sql;
}

// Conversations with their contacts in one query (no N+1 for the inbox).
const QString& selectJoined()
{
    static const QString sql = QStringLiteral("SELECT ")
        + RowReaders::conversationColumns(QStringLiteral("c")) + u", "
        + RowReaders::contactColumns(QStringLiteral("ct"))
        + QStringLiteral(" FROM conversations c JOIN contacts ct ON ct.id = c.contact_id ");
    return sql;
}

const QString newestFirst = QStringLiteral(" ORDER BY c.last_activity_at DESC, c.id DESC");

std::optional<ConversationRow> single(Database& db, QSqlQuery& query)
{
    if (!db.exec(query) || !query.next())
        return std::nullopt;
    ConversationRow row = RowReaders::readConversation(query, 0);
    query.finish();
    return row;
}

QList<ConversationListItem> readJoined(Database& db, QSqlQuery& query)
{
    QList<ConversationListItem> items;
    if (!db.exec(query))
        return items;
    while (query.next()) {
        items.append({RowReaders::readConversation(query, 0),
            RowReaders::readContact(query, RowReaders::conversationColumnCount)});
    }
    query.finish();
    return items;
}

QString scopeCondition(ConversationScope scope)
{
    switch (scope) {
    case ConversationScope::All:
        return QStringLiteral("1 = 1");
    case ConversationScope::Mine:
        return QStringLiteral("c.assignee_id = ? AND c.state <> 'resolved'");
    case ConversationScope::Unassigned:
        return QStringLiteral("c.assignee_id IS NULL AND c.state <> 'resolved'");
    case ConversationScope::Open:
        return QStringLiteral("c.state IN ('open', 'pending')");
    case ConversationScope::Resolved:
        return QStringLiteral("c.state = 'resolved'");
    }
    return QStringLiteral("1 = 0");
}

bool updated(Database& db, QSqlQuery& query)
{
    return db.exec(query) && query.numRowsAffected() == 1;
}

} // namespace

ConversationRepository::ConversationRepository(Database& db) : m_db(db)
{ }

std::optional<ConversationRow> ConversationRepository::create(qint64 contactId, const QDateTime& now)
{
    QSqlQuery& query = m_db.prepare(
        QStringLiteral("INSERT INTO conversations (contact_id, state, last_activity_at, created_at) "
                       "VALUES (?, 'open', ?, ?) RETURNING ")
        + RowReaders::conversationColumns(QString()));
    SqlValues::bind(query, {contactId, SqlValues::ms(now), SqlValues::ms(now)});
    return single(m_db, query);
}

std::optional<ConversationRow> ConversationRepository::findById(qint64 id)
{
    static const QString sql = selectConversation() + QStringLiteral("WHERE id = ?");
    QSqlQuery& query = m_db.prepare(sql);
    SqlValues::bind(query, {id});
    return single(m_db, query);
}

std::optional<ConversationRow> ConversationRepository::latestForContact(qint64 contactId)
{
    QSqlQuery& query = m_db.prepare(
        selectConversation() + QStringLiteral("WHERE contact_id = ? ORDER BY id DESC LIMIT 1"));
    SqlValues::bind(query, {contactId});
    return single(m_db, query);
}

bool ConversationRepository::claim(qint64 id, qint64 agentId)
{
    QSqlQuery& query = m_db.prepare(
        QStringLiteral("UPDATE conversations SET assignee_id = ? WHERE id = ? AND assignee_id IS NULL"));
    SqlValues::bind(query, {agentId, id});
    return updated(m_db, query);
}

bool ConversationRepository::setAssignee(qint64 id, qint64 agentId)
{
    QSqlQuery& query = m_db.prepare(QStringLiteral("UPDATE conversations SET assignee_id = ? WHERE id = ?"));
    SqlValues::bind(query, {SqlValues::id(agentId), id});
    return updated(m_db, query);
}

bool ConversationRepository::setState(qint64 id, const QString& state, const QDateTime& at)
{
    QSqlQuery& query
        = m_db.prepare(QStringLiteral("UPDATE conversations SET state = ?, resolved_at = ? WHERE id = ?"));
    const bool resolved = state == QStringLiteral("resolved");
    SqlValues::bind(query, {state, SqlValues::ms(resolved ? at : QDateTime()), id});
    return updated(m_db, query);
}

bool ConversationRepository::recordInbound(qint64 id, const QDateTime& customerAt,
    const QDateTime& windowExpiresAt, const QDateTime& fepExpiresAt, const QString& preview,
    const QDateTime& receivedAt)
{
    return updated(
        m_db, recordInboundQuery(false, id, customerAt, windowExpiresAt, fepExpiresAt, preview, receivedAt));
}

QSqlQuery& ConversationRepository::recordInboundQuery(bool returning, qint64 id, const QDateTime& customerAt,
    const QDateTime& windowExpiresAt, const QDateTime& fepExpiresAt, const QString& preview,
    const QDateTime& receivedAt)
{
    // "Keep the later one": webhooks arrive late and out of order, and an older
    // message must never shorten the window a newer one opened. The row
    // afterwards feeds conversation.changed (Database::prefersReturning).
    static const QString sql = QStringLiteral(
        "UPDATE conversations SET "
        "last_inbound_at = CASE WHEN last_inbound_at IS NULL OR last_inbound_at < ? THEN ? ELSE "
        "last_inbound_at END, "
        "window_expires_at = CASE WHEN window_expires_at IS NULL OR window_expires_at < ? THEN ? "
        "ELSE window_expires_at END, "
        "fep_expires_at = CASE WHEN fep_expires_at IS NULL OR fep_expires_at < ? THEN ? ELSE "
        "fep_expires_at "
        "END, "
        "last_preview = ?, last_direction = 'in', last_activity_at = ?, unread = unread + 1, "
        "waiting_since = CASE WHEN waiting_since IS NULL THEN ? ELSE waiting_since END "
        "WHERE id = ?");
    static const QString withRow
        = sql + QStringLiteral(" RETURNING ") + RowReaders::conversationColumns(QString());
    QSqlQuery& query = m_db.prepare(returning ? withRow : sql);
    const QVariant customer = SqlValues::ms(customerAt);
    const QVariant window = SqlValues::ms(windowExpiresAt);
    const QVariant fep = SqlValues::ms(fepExpiresAt);
    const QVariant received = SqlValues::ms(receivedAt);
    SqlValues::bind(query,
        {customer, customer, window, window, fep, fep, SqlValues::text(preview), received,
            customerAt.isValid() ? customer : received, id});
    return query;
}

std::optional<ConversationRow> ConversationRepository::recordInboundRow(qint64 id,
    const QDateTime& customerAt, const QDateTime& windowExpiresAt, const QDateTime& fepExpiresAt,
    const QString& preview, const QDateTime& receivedAt)
{
    const bool returning = m_db.prefersReturning();
    QSqlQuery& query
        = recordInboundQuery(returning, id, customerAt, windowExpiresAt, fepExpiresAt, preview, receivedAt);
    if (returning)
        return single(m_db, query);
    if (!updated(m_db, query))
        return std::nullopt;
    return findById(id);
}

std::optional<ConversationRow> ConversationRepository::recordInboundRow(const ConversationRow& before,
    const QDateTime& customerAt, const QDateTime& windowExpiresAt, const QDateTime& fepExpiresAt,
    const QString& preview, const QDateTime& receivedAt)
{
    if (m_db.prefersReturning())
        return recordInboundRow(before.id, customerAt, windowExpiresAt, fepExpiresAt, preview, receivedAt);
    if (!recordInbound(before.id, customerAt, windowExpiresAt, fepExpiresAt, preview, receivedAt))
        return std::nullopt;
    // What the UPDATE above did, on the row as stored (milliseconds, UTC).
    const auto stored = [](const QDateTime& at) { return SqlValues::dateTime(SqlValues::ms(at)); };
    const auto later = [&stored](const QDateTime& current, const QDateTime& given) {
        return !current.isValid() || (given.isValid() && current < given) ? stored(given) : current;
    };
    ConversationRow after = before;
    after.lastInboundAt = later(before.lastInboundAt, customerAt);
    after.windowExpiresAt = later(before.windowExpiresAt, windowExpiresAt);
    after.fepExpiresAt = later(before.fepExpiresAt, fepExpiresAt);
    after.lastPreview = preview.isNull() ? QStringLiteral("") : preview;
    after.lastDirection = QStringLiteral("in");
    after.lastActivityAt = stored(receivedAt);
    ++after.unread;
    if (!after.waitingSince.isValid())
        after.waitingSince = stored(customerAt.isValid() ? customerAt : receivedAt);
    return after;
}

bool ConversationRepository::recordOutbound(
    qint64 id, const QString& preview, const QString& direction, const QDateTime& at)
{
    QSqlQuery& query = m_db.prepare(
        QStringLiteral("UPDATE conversations SET last_preview = ?, last_direction = ?, last_activity_at = ?, "
                       "waiting_since = CASE WHEN ? = 1 THEN NULL ELSE waiting_since END WHERE id = ?"));
    // A note is internal: the customer is still waiting for an answer.
    const bool answers = direction == QStringLiteral("out");
    SqlValues::bind(
        query, {SqlValues::text(preview), direction, SqlValues::ms(at), SqlValues::flag(answers), id});
    return updated(m_db, query);
}

bool ConversationRepository::markRead(qint64 id)
{
    QSqlQuery& query = m_db.prepare(QStringLiteral("UPDATE conversations SET unread = 0 WHERE id = ?"));
    SqlValues::bind(query, {id});
    return updated(m_db, query);
}

QList<ConversationListItem> ConversationRepository::listWorkingSet()
{
    QSqlQuery& query
        = m_db.prepare(selectJoined() + QStringLiteral("WHERE c.state IN ('open', 'pending')") + newestFirst);
    return readJoined(m_db, query);
}

ConversationPage ConversationRepository::list(
    ConversationScope scope, qint64 agentId, const ConversationCursor& before, int limit)
{
    limit = std::clamp(limit, 1, maxLimit);
    QSqlQuery& query = m_db.prepare(selectJoined() + QStringLiteral("WHERE ") + scopeCondition(scope)
        + QStringLiteral(" AND (c.last_activity_at < ? OR (c.last_activity_at = ? AND c.id < ?))")
        + newestFirst + QStringLiteral(" LIMIT ?"));
    constexpr qint64 top = std::numeric_limits<qint64>::max();
    const QVariant activity = before.isNull() ? QVariant(top) : SqlValues::ms(before.lastActivityAt);
    const QVariant id = before.isNull() ? QVariant(top) : QVariant(before.id);
    // One extra row tells whether another page exists.
    if (scope == ConversationScope::Mine)
        SqlValues::bind(query, {agentId, activity, activity, id, limit + 1});
    else
        SqlValues::bind(query, {activity, activity, id, limit + 1});
    ConversationPage page;
    page.items = readJoined(m_db, query);
    if (page.items.size() > limit) {
        page.items.resize(limit);
        page.hasMore = true;
        const ConversationRow& last = page.items.constLast().conversation;
        page.next = {last.lastActivityAt, last.id};
    }
    return page;
}

QList<ConversationListItem> ConversationRepository::search(const QString& text, int limit)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    QSqlQuery& query = m_db.prepare(selectJoined()
        + QStringLiteral("WHERE lower(ct.name) LIKE ? ESCAPE '!' OR ct.phone LIKE ? ESCAPE '!' "
                         "OR EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id "
                         "AND lower(m.body) LIKE ? ESCAPE '!')")
        + newestFirst + QStringLiteral(" LIMIT ?"));
    const QString pattern = SqlValues::containsPattern(trimmed);
    SqlValues::bind(query, {pattern, pattern, pattern, std::clamp(limit, 1, maxLimit)});
    return readJoined(m_db, query);
}

QHash<qint64, int> ConversationRepository::countOpenByAgent()
{
    QSqlQuery& query = m_db.prepare(QStringLiteral(
        "SELECT assignee_id, COUNT(*) FROM conversations "
        "WHERE assignee_id IS NOT NULL AND state IN ('open', 'pending') GROUP BY assignee_id"));
    QHash<qint64, int> counts;
    if (!m_db.exec(query))
        return counts;
    while (query.next())
        counts.insert(query.value(0).toLongLong(), query.value(1).toInt());
    query.finish();
    return counts;
}

} // namespace Atendo

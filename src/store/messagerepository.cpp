#include "store/messagerepository.h"

#include "store/database.h"
#include "store/sqlvalues.h"

#include <algorithm>
#include <limits>

namespace Atendo {

namespace {

const QString messageColumns = QStringLiteral(
    "id, conversation_id, idempotency_key, direction, kind, body, author_id, wamid, status, error_code, "
    "error_message, reply_to, payload_json, pricing_json, created_at, customer_at");

MessageRow readMessage(const QSqlQuery& query)
{
    MessageRow row;
    row.id = query.value(0).toLongLong();
    row.conversationId = query.value(1).toLongLong();
    row.idempotencyKey = query.value(2).toString();
    row.direction = query.value(3).toString();
    row.kind = query.value(4).toString();
    row.text = query.value(5).toString();
    row.authorId = query.value(6).toLongLong();
    row.wamid = query.value(7).toString();
    row.status = query.value(8).toString();
    row.errorCode = query.value(9).toString();
    row.errorMessage = query.value(10).toString();
    row.replyTo = query.value(11).toString();
    row.payloadJson = query.value(12).toString();
    row.pricingJson = query.value(13).toString();
    row.createdAt = SqlValues::dateTime(query.value(14));
    row.customerAt = SqlValues::dateTime(query.value(15));
    return row;
}

std::optional<MessageRow> single(Database& db, QSqlQuery& query)
{
    if (!db.exec(query) || !query.next())
        return std::nullopt;
    MessageRow row = readMessage(query);
    query.finish();
    return row;
}

// Built once: hot statements are looked up by their text on every call.
const QString& selectMessage()
{
    static const QString sql = QStringLiteral("SELECT ") + messageColumns + QStringLiteral(" FROM messages ");
    return sql;
}

// What a delivery status needs of a message (its event, billing and the
// direction check) and then its contact's phone (a correlated subquery:
// allowed in RETURNING by SQLite >= 3.35 and PostgreSQL). Fewer columns than
// a whole row: Qt's SQLite driver describes every result column on every
// execution, which cost more than the lookup itself.
const QString& statusTargetColumns()
{
    static const QString sql = QStringLiteral(
        "id, conversation_id, direction, author_id, wamid, status, error_code, error_message, pricing_json, "
        "(SELECT k.phone FROM conversations v JOIN contacts k ON k.id = v.contact_id "
        "WHERE v.id = messages.conversation_id)");
    return sql;
}

std::optional<MessageStatusTarget> statusTarget(Database& db, QSqlQuery& query)
{
    if (!db.exec(query) || !query.next())
        return std::nullopt;
    MessageStatusTarget target;
    MessageRow& row = target.row;
    row.id = query.value(0).toLongLong();
    row.conversationId = query.value(1).toLongLong();
    row.direction = query.value(2).toString();
    row.authorId = query.value(3).toLongLong();
    row.wamid = query.value(4).toString();
    row.status = query.value(5).toString();
    row.errorCode = query.value(6).toString();
    row.errorMessage = query.value(7).toString();
    row.pricingJson = query.value(8).toString();
    target.contactPhone = query.value(9).toString();
    query.finish();
    return target;
}

} // namespace

MessageRepository::MessageRepository(Database& db) : m_db(db)
{ }

MessageInsert MessageRepository::insertInbound(const MessageRow& row)
{
    return insertDeduplicated(row, true);
}

MessageInsert MessageRepository::insertOutbound(const MessageRow& row)
{
    return insertDeduplicated(row, false);
}

MessageInsert MessageRepository::insertDeduplicated(const MessageRow& row, bool inbound)
{
    // Webhooks repeat and consoles retry: the unique key decides, in the same
    // statement, whether this is new (no read-then-write race between instances).
    static const QString insert = QStringLiteral(
        "INSERT INTO messages (conversation_id, idempotency_key, direction, kind, body, author_id, wamid, "
        "status, error_code, error_message, reply_to, payload_json, pricing_json, created_at, customer_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (%1) DO NOTHING%2");
    static const QString byWamid[2] = {insert.arg(QStringLiteral("wamid"), QString()),
        insert.arg(QStringLiteral("wamid"), QStringLiteral(" RETURNING id"))};
    static const QString byKey[2] = {insert.arg(QStringLiteral("idempotency_key"), QString()),
        insert.arg(QStringLiteral("idempotency_key"), QStringLiteral(" RETURNING id"))};
    const bool returning = m_db.prefersReturning();
    QSqlQuery& query = m_db.prepare((inbound ? byWamid : byKey)[returning ? 1 : 0]);
    const QString status = !row.status.isEmpty()
        ? row.status
        : (inbound ? QStringLiteral("received") : QStringLiteral("queued"));
    const QDateTime createdAt = row.createdAt.isValid() ? row.createdAt : m_db.clock().now();
    SqlValues::bind(query,
        {row.conversationId, SqlValues::nullableText(row.idempotencyKey), SqlValues::text(row.direction),
            SqlValues::text(row.kind), SqlValues::text(row.text), SqlValues::id(row.authorId),
            SqlValues::nullableText(row.wamid), status, SqlValues::text(row.errorCode),
            SqlValues::text(row.errorMessage), SqlValues::text(row.replyTo), SqlValues::text(row.payloadJson),
            SqlValues::text(row.pricingJson), SqlValues::ms(createdAt), SqlValues::ms(row.customerAt)});
    if (!m_db.exec(query))
        return {};
    if (!returning && query.numRowsAffected() == 1)
        return {query.lastInsertId().toLongLong(), true};
    if (returning && query.next()) {
        const qint64 id = query.value(0).toLongLong();
        query.finish();
        return {id, true};
    }
    query.finish();
    const std::optional<MessageRow> existing
        = inbound ? findByWamid(row.wamid) : findByKey(row.idempotencyKey);
    return {existing ? existing->id : 0, false};
}

std::optional<MessageRow> MessageRepository::findById(qint64 id)
{
    static const QString sql = selectMessage() + QStringLiteral("WHERE id = ?");
    QSqlQuery& query = m_db.prepare(sql);
    SqlValues::bind(query, {id});
    return single(m_db, query);
}

std::optional<MessageRow> MessageRepository::findByWamid(const QString& wamid)
{
    if (wamid.isEmpty())
        return std::nullopt;
    static const QString sql = selectMessage() + QStringLiteral("WHERE wamid = ?");
    QSqlQuery& query = m_db.prepare(sql);
    SqlValues::bind(query, {wamid});
    return single(m_db, query);
}

std::optional<MessageRow> MessageRepository::findByKey(const QString& idempotencyKey)
{
    if (idempotencyKey.isEmpty())
        return std::nullopt;
    static const QString sql = selectMessage() + QStringLiteral("WHERE idempotency_key = ?");
    QSqlQuery& query = m_db.prepare(sql);
    SqlValues::bind(query, {idempotencyKey});
    return single(m_db, query);
}

bool MessageRepository::setWamid(qint64 id, const QString& wamid)
{
    QSqlQuery& query = m_db.prepare(QStringLiteral("UPDATE messages SET wamid = ? WHERE id = ?"));
    SqlValues::bind(query, {SqlValues::nullableText(wamid), id});
    return m_db.exec(query) && query.numRowsAffected() == 1;
}

QStringList MessageRepository::replaceableBy(const QString& status)
{
    static const QStringList order {QStringLiteral("queued"), QStringLiteral("sent"),
        QStringLiteral("delivered"), QStringLiteral("read")};
    // A failure can arrive after "delivered" (e.g. a template paused mid-send) but
    // never undoes a read receipt; nothing replaces a failure.
    if (status == QStringLiteral("failed"))
        return order.mid(0, 3);
    const qsizetype rank = order.indexOf(status);
    return rank > 0 ? order.mid(0, rank) : QStringList();
}

bool MessageRepository::updateStatus(
    qint64 id, const QString& status, const QString& errorCode, const QString& errorMessage)
{
    QStringList from = replaceableBy(status);
    if (from.isEmpty())
        return false;
    // A fixed number of placeholders keeps one cached statement for every status.
    while (from.size() < 3)
        from << from.constFirst();
    QSqlQuery& query = m_db.prepare(QStringLiteral("UPDATE messages SET status = ?, error_code = ?, "
                                                   "error_message = ? WHERE id = ? AND status IN (?, ?, ?)"));
    SqlValues::bind(query,
        {status, SqlValues::text(errorCode), SqlValues::text(errorMessage), id, from.at(0), from.at(1),
            from.at(2)});
    return m_db.exec(query) && query.numRowsAffected() == 1;
}

std::optional<MessageStatusTarget> MessageRepository::advanceStatus(
    const QString& wamid, const QString& status, const QString& errorCode, const QString& errorMessage)
{
    StatusChange change = applyStatus(wamid, status, errorCode, errorMessage);
    if (!change.advanced)
        return std::nullopt;
    return std::move(change.target);
}

StatusChange MessageRepository::applyStatus(
    const QString& wamid, const QString& status, const QString& errorCode, const QString& errorMessage)
{
    QStringList from = replaceableBy(status);
    if (from.isEmpty() || wamid.isEmpty())
        return {findStatusTarget(wamid), false};
    while (from.size() < 3)
        from << from.constFirst();
    if (!m_db.prefersReturning()) {
        // SQLite: read the row by wamid, then update it by id only when the
        // status moves it forward (the condition stays in the UPDATE, so it
        // never moves back) — no second read for the event.
        StatusChange change {findStatusTarget(wamid), false};
        MessageRow* row = change.target ? &change.target->row : nullptr;
        if (!row || row->direction != QStringLiteral("out") || !from.contains(row->status))
            return change;
        if (!updateStatus(row->id, status, errorCode, errorMessage))
            return change;
        row->status = status;
        row->errorCode = errorCode;
        row->errorMessage = errorMessage;
        change.advanced = true;
        return change;
    }
    static const QString returning
        = QStringLiteral("UPDATE messages SET status = ?, error_code = ?, error_message = ? "
                         "WHERE wamid = ? AND direction = 'out' AND status IN (?, ?, ?) RETURNING ")
        + statusTargetColumns();
    QSqlQuery& query = m_db.prepare(returning);
    SqlValues::bind(query,
        {status, SqlValues::text(errorCode), SqlValues::text(errorMessage), wamid, from.at(0), from.at(1),
            from.at(2)});
    if (auto target = statusTarget(m_db, query))
        return {std::move(target), true};
    return {findStatusTarget(wamid), false};
}

std::optional<MessageStatusTarget> MessageRepository::findStatusTarget(const QString& wamid)
{
    if (wamid.isEmpty())
        return std::nullopt;
    static const QString sql = QStringLiteral("SELECT ") + statusTargetColumns()
        + QStringLiteral(" FROM messages WHERE wamid = ?");
    QSqlQuery& query = m_db.prepare(sql);
    SqlValues::bind(query, {wamid});
    return statusTarget(m_db, query);
}

bool MessageRepository::setPricing(qint64 id, const QString& pricingJson)
{
    QSqlQuery& query = m_db.prepare(QStringLiteral("UPDATE messages SET pricing_json = ? WHERE id = ?"));
    SqlValues::bind(query, {SqlValues::text(pricingJson), id});
    return m_db.exec(query) && query.numRowsAffected() == 1;
}

MessagePage MessageRepository::page(qint64 conversationId, qint64 beforeId, int limit)
{
    limit = std::clamp(limit, 1, 1000);
    QSqlQuery& query = m_db.prepare(
        selectMessage() + QStringLiteral("WHERE conversation_id = ? AND id < ? ORDER BY id DESC LIMIT ?"));
    const qint64 before = beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max();
    SqlValues::bind(query, {conversationId, before, limit + 1});
    MessagePage page;
    if (!m_db.exec(query))
        return page;
    while (query.next())
        page.rows << readMessage(query);
    query.finish();
    if (page.rows.size() > limit) {
        page.hasMore = true;
        page.rows.resize(limit);
    }
    std::reverse(page.rows.begin(), page.rows.end());
    return page;
}

} // namespace Atendo

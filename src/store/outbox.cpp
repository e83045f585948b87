#include "store/outbox.h"

#include "store/database.h"
#include "store/sqlvalues.h"

#include <algorithm>

namespace Atendo {

namespace {

const QString outboxColumns
    = QStringLiteral("id, message_id, request_json, attempts, not_before, state, last_error");

OutboxItem readItem(const QSqlQuery& query)
{
    OutboxItem item;
    item.id = query.value(0).toLongLong();
    item.messageId = query.value(1).toLongLong();
    item.requestJson = query.value(2).toString();
    item.attempts = query.value(3).toInt();
    item.notBefore = SqlValues::dateTime(query.value(4));
    item.state = query.value(5).toString();
    item.lastError = query.value(6).toString();
    return item;
}

} // namespace

Outbox::Outbox(Database& db) : m_db(db)
{ }

qint64 Outbox::enqueue(qint64 messageId, const QString& requestJson, const QDateTime& notBefore)
{
    QSqlQuery& query
        = m_db.prepare(QStringLiteral("INSERT INTO outbox (message_id, request_json, not_before, state) "
                                      "VALUES (?, ?, ?, 'pending') RETURNING id"));
    SqlValues::bind(query, {messageId, SqlValues::text(requestJson), SqlValues::ms(notBefore)});
    if (!m_db.exec(query) || !query.next())
        return 0;
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return id;
}

QList<OutboxItem> Outbox::claimDue(const QDateTime& now, int limit)
{
    // One statement picks and marks, so two claimers can never take the same
    // item. SQLite serialises writers; on PostgreSQL SKIP LOCKED lets several
    // server instances claim side by side instead of queueing on the same rows.
    const QString lock = m_db.isPostgres() ? QStringLiteral(" FOR UPDATE SKIP LOCKED") : QString();
    QSqlQuery& query = m_db.prepare(
        QStringLiteral("UPDATE outbox SET state = 'inflight', attempts = attempts + 1 WHERE id IN ("
                       "SELECT id FROM outbox WHERE state = 'pending' AND not_before <= ? "
                       "ORDER BY not_before, id LIMIT ?")
        + lock + QStringLiteral(") RETURNING ") + outboxColumns);
    SqlValues::bind(query, {SqlValues::ms(now), std::max(limit, 0)});
    QList<OutboxItem> items;
    if (!m_db.exec(query))
        return items;
    while (query.next())
        items << readItem(query);
    query.finish();
    // RETURNING has no defined order.
    std::sort(items.begin(), items.end(), [](const OutboxItem& a, const OutboxItem& b) {
        return a.notBefore != b.notBefore ? a.notBefore < b.notBefore : a.id < b.id;
    });
    return items;
}

bool Outbox::complete(qint64 id)
{
    QSqlQuery& query = m_db.prepare(QStringLiteral("UPDATE outbox SET state = 'done' WHERE id = ?"));
    SqlValues::bind(query, {id});
    return m_db.exec(query) && query.numRowsAffected() == 1;
}

bool Outbox::retryLater(qint64 id, const QDateTime& notBefore, const QString& error)
{
    QSqlQuery& query = m_db.prepare(
        QStringLiteral("UPDATE outbox SET state = 'pending', not_before = ?, last_error = ? WHERE id = ?"));
    SqlValues::bind(query, {SqlValues::ms(notBefore), SqlValues::text(error), id});
    return m_db.exec(query) && query.numRowsAffected() == 1;
}

bool Outbox::fail(qint64 id, const QString& error)
{
    QSqlQuery& query
        = m_db.prepare(QStringLiteral("UPDATE outbox SET state = 'failed', last_error = ? WHERE id = ?"));
    SqlValues::bind(query, {SqlValues::text(error), id});
    return m_db.exec(query) && query.numRowsAffected() == 1;
}

int Outbox::depth()
{
    QSqlQuery& query
        = m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state IN ('pending', 'inflight')"));
    if (!m_db.exec(query) || !query.next())
        return 0;
    const int count = query.value(0).toInt();
    query.finish();
    return count;
}

std::optional<OutboxItem> Outbox::findById(qint64 id)
{
    QSqlQuery& query = m_db.prepare(
        QStringLiteral("SELECT ") + outboxColumns + QStringLiteral(" FROM outbox WHERE id = ?"));
    SqlValues::bind(query, {id});
    if (!m_db.exec(query) || !query.next())
        return std::nullopt;
    OutboxItem item = readItem(query);
    query.finish();
    return item;
}

int Outbox::requeueInflight()
{
    // A send Meta accepted (its wamid is recorded) must not go out twice; one
    // that never got a wamid is retried.
    Transaction tx = m_db.transaction();
    QSqlQuery& sent = m_db.prepare(
        QStringLiteral("UPDATE outbox SET state = 'done' WHERE state = 'inflight' AND EXISTS ("
                       "SELECT 1 FROM messages m WHERE m.id = outbox.message_id AND m.wamid IS NOT NULL)"));
    if (!m_db.exec(sent))
        return -1;
    QSqlQuery& requeue
        = m_db.prepare(QStringLiteral("UPDATE outbox SET state = 'pending' WHERE state = 'inflight'"));
    if (!m_db.exec(requeue))
        return -1;
    const int count = requeue.numRowsAffected();
    return tx.commit() ? count : -1;
}

} // namespace Atendo

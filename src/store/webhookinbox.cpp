#include "store/webhookinbox.h"

#include "store/database.h"
#include "store/sqlvalues.h"

#include <algorithm>

namespace Atendo {

WebhookInbox::WebhookInbox(Database& db) : m_db(db)
{ }

qint64 WebhookInbox::append(const QByteArray& body, const QDateTime& receivedAt)
{
    // Stored as text: a verified body is JSON, i.e. UTF-8, and TEXT is the one
    // type both databases spell the same way.
    static const QString insert
        = QStringLiteral("INSERT INTO webhook_inbox (received_at, body) VALUES (?, ?)");
    static const QString returning = insert + QStringLiteral(" RETURNING id");
    QSqlQuery& query = m_db.prepare(m_db.prefersReturning() ? returning : insert);
    SqlValues::bind(query, {SqlValues::ms(receivedAt), QString::fromUtf8(body)});
    if (!m_db.exec(query))
        return 0;
    if (!m_db.prefersReturning())
        return query.lastInsertId().toLongLong();
    if (!query.next())
        return 0;
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return id;
}

QList<WebhookInboxRow> WebhookInbox::pending(qint64 afterId, int limit)
{
    QSqlQuery& query
        = m_db.prepare(QStringLiteral("SELECT id, body, received_at FROM webhook_inbox "
                                      "WHERE processed_at IS NULL AND id > ? ORDER BY id LIMIT ?"));
    SqlValues::bind(query, {afterId, std::max(limit, 0)});
    QList<WebhookInboxRow> rows;
    if (!m_db.exec(query))
        return rows;
    while (query.next()) {
        rows.append({query.value(0).toLongLong(), query.value(1).toString().toUtf8(),
            SqlValues::dateTime(query.value(2))});
    }
    query.finish();
    return rows;
}

qint64 WebhookInbox::pendingCount()
{
    QSqlQuery& query
        = m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM webhook_inbox WHERE processed_at IS NULL"));
    if (!m_db.exec(query) || !query.next())
        return 0;
    const qint64 count = query.value(0).toLongLong();
    query.finish();
    return count;
}

bool WebhookInbox::markProcessed(qint64 id, const QDateTime& at)
{
    QSqlQuery& query = m_db.prepare(
        QStringLiteral("UPDATE webhook_inbox SET processed_at = ? WHERE id = ? AND processed_at IS NULL"));
    SqlValues::bind(query, {SqlValues::ms(at), id});
    return m_db.exec(query) && query.numRowsAffected() == 1;
}

qint64 WebhookInbox::markProcessed(qint64 firstId, qint64 lastId, const QDateTime& at)
{
    QSqlQuery& query = m_db.prepare(QStringLiteral("UPDATE webhook_inbox SET processed_at = ? "
                                                   "WHERE id >= ? AND id <= ? AND processed_at IS NULL"));
    SqlValues::bind(query, {SqlValues::ms(at), firstId, lastId});
    if (!m_db.exec(query))
        return -1;
    return query.numRowsAffected();
}

int WebhookInbox::pruneProcessedBefore(const QDateTime& at)
{
    QSqlQuery& query = m_db.prepare(
        QStringLiteral("DELETE FROM webhook_inbox WHERE processed_at IS NOT NULL AND processed_at < ?"));
    SqlValues::bind(query, {SqlValues::ms(at)});
    if (!m_db.exec(query))
        return -1;
    return query.numRowsAffected();
}

} // namespace Atendo

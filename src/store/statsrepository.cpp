#include "store/statsrepository.h"

#include "store/database.h"
#include "store/sqlvalues.h"

#include <QJsonDocument>

namespace Atendo {

namespace {

constexpr qint64 hourMs = 3600 * 1000;

} // namespace

StatsRepository::StatsRepository(Database& db) : m_db(db)
{ }

QList<TemplateSendRow> StatsRepository::templateSends(const QDateTime& from, const QDateTime& to)
{
    QSqlQuery& query = m_db.prepare(QStringLiteral(
        "SELECT m.id, m.author_id, m.status, m.wamid, m.payload_json, b.message_id, b.category, b.billable, "
        "b.price_micros FROM messages m LEFT JOIN billing b ON b.message_id = m.id "
        "WHERE m.direction = 'out' AND m.kind = 'template' AND m.created_at >= ? AND m.created_at < ? "
        "ORDER BY m.id"));
    SqlValues::bind(query, {SqlValues::ms(from), SqlValues::ms(to)});
    QList<TemplateSendRow> rows;
    if (!m_db.exec(query))
        return rows;
    while (query.next()) {
        TemplateSendRow row;
        row.messageId = query.value(0).toLongLong();
        row.authorId = query.value(1).toLongLong();
        row.status = query.value(2).toString();
        row.accepted = !query.value(3).isNull() && !query.value(3).toString().isEmpty();
        row.payloadJson = query.value(4).toString();
        row.billed = !query.value(5).isNull();
        row.billingCategory = query.value(6).toString();
        row.billable = query.value(7).toInt() != 0;
        row.priceMicros = query.value(8).toLongLong();
        rows.append(row);
    }
    query.finish();
    return rows;
}

QList<FailureCount> StatsRepository::failuresByCode(const QDateTime& from, const QDateTime& to)
{
    QSqlQuery& query = m_db.prepare(QStringLiteral(
        "SELECT error_code, COUNT(*) FROM messages WHERE direction = 'out' AND status = 'failed' "
        "AND created_at >= ? AND created_at < ? GROUP BY error_code ORDER BY error_code"));
    SqlValues::bind(query, {SqlValues::ms(from), SqlValues::ms(to)});
    QList<FailureCount> counts;
    if (!m_db.exec(query))
        return counts;
    while (query.next())
        counts.append({query.value(0).toString(), query.value(1).toInt()});
    query.finish();
    return counts;
}

int StatsRepository::consentEvents(const QString& kind, const QDateTime& from, const QDateTime& to)
{
    QSqlQuery& query = m_db.prepare(QStringLiteral(
        "SELECT COUNT(*) FROM consent_events WHERE kind = ? AND occurred_at >= ? AND occurred_at < ?"));
    SqlValues::bind(query, {kind, SqlValues::ms(from), SqlValues::ms(to)});
    if (!m_db.exec(query) || !query.next())
        return 0;
    const int count = query.value(0).toInt();
    query.finish();
    return count;
}

QList<HourVolume> StatsRepository::volumePerHour(const QDateTime& from, const QDateTime& to)
{
    // Integer division of epoch milliseconds: the UTC hour, in both dialects.
    QSqlQuery& query = m_db.prepare(QStringLiteral(
        "SELECT created_at / 3600000, direction, COUNT(*) FROM messages WHERE direction IN ('in', 'out') "
        "AND created_at >= ? AND created_at < ? GROUP BY created_at / 3600000, direction "
        "ORDER BY created_at / 3600000"));
    SqlValues::bind(query, {SqlValues::ms(from), SqlValues::ms(to)});
    QList<HourVolume> hours;
    if (!m_db.exec(query))
        return hours;
    while (query.next()) {
        const QDateTime hour = QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong() * hourMs, Qt::UTC);
        if (hours.isEmpty() || hours.constLast().hour != hour)
            hours.append(HourVolume {hour, 0, 0});
        (query.value(1).toString() == QStringLiteral("in") ? hours.last().inbound : hours.last().outbound)
            += query.value(2).toInt();
    }
    query.finish();
    return hours;
}

QList<ReplyEvent> StatsRepository::replyTimeline(const QDateTime& from, const QDateTime& to)
{
    QSqlQuery& query = m_db.prepare(QStringLiteral(
        "SELECT conversation_id, direction, author_id, "
        "CASE WHEN direction = 'in' THEN COALESCE(customer_at, created_at) ELSE created_at END "
        "FROM messages WHERE direction IN ('in', 'out') AND created_at < ? AND conversation_id IN "
        "(SELECT conversation_id FROM messages WHERE direction = 'out' AND created_at >= ? AND created_at < "
        "?) "
        "ORDER BY conversation_id, id"));
    SqlValues::bind(query, {SqlValues::ms(to), SqlValues::ms(from), SqlValues::ms(to)});
    QList<ReplyEvent> events;
    if (!m_db.exec(query))
        return events;
    while (query.next()) {
        events.append({query.value(0).toLongLong(), query.value(1).toString() == QStringLiteral("in"),
            query.value(2).toLongLong(), SqlValues::dateTime(query.value(3))});
    }
    query.finish();
    return events;
}

QSet<qint64> StatsRepository::answeredOpenConversations()
{
    QSqlQuery& query = m_db.prepare(QStringLiteral(
        "SELECT DISTINCT m.conversation_id FROM messages m JOIN conversations c "
        "ON c.id = m.conversation_id WHERE m.direction = 'out' AND c.state IN ('open', 'pending')"));
    QSet<qint64> ids;
    if (!m_db.exec(query))
        return ids;
    while (query.next())
        ids.insert(query.value(0).toLongLong());
    query.finish();
    return ids;
}

QList<JournalEntry> StatsRepository::journalSince(const QString& ev, const QDateTime& since)
{
    QSqlQuery& query = m_db.prepare(QStringLiteral(
        "SELECT seq, ev, occurred_at, data FROM journal WHERE ev = ? AND occurred_at >= ? ORDER BY seq"));
    SqlValues::bind(query, {ev, SqlValues::ms(since)});
    QList<JournalEntry> entries;
    if (!m_db.exec(query))
        return entries;
    while (query.next()) {
        entries.append(
            {query.value(0).toLongLong(), query.value(1).toString(), SqlValues::dateTime(query.value(2)),
                QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object()});
    }
    query.finish();
    return entries;
}

} // namespace Atendo

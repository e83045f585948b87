#include "store/billingrepository.h"

#include "store/database.h"
#include "store/sqlvalues.h"

namespace Atendo {

BillingRepository::BillingRepository(Database& db) : m_db(db)
{ }

bool BillingRepository::record(qint64 messageId, qint64 agentId, const QString& category, const QString& type,
    bool billable, qint64 priceMicros, const QString& currency, const QDateTime& at)
{
    // The day is computed here, in UTC, so that totals() groups by a plain column
    // (the two databases have no common date function).
    const QString day = at.toUTC().date().toString(Qt::ISODate);
    // A later report (sent, then delivered) replaces the figures but keeps the
    // day the message was first billed on.
    QSqlQuery& query = m_db.prepare(QStringLiteral(
        "INSERT INTO billing (message_id, agent_id, category, pricing_type, billable, price_micros, "
        "currency, "
        "occurred_at, day) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (message_id) DO UPDATE SET "
        "agent_id = excluded.agent_id, category = excluded.category, pricing_type = excluded.pricing_type, "
        "billable = excluded.billable, price_micros = excluded.price_micros, currency = excluded.currency"));
    SqlValues::bind(query,
        {messageId, agentId, SqlValues::text(category), SqlValues::text(type), SqlValues::flag(billable),
            priceMicros, SqlValues::text(currency), SqlValues::ms(at), day});
    return m_db.exec(query);
}

QList<BillingTotal> BillingRepository::totals(const QDateTime& from, const QDateTime& to)
{
    QSqlQuery& query
        = m_db.prepare(QStringLiteral("SELECT day, category, agent_id, COUNT(*), CAST(SUM(billable) AS "
                                      "BIGINT), CAST(SUM(price_micros) AS BIGINT) "
                                      "FROM billing WHERE occurred_at >= ? AND occurred_at < ? "
                                      "GROUP BY day, category, agent_id ORDER BY day, category, agent_id"));
    SqlValues::bind(query, {SqlValues::ms(from), SqlValues::ms(to)});
    QList<BillingTotal> totals;
    if (!m_db.exec(query))
        return totals;
    while (query.next()) {
        totals.append({QDate::fromString(query.value(0).toString(), Qt::ISODate), query.value(1).toString(),
            query.value(2).toLongLong(), query.value(3).toInt(), query.value(4).toInt(),
            query.value(5).toLongLong()});
    }
    query.finish();
    return totals;
}

} // namespace Atendo

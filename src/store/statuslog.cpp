#include "store/statuslog.h"

#include "store/database.h"
#include "store/sqlvalues.h"

namespace Atendo {

StatusLog::StatusLog(Database& db) : m_db(db)
{ }

bool StatusLog::record(
    const QString& wamid, const QString& status, const QDateTime& at, const QString& rawJson)
{
    QSqlQuery& query = m_db.prepare(QStringLiteral(
        "INSERT INTO message_statuses (wamid, status, occurred_at, raw_json) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (wamid, status) DO NOTHING"));
    SqlValues::bind(query,
        {SqlValues::text(wamid), SqlValues::text(status), SqlValues::ms(at), SqlValues::text(rawJson)});
    // No RETURNING (see Database::prefersReturning): a skipped row changes nothing.
    return m_db.exec(query) && query.numRowsAffected() == 1;
}

bool StatusLog::forget(const QString& wamid, const QString& status)
{
    QSqlQuery& query
        = m_db.prepare(QStringLiteral("DELETE FROM message_statuses WHERE wamid = ? AND status = ?"));
    SqlValues::bind(query, {SqlValues::text(wamid), SqlValues::text(status)});
    return m_db.exec(query);
}

} // namespace Atendo

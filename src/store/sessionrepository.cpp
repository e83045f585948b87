#include "store/sessionrepository.h"

#include "store/database.h"
#include "store/sqlvalues.h"

namespace Atendo {

SessionRepository::SessionRepository(Database& db) : m_db(db)
{ }

qint64 SessionRepository::create(qint64 agentId, const QString& tokenHash, const QDateTime& expiresAt)
{
    QSqlQuery& query = m_db.prepare(QStringLiteral("INSERT INTO sessions (agent_id, token_hash, created_at, "
                                                   "expires_at) VALUES (?, ?, ?, ?) RETURNING id"));
    SqlValues::bind(query,
        {agentId, SqlValues::text(tokenHash), SqlValues::ms(m_db.clock().now()), SqlValues::ms(expiresAt)});
    if (!m_db.exec(query) || !query.next())
        return 0;
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return id;
}

std::optional<SessionRow> SessionRepository::findValid(const QString& tokenHash, const QDateTime& now)
{
    QSqlQuery& query = m_db.prepare(
        QStringLiteral("SELECT id, agent_id, token_hash, created_at, expires_at, revoked FROM sessions "
                       "WHERE token_hash = ? AND revoked = 0 AND expires_at > ?"));
    SqlValues::bind(query, {tokenHash, SqlValues::ms(now)});
    if (!m_db.exec(query) || !query.next())
        return std::nullopt;
    SessionRow row;
    row.id = query.value(0).toLongLong();
    row.agentId = query.value(1).toLongLong();
    row.tokenHash = query.value(2).toString();
    row.createdAt = SqlValues::dateTime(query.value(3));
    row.expiresAt = SqlValues::dateTime(query.value(4));
    row.revoked = query.value(5).toInt() != 0;
    query.finish();
    return row;
}

bool SessionRepository::extend(qint64 id, const QDateTime& expiresAt)
{
    QSqlQuery& query = m_db.prepare(QStringLiteral("UPDATE sessions SET expires_at = ? WHERE id = ?"));
    SqlValues::bind(query, {SqlValues::ms(expiresAt), id});
    return m_db.exec(query) && query.numRowsAffected() == 1;
}

bool SessionRepository::revoke(qint64 id)
{
    QSqlQuery& query = m_db.prepare(QStringLiteral("UPDATE sessions SET revoked = 1 WHERE id = ?"));
    SqlValues::bind(query, {id});
    return m_db.exec(query) && query.numRowsAffected() == 1;
}

} // namespace Atendo

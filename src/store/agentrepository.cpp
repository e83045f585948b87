#include "store/agentrepository.h"

#include "store/database.h"
#include "store/sqlvalues.h"

namespace Atendo {

namespace {

const QString selectAgent = QStringLiteral(
    "SELECT id, username, display_name, role, password_hash, capacity, created_at, disabled FROM agents ");

AgentRow readAgent(const QSqlQuery& query)
{
    AgentRow row;
    row.id = query.value(0).toLongLong();
    row.username = query.value(1).toString();
    row.displayName = query.value(2).toString();
    row.role = query.value(3).toString();
    row.passwordHash = query.value(4).toString();
    row.capacity = query.value(5).toInt();
    row.createdAt = SqlValues::dateTime(query.value(6));
    row.disabled = query.value(7).toInt() != 0;
    return row;
}

std::optional<AgentRow> single(Database& db, QSqlQuery& query)
{
    if (!db.exec(query) || !query.next())
        return std::nullopt;
    AgentRow row = readAgent(query);
    query.finish();
    return row;
}

} // namespace

AgentRepository::AgentRepository(Database& db) : m_db(db)
{ }

qint64 AgentRepository::create(const QString& username, const QString& displayName, const QString& role,
    const QString& passwordHash, int capacity)
{
    QSqlQuery& query = m_db.prepare(QStringLiteral(
        "INSERT INTO agents (username, display_name, role, password_hash, capacity, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (username) DO NOTHING RETURNING id"));
    SqlValues::bind(query,
        {SqlValues::text(username), SqlValues::text(displayName), SqlValues::text(role),
            SqlValues::text(passwordHash), capacity, SqlValues::ms(m_db.clock().now())});
    if (!m_db.exec(query) || !query.next())
        return 0;
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return id;
}

std::optional<AgentRow> AgentRepository::findById(qint64 id)
{
    QSqlQuery& query = m_db.prepare(selectAgent + QStringLiteral("WHERE id = ?"));
    SqlValues::bind(query, {id});
    return single(m_db, query);
}

std::optional<AgentRow> AgentRepository::findByUsername(const QString& username)
{
    QSqlQuery& query = m_db.prepare(selectAgent + QStringLiteral("WHERE username = ?"));
    SqlValues::bind(query, {username});
    return single(m_db, query);
}

QList<AgentRow> AgentRepository::list()
{
    QSqlQuery& query = m_db.prepare(selectAgent + QStringLiteral("ORDER BY id"));
    QList<AgentRow> rows;
    if (!m_db.exec(query))
        return rows;
    while (query.next())
        rows << readAgent(query);
    query.finish();
    return rows;
}

bool AgentRepository::setPassword(qint64 id, const QString& passwordHash)
{
    QSqlQuery& query = m_db.prepare(QStringLiteral("UPDATE agents SET password_hash = ? WHERE id = ?"));
    SqlValues::bind(query, {SqlValues::text(passwordHash), id});
    return m_db.exec(query) && query.numRowsAffected() == 1;
}

bool AgentRepository::setCapacity(qint64 id, int capacity)
{
    QSqlQuery& query = m_db.prepare(QStringLiteral("UPDATE agents SET capacity = ? WHERE id = ?"));
    SqlValues::bind(query, {capacity, id});
    return m_db.exec(query) && query.numRowsAffected() == 1;
}

bool AgentRepository::setDisabled(qint64 id, bool disabled)
{
    QSqlQuery& query = m_db.prepare(QStringLiteral("UPDATE agents SET disabled = ? WHERE id = ?"));
    SqlValues::bind(query, {SqlValues::flag(disabled), id});
    return m_db.exec(query) && query.numRowsAffected() == 1;
}

} // namespace Atendo

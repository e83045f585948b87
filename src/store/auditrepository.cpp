#include "store/auditrepository.h"

#include "store/database.h"
#include "store/sqlvalues.h"

namespace Atendo {

namespace {

const QString selectColumns = QStringLiteral(
    "SELECT id, occurred_at, actor_id, action, conversation_id, from_agent_id, to_agent_id, message_id, "
    "detail FROM audit_log ");

QList<AuditEntry> readEntries(Database& db, QSqlQuery& query)
{
    QList<AuditEntry> entries;
    if (!db.exec(query))
        return entries;
    while (query.next()) {
        entries.append(
            {query.value(0).toLongLong(), SqlValues::dateTime(query.value(1)), query.value(2).toLongLong(),
                query.value(3).toString(), query.value(4).toLongLong(), query.value(5).toLongLong(),
                query.value(6).toLongLong(), query.value(7).toLongLong(), query.value(8).toString()});
    }
    query.finish();
    return entries;
}

} // namespace

AuditRepository::AuditRepository(Database& db) : m_db(db)
{ }

qint64 AuditRepository::append(const AuditEntry& entry)
{
    QSqlQuery& query = m_db.prepare(QStringLiteral(
        "INSERT INTO audit_log (occurred_at, actor_id, action, conversation_id, from_agent_id, to_agent_id, "
        "message_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    SqlValues::bind(query,
        {SqlValues::ms(entry.at), entry.actorId, entry.action, SqlValues::id(entry.conversationId),
            SqlValues::id(entry.fromAgentId), SqlValues::id(entry.toAgentId), SqlValues::id(entry.messageId),
            SqlValues::text(entry.detail)});
    if (!m_db.exec(query) || !query.next())
        return 0;
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return id;
}

QList<AuditEntry> AuditRepository::forConversation(qint64 conversationId)
{
    QSqlQuery& query = m_db.prepare(selectColumns + QStringLiteral("WHERE conversation_id = ? ORDER BY id"));
    SqlValues::bind(query, {conversationId});
    return readEntries(m_db, query);
}

QList<AuditEntry> AuditRepository::between(const QDateTime& from, const QDateTime& to)
{
    QSqlQuery& query = m_db.prepare(
        selectColumns + QStringLiteral("WHERE occurred_at >= ? AND occurred_at < ? ORDER BY id"));
    SqlValues::bind(query, {SqlValues::ms(from), SqlValues::ms(to)});
    return readEntries(m_db, query);
}

} // namespace Atendo

#include "store/consentrepository.h"

#include "store/database.h"
#include "store/sqlvalues.h"
#include "store/storelog.h"

namespace Atendo {

ConsentRepository::ConsentRepository(Database& db) : m_db(db)
{ }

qint64 ConsentRepository::append(qint64 contactId, const ConsentEvent& event)
{
    QSqlQuery& query = m_db.prepare(
        QStringLiteral("INSERT INTO consent_events (contact_id, kind, source, evidence, actor, occurred_at) "
                       "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    SqlValues::bind(query,
        {contactId, consentKindName(event.kind), consentSourceName(event.source),
            SqlValues::text(event.evidence), SqlValues::text(event.actor), SqlValues::ms(event.at)});
    if (!m_db.exec(query) || !query.next())
        return 0;
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return id;
}

QList<ConsentEvent> ConsentRepository::list(qint64 contactId)
{
    QSqlQuery& query = m_db.prepare(QStringLiteral("SELECT kind, source, evidence, actor, occurred_at "
                                                   "FROM consent_events WHERE contact_id = ? ORDER BY id"));
    SqlValues::bind(query, {contactId});
    QList<ConsentEvent> events;
    if (!m_db.exec(query))
        return events;
    while (query.next()) {
        const auto kind = consentKindFromName(query.value(0).toString());
        const auto source = consentSourceFromName(query.value(1).toString());
        if (!kind || !source) {
            // Only append() writes here, so this is a newer version's name: skip it
            // rather than misreport a consent decision.
            qCWarning(lcStore) << "unknown consent event" << query.value(0) << query.value(1);
            continue;
        }
        ConsentEvent event;
        event.kind = *kind;
        event.source = *source;
        event.evidence = query.value(2).toString();
        event.actor = query.value(3).toString();
        event.at = SqlValues::dateTime(query.value(4));
        events << event;
    }
    query.finish();
    return events;
}

} // namespace Atendo

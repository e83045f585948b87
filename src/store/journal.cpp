#include "store/journal.h"

#include "store/database.h"
#include "store/sqlvalues.h"

#include <QJsonDocument>

namespace Atendo {

Journal::Journal(Database& db) : m_db(db)
{ }

qint64 Journal::append(const QString& ev, const QJsonObject& data, const QDateTime& at)
{
    return appendEncoded(ev, QJsonDocument(data).toJson(QJsonDocument::Compact), at);
}

qint64 Journal::appendEncoded(const QString& ev, const QByteArray& compactData, const QDateTime& at)
{
    static const QString insert
        = QStringLiteral("INSERT INTO journal (ev, occurred_at, data) VALUES (?, ?, ?)");
    static const QString returning = insert + QStringLiteral(" RETURNING seq");
    QSqlQuery& query = m_db.prepare(m_db.prefersReturning() ? returning : insert);
    SqlValues::bind(query, {ev, SqlValues::ms(at), QString::fromUtf8(compactData)});
    if (!m_db.exec(query))
        return 0;
    if (!m_db.prefersReturning())
        return query.lastInsertId().toLongLong();
    if (!query.next())
        return 0;
    const qint64 seq = query.value(0).toLongLong();
    query.finish();
    return seq;
}

QList<JournalEntry> Journal::readAfter(qint64 seq, int limit)
{
    QSqlQuery& query = m_db.prepare(
        QStringLiteral("SELECT seq, ev, occurred_at, data FROM journal WHERE seq > ? ORDER BY seq LIMIT ?"));
    SqlValues::bind(query, {seq, std::max(limit, 0)});
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

qint64 Journal::head()
{
    QSqlQuery& query = m_db.prepare(QStringLiteral("SELECT MAX(seq) FROM journal"));
    if (!m_db.exec(query) || !query.next())
        return 0;
    const qint64 seq = query.value(0).toLongLong();
    query.finish();
    return seq;
}

qint64 Journal::oldestSeq()
{
    QSqlQuery& query = m_db.prepare(QStringLiteral("SELECT MIN(seq) FROM journal"));
    if (!m_db.exec(query) || !query.next())
        return 0;
    const qint64 seq = query.value(0).toLongLong();
    query.finish();
    return seq;
}

int Journal::pruneBefore(const QDateTime& at)
{
    // The newest entry always stays, so head() keeps reporting the last seq
    // handed out and consoles can tell "nothing new" from "pruned".
    QSqlQuery& query = m_db.prepare(
        QStringLiteral("DELETE FROM journal WHERE occurred_at < ? AND seq < (SELECT MAX(seq) FROM journal)"));
    SqlValues::bind(query, {SqlValues::ms(at)});
    if (!m_db.exec(query))
        return -1;
    return query.numRowsAffected();
}

} // namespace Atendo

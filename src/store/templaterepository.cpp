#include "store/templaterepository.h"

#include "store/database.h"
#include "store/settingsrepository.h"
#include "store/sqlvalues.h"

#include <QSet>

namespace Atendo {

namespace {

const QString lastSyncedKey = QStringLiteral("templates.last_synced_at");

const QString selectTemplate = QStringLiteral(
    "SELECT meta_id, name, language, status, category, quality, graph_json, updated_at FROM templates ");

TemplateRow readTemplate(const QSqlQuery& query)
{
    TemplateRow row;
    row.id = query.value(0).toString();
    row.name = query.value(1).toString();
    row.language = query.value(2).toString();
    row.status = query.value(3).toString();
    row.category = query.value(4).toString();
    row.quality = query.value(5).toString();
    row.graphJson = query.value(6).toString();
    row.updatedAt = SqlValues::dateTime(query.value(7));
    return row;
}

} // namespace

TemplateRepository::TemplateRepository(Database& db) : m_db(db)
{ }

bool TemplateRepository::upsert(const TemplateRow& row)
{
    // A sync that does not report quality keeps the last known one.
    QSqlQuery& query = m_db.prepare(QStringLiteral(
        "INSERT INTO templates (meta_id, name, language, status, category, quality, graph_json, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (name, language) DO UPDATE SET meta_id = "
        "excluded.meta_id, "
        "status = excluded.status, category = excluded.category, "
        "quality = CASE WHEN excluded.quality <> '' THEN excluded.quality ELSE templates.quality END, "
        "graph_json = excluded.graph_json, updated_at = excluded.updated_at"));
    const QDateTime updatedAt = row.updatedAt.isValid() ? row.updatedAt : m_db.clock().now();
    SqlValues::bind(query,
        {SqlValues::text(row.id), SqlValues::text(row.name), SqlValues::text(row.language),
            SqlValues::text(row.status), SqlValues::text(row.category), SqlValues::text(row.quality),
            SqlValues::text(row.graphJson), SqlValues::ms(updatedAt)});
    return m_db.exec(query);
}

QList<TemplateRow> TemplateRepository::list()
{
    QSqlQuery& query = m_db.prepare(selectTemplate + QStringLiteral("ORDER BY name, language"));
    QList<TemplateRow> rows;
    if (!m_db.exec(query))
        return rows;
    while (query.next())
        rows << readTemplate(query);
    query.finish();
    return rows;
}

std::optional<TemplateRow> TemplateRepository::find(const QString& name, const QString& language)
{
    QSqlQuery& query = m_db.prepare(selectTemplate + QStringLiteral("WHERE name = ? AND language = ?"));
    SqlValues::bind(query, {name, language});
    if (!m_db.exec(query) || !query.next())
        return std::nullopt;
    TemplateRow row = readTemplate(query);
    query.finish();
    return row;
}

bool TemplateRepository::setStatus(const QString& name, const QString& language, const QString& status)
{
    QSqlQuery& query = m_db.prepare(
        QStringLiteral("UPDATE templates SET status = ?, updated_at = ? WHERE name = ? AND language = ?"));
    SqlValues::bind(query, {SqlValues::text(status), SqlValues::ms(m_db.clock().now()), name, language});
    return m_db.exec(query) && query.numRowsAffected() == 1;
}

bool TemplateRepository::setQuality(const QString& name, const QString& language, const QString& quality)
{
    QSqlQuery& query = m_db.prepare(
        QStringLiteral("UPDATE templates SET quality = ?, updated_at = ? WHERE name = ? AND language = ?"));
    SqlValues::bind(query, {SqlValues::text(quality), SqlValues::ms(m_db.clock().now()), name, language});
    return m_db.exec(query) && query.numRowsAffected() == 1;
}

bool TemplateRepository::removeAllExcept(const QList<std::pair<QString, QString>>& keep)
{
    // Templates are few (hundreds at most): compare in C++ rather than build an
    // IN list of pairs that the two databases spell differently.
    QSet<std::pair<QString, QString>> kept(keep.cbegin(), keep.cend());
    QSqlQuery& remove = m_db.prepare(QStringLiteral("DELETE FROM templates WHERE name = ? AND language = ?"));
    const QList<TemplateRow> rows = list();
    for (const TemplateRow& row : rows) {
        if (kept.contains({row.name, row.language}))
            continue;
        SqlValues::bind(remove, {row.name, row.language});
        if (!m_db.exec(remove))
            return false;
    }
    return true;
}

QDateTime TemplateRepository::lastSyncedAt()
{
    const std::optional<QString> value = SettingsRepository(m_db).value(lastSyncedKey);
    if (!value)
        return {};
    bool ok = false;
    const qint64 ms = value->toLongLong(&ok);
    return ok ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

bool TemplateRepository::setLastSyncedAt(const QDateTime& at)
{
    return SettingsRepository(m_db).setValue(lastSyncedKey, QString::number(at.toMSecsSinceEpoch()));
}

} // namespace Atendo

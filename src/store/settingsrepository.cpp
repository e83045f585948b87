#include "store/settingsrepository.h"

#include "store/database.h"
#include "store/sqlvalues.h"

namespace Atendo {

SettingsRepository::SettingsRepository(Database& db) : m_db(db)
{ }

std::optional<QString> SettingsRepository::value(const QString& key)
{
    QSqlQuery& query = m_db.prepare(QStringLiteral("SELECT value FROM settings WHERE name = ?"));
    SqlValues::bind(query, {key});
    if (!m_db.exec(query) || !query.next())
        return std::nullopt;
    QString value = query.value(0).toString();
    query.finish();
    return value;
}

bool SettingsRepository::setValue(const QString& key, const QString& value)
{
    QSqlQuery& query = m_db.prepare(QStringLiteral("INSERT INTO settings (name, value) VALUES (?, ?) ON "
                                                   "CONFLICT (name) DO UPDATE SET value = excluded.value"));
    SqlValues::bind(query, {key, SqlValues::text(value)});
    return m_db.exec(query);
}

} // namespace Atendo

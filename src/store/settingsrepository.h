#pragma once

#include <QString>

#include <optional>

namespace Atendo {

class Database;

// Small server state as key/value text (the template sync time, ...).
class SettingsRepository
{
public:
    explicit SettingsRepository(Database& db);

    [[nodiscard]] std::optional<QString> value(const QString& key);
    bool setValue(const QString& key, const QString& value);

private:
    Database& m_db;
};

} // namespace Atendo

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Atendo {

// One numbered schema step. Each statement runs on its own (QtSql runs one
// statement per exec); `postgres` is empty when the SQLite text runs unchanged.
struct Migration
{
    int version {0};
    QString description;
    QStringList sqlite;
    QStringList postgres;

    [[nodiscard]] const QStringList& statements(bool isPostgres) const
    {
        return isPostgres && !postgres.isEmpty() ? postgres : sqlite;
    }
};

// The schema's history, oldest first. Append, never edit an applied step.
class SchemaMigrations
{
public:
    [[nodiscard]] static const QList<Migration>& all();
    [[nodiscard]] static int latestVersion();
};

} // namespace Atendo

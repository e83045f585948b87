#pragma once

#include <QString>

namespace Atendo {

// Where the server's data lives: an SQLite file (the default) or a PostgreSQL
// database shared by several server instances.
struct DatabaseConfig
{
    QString driver {QStringLiteral("sqlite")}; // "sqlite" | "postgres"
    QString path; // SQLite file, or ":memory:"
    QString host;
    int port {5432};
    QString name;
    QString user;
    QString password;
    // PostgreSQL only, optional: created when missing and put first on the
    // search_path, so that tests can give every run its own throw-away schema.
    QString schema;

    [[nodiscard]] bool isPostgres() const { return driver == QStringLiteral("postgres"); }

    // "host:port:db:user" (the ATENDO_TEST_PG format exported by scripts/test) as a
    // postgres config. A malformed spec gives a config whose driver is empty.
    [[nodiscard]] static DatabaseConfig fromPgSpec(const QString& spec);
    [[nodiscard]] static DatabaseConfig sqlite(const QString& path);
};

} // namespace Atendo

#pragma once

#include "core/clock.h"
#include "store/databaseconfig.h"
#include "store/transaction.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <unordered_map>

namespace Atendo {

// One connection to the server's database, with its prepared-statement cache.
// Not thread-safe: use one Database per thread.
class Database
{
public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens a connection (a unique QSqlDatabase connection name per instance).
    // SQLite gets WAL, synchronous=NORMAL, foreign_keys=ON, busy_timeout=5000.
    // nullptr and *error on failure.
    [[nodiscard]] static std::unique_ptr<Database> open(const DatabaseConfig& config, QString* error);

    // Applies every migration not yet recorded in schema_migrations, each in its
    // own transaction. Re-running is a no-op.
    bool migrate(QString* error);
    // Applies migrations up to and including `version` (for fixture tests).
    bool migrateTo(int version, QString* error);
    // Highest applied version; 0 for an empty database.
    [[nodiscard]] int schemaVersion();

    [[nodiscard]] QSqlDatabase& db() { return m_db; }
    [[nodiscard]] bool isPostgres() const { return m_postgres; }
    // SQLite runs RETURNING through a temporary table built for every
    // execution (a new page cache each time: ~a tenth of the webhook path's
    // CPU), so the hot statements use sqlite3_changes()/last_insert_rowid()
    // there (numRowsAffected(), lastInsertId()) and RETURNING on PostgreSQL.
    [[nodiscard]] bool prefersReturning() const { return m_postgres; }
    [[nodiscard]] const DatabaseConfig& config() const { return m_config; }

    [[nodiscard]] Transaction transaction();
    [[nodiscard]] bool inTransaction() const { return m_txDepth > 0; }

    // The prepared statement for this SQL text, prepared once per Database and
    // reused (bound values cleared). The reference stays valid for the Database's
    // life; do not hold two uses of the same SQL text at once.
    QSqlQuery& prepare(const QString& sql);
    // Runs a prepared statement that returns no rows; logs and returns false on error.
    bool exec(QSqlQuery& query);

    // Created-at/updated-at times written by repositories come from this clock
    // (a SystemClock unless the server or a test sets its own; not owned).
    void setClock(const Clock* clock);
    [[nodiscard]] const Clock& clock() const { return *m_clock; }

    // Last error text of this connection (for reports).
    [[nodiscard]] QString lastError() const;

private:
    friend class Transaction;
    explicit Database(const DatabaseConfig& config);
    bool configure(QString* error);
    bool begin();
    // Ends one level of transaction; the outermost level commits or rolls back.
    bool end(bool commit);
    bool applyMigration(int index, QString* error);
    bool ensureMigrationTable(QString* error);
    bool execDirect(const QString& sql, QString* error);

    DatabaseConfig m_config;
    QString m_connectionName;
    QSqlDatabase m_db;
    bool m_postgres {false};
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    // The last statement that failed to prepare (returned so callers see its error).
    std::unique_ptr<QSqlQuery> m_failedStatement;
    int m_txDepth {0};
    bool m_txFailed {false};
    SystemClock m_systemClock;
    const Clock* m_clock {&m_systemClock};
};

} // namespace Atendo

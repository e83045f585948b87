#include "store/database.h"

#include "store/schemamigrations.h"
#include "store/sqlvalues.h"
#include "store/storelog.h"

#include <QSqlDriver>
#include <QSqlError>

#include <atomic>

namespace Atendo {

namespace {

QString nextConnectionName()
{
    static std::atomic<quint64> counter {0};
    return QStringLiteral("atendo_store_%1").arg(++counter);
}

// Serialises concurrent migrate() calls of several server instances sharing one
// PostgreSQL database (an arbitrary constant: "atendo" in ASCII).
constexpr qint64 migrationLockKey = 0x617465'6e646f;

} // namespace

Database::Database(const DatabaseConfig& config)
    : m_config(config), m_connectionName(nextConnectionName()), m_postgres(config.isPostgres())
{ }

Database::~Database()
{
    m_statements.clear();
    m_failedStatement.reset();
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Database> Database::open(const DatabaseConfig& config, QString* error)
{
    if (config.driver != QStringLiteral("sqlite") && config.driver != QStringLiteral("postgres")) {
        if (error)
            *error = QStringLiteral("unknown database driver \"%1\"").arg(config.driver);
        return nullptr;
    }
    std::unique_ptr<Database> database(new Database(config));
    if (!database->configure(error))
        return nullptr;
    return database;
}

bool Database::configure(QString* error)
{
    m_db = QSqlDatabase::addDatabase(
        m_postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), m_connectionName);
    if (m_postgres) {
        m_db.setHostName(m_config.host);
        m_db.setPort(m_config.port);
        m_db.setDatabaseName(m_config.name);
        m_db.setUserName(m_config.user);
        m_db.setPassword(m_config.password);
    } else {
        m_db.setDatabaseName(m_config.path);
    }
    if (!m_db.open()) {
        if (error)
            *error = QStringLiteral("cannot open the database: %1").arg(m_db.lastError().text());
        return false;
    }
    QStringList setup;
    if (m_postgres) {
        setup << QStringLiteral("SET client_min_messages TO warning");
        if (!m_config.schema.isEmpty()) {
            const QString schema = m_db.driver()->escapeIdentifier(m_config.schema, QSqlDriver::TableName);
            setup << QStringLiteral("CREATE SCHEMA IF NOT EXISTS %1").arg(schema)
                  << QStringLiteral("SET search_path TO %1").arg(schema);
        }
    } else {
        // WAL lets readers run during the webhook writer's transactions; NORMAL
        // sync is durable across application crashes (not power loss) and fast.
        setup << QStringLiteral("PRAGMA journal_mode=WAL") << QStringLiteral("PRAGMA synchronous=NORMAL")
              << QStringLiteral("PRAGMA foreign_keys=ON") << QStringLiteral("PRAGMA busy_timeout=5000");
    }
    for (const QString& sql : std::as_const(setup)) {
        if (!execDirect(sql, error))
            return false;
    }
    qCDebug(lcStore) << "opened" << (m_postgres ? "postgres" : "sqlite") << m_connectionName;
    return true;
}

bool Database::execDirect(const QString& sql, QString* error)
{
    QSqlQuery query(m_db);
    if (query.exec(sql))
        return true;
    const QString message = QStringLiteral("%1: %2").arg(sql, query.lastError().text());
    qCWarning(lcStore).noquote() << message;
    if (error)
        *error = message;
    return false;
}

QSqlQuery& Database::prepare(const QString& sql)
{
    auto it = m_statements.find(sql);
    if (it != m_statements.end()) {
        it->second->finish();
        return *it->second;
    }
    auto query = std::make_unique<QSqlQuery>(m_db);
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        // Not cached: the next call tries again (e.g. after a rolled-back transaction).
        qCWarning(lcStore).noquote() << "prepare failed:" << sql << query->lastError().text();
        m_failedStatement = std::move(query);
        return *m_failedStatement;
    }
    return *m_statements.emplace(sql, std::move(query)).first->second;
}

bool Database::exec(QSqlQuery& query)
{
    if (query.exec())
        return true;
    qCWarning(lcStore).noquote() << "query failed:" << query.lastQuery() << query.lastError().text();
    return false;
}

void Database::setClock(const Clock* clock)
{
    m_clock = clock ? clock : &m_systemClock;
}

QString Database::lastError() const
{
    return m_db.lastError().text();
}

Transaction Database::transaction()
{
    return Transaction(this);
}

bool Database::begin()
{
    if (m_txDepth == 0) {
        // IMMEDIATE takes SQLite's write lock up front, so busy_timeout applies
        // instead of a deadlock error when a reader later tries to write.
        if (!execDirect(m_postgres ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"), nullptr))
            return false;
        m_txFailed = false;
    }
    ++m_txDepth;
    return true;
}

bool Database::end(bool commit)
{
    if (m_txDepth == 0)
        return false;
    if (--m_txDepth > 0) {
        if (!commit)
            m_txFailed = true;
        return commit;
    }
    const bool wanted = commit && !m_txFailed;
    m_txFailed = false;
    for (auto& entry : m_statements)
        entry.second->finish();
    if (wanted && execDirect(QStringLiteral("COMMIT"), nullptr))
        return true;
    execDirect(QStringLiteral("ROLLBACK"), nullptr);
    return false;
}

int Database::schemaVersion()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

bool Database::migrate(QString* error)
{
    return migrateTo(SchemaMigrations::latestVersion(), error);
}

bool Database::migrateTo(int version, QString* error)
{
    if (inTransaction()) {
        if (error)
            *error = QStringLiteral("migrate() inside a transaction");
        return false;
    }
    if (!ensureMigrationTable(error))
        return false;
    const QList<Migration>& migrations = SchemaMigrations::all();
    for (qsizetype i = 0; i < migrations.size(); ++i) {
        if (migrations.at(i).version > version)
            break;
        if (!applyMigration(int(i), error))
            return false;
    }
    return true;
}

bool Database::ensureMigrationTable(QString* error)
{
    return execDirect(
        QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                       "description TEXT NOT NULL, applied_at BIGINT NOT NULL)"),
        error);
}

bool Database::applyMigration(int index, QString* error)
{
    const Migration& migration = SchemaMigrations::all().at(index);
    Transaction tx = transaction();
    if (!tx.isActive()) {
        if (error)
            *error = QStringLiteral("cannot begin a transaction: %1").arg(lastError());
        return false;
    }
    if (m_postgres
        && !execDirect(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(migrationLockKey), error))
        return false;
    QSqlQuery applied(m_db);
    applied.prepare(QStringLiteral("SELECT 1 FROM schema_migrations WHERE version = ?"));
    applied.bindValue(0, migration.version);
    if (!applied.exec()) {
        if (error)
            *error = applied.lastError().text();
        return false;
    }
    if (applied.next())
        return tx.commit();
    applied.finish();
    for (const QString& sql : migration.statements(m_postgres)) {
        if (!execDirect(sql, error)) {
            if (error)
                *error = QStringLiteral("migration %1 (%2) failed: %3")
                             .arg(QString::number(migration.version), migration.description, *error);
            return false;
        }
    }
    QSqlQuery record(m_db);
    record.prepare(
        QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)"));
    SqlValues::bind(record, {migration.version, migration.description, SqlValues::ms(clock().now())});
    if (!record.exec()) {
        if (error)
            *error = record.lastError().text();
        return false;
    }
    if (!tx.commit()) {
        if (error)
            *error = QStringLiteral("migration %1: commit failed: %2")
                         .arg(QString::number(migration.version), lastError());
        return false;
    }
    qCInfo(lcStore) << "applied migration" << migration.version << migration.description;
    return true;
}

} // namespace Atendo

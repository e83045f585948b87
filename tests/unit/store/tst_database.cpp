#include "store/agentrepository.h"
#include "store/database.h"
#include "store/schemamigrations.h"
#include "storetestdb.h"

#include <QTest>

using namespace Atendo;

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { StoreTestDb::addBackends(); }
    void init() { QVERIFY(m_store.open(false)); }
    void cleanup() { m_store.close(); }

    void migratesFromEmpty();
    void rerunningMigrateIsANoOp();
    void versionOneMigratesToLatest();
    void connectionSettings();
    void foreignKeysAreEnforced();
    void transactionRollsBackOnDestruction();
    void committedTransactionPersists();
    void abandonedNestedTransactionRollsBackTheBatch();
    void preparedStatementsAreCached();
    void openRejectsBadConfigs();
    void pgSpecParsing();

private:
    QStringList tableNames();
    bool indexExists(const QString& name);
    AgentRepository agents() { return AgentRepository(m_store.db()); }

    StoreTestDb m_store;
};

QStringList TestDatabase::tableNames()
{
    return {QStringLiteral("agents"), QStringLiteral("sessions"), QStringLiteral("contacts"),
        QStringLiteral("consent_events"), QStringLiteral("conversations"), QStringLiteral("messages"),
        QStringLiteral("message_statuses"), QStringLiteral("templates"), QStringLiteral("journal"),
        QStringLiteral("outbox"), QStringLiteral("billing"), QStringLiteral("settings")};
}

bool TestDatabase::indexExists(const QString& name)
{
    const QString sql = m_store.isPostgres()
        ? QStringLiteral(
            "SELECT COUNT(*) FROM pg_indexes WHERE schemaname = current_schema() AND indexname = '%1'")
        : QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = '%1'");
    return m_store.scalar(sql.arg(name)).toInt() == 1;
}

void TestDatabase::migratesFromEmpty()
{
    Database& db = m_store.db();
    QCOMPARE(db.schemaVersion(), 0);
    QString error;
    QVERIFY2(db.migrate(&error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), SchemaMigrations::latestVersion());
    QCOMPARE(m_store.scalar(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")).toInt(),
        SchemaMigrations::all().size());
    for (const QString& table : tableNames())
        QVERIFY2(m_store.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table), qPrintable(table));
    QVERIFY(indexExists(QStringLiteral("conversations_state_activity")));
    QVERIFY(indexExists(QStringLiteral("outbox_state_not_before")));
    QVERIFY(indexExists(QStringLiteral("contacts_phone")));
}

void TestDatabase::rerunningMigrateIsANoOp()
{
    Database& db = m_store.db();
    QString error;
    QVERIFY2(db.migrate(&error), qPrintable(error));
    const qint64 appliedAt
        = m_store.scalar(QStringLiteral("SELECT MAX(applied_at) FROM schema_migrations")).toLongLong();
    QVERIFY(agents().create(QStringLiteral("maria"), QStringLiteral("Maria"), QStringLiteral("agent"), {}, 5)
        > 0);

    m_store.clock().advance(std::chrono::hours(1));
    QVERIFY2(db.migrate(&error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), SchemaMigrations::latestVersion());
    QCOMPARE(m_store.scalar(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")).toInt(),
        SchemaMigrations::all().size());
    QCOMPARE(m_store.scalar(QStringLiteral("SELECT MAX(applied_at) FROM schema_migrations")).toLongLong(),
        appliedAt);
    QVERIFY(agents().findByUsername(QStringLiteral("maria")).has_value());
}

void TestDatabase::versionOneMigratesToLatest()
{
    // A database left at version 1 by an older server, with data in it.
    Database& db = m_store.db();
    QString error;
    QVERIFY2(db.migrateTo(1, &error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), 1);
    QVERIFY(!indexExists(QStringLiteral("conversations_state_activity")));
    QVERIFY(
        m_store.exec(QStringLiteral("INSERT INTO contacts (contact_key, phone, name, created_at, updated_at) "
                                    "VALUES ('wa:5511987654321', '+5511987654321', 'João', 1, 1)")));
    QVERIFY(m_store.exec(
        QStringLiteral("INSERT INTO conversations (contact_id, state, last_activity_at, created_at) "
                       "SELECT id, 'open', 5, 5 FROM contacts")));

    QVERIFY2(db.migrate(&error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), SchemaMigrations::latestVersion());
    QVERIFY(indexExists(QStringLiteral("conversations_state_activity")));
    QVERIFY(indexExists(QStringLiteral("messages_conversation_id")));
    QCOMPARE(m_store.scalar(QStringLiteral("SELECT name FROM contacts")).toString(), QStringLiteral("João"));
    QCOMPARE(
        m_store.scalar(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE state = 'open'")).toInt(), 1);
}

void TestDatabase::connectionSettings()
{
    if (m_store.isPostgres()) {
        // Each test gets its own schema, first on the search path.
        QVERIFY(m_store.scalar(QStringLiteral("SELECT current_schema()")).toString().startsWith(u"t_"));
    } else {
        QCOMPARE(m_store.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(m_store.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(m_store.scalar(QStringLiteral("PRAGMA synchronous")).toInt(), 1); // NORMAL
        QCOMPARE(m_store.scalar(QStringLiteral("PRAGMA busy_timeout")).toInt(), 5000);
    }
}

void TestDatabase::foreignKeysAreEnforced()
{
    QVERIFY(m_store.db().migrate(nullptr));
    QVERIFY(!m_store.exec(QStringLiteral("INSERT INTO conversations (contact_id, state, last_activity_at, "
                                         "created_at) VALUES (999, 'open', 1, 1)")));
}

void TestDatabase::transactionRollsBackOnDestruction()
{
    QVERIFY(m_store.db().migrate(nullptr));
    {
        Transaction tx = m_store.db().transaction();
        QVERIFY(tx.isActive());
        QVERIFY(m_store.db().inTransaction());
        QVERIFY(agents().create(QStringLiteral("ana"), QStringLiteral("Ana"), QStringLiteral("agent"), {}, 3)
            > 0);
        QVERIFY(agents().findByUsername(QStringLiteral("ana")).has_value());
    }
    QVERIFY(!m_store.db().inTransaction());
    QVERIFY(!agents().findByUsername(QStringLiteral("ana")).has_value());
    QVERIFY(agents().list().isEmpty());
}

void TestDatabase::committedTransactionPersists()
{
    QVERIFY(m_store.db().migrate(nullptr));
    {
        Transaction tx = m_store.db().transaction();
        QVERIFY(agents().create(QStringLiteral("ana"), QStringLiteral("Ana"), QStringLiteral("agent"), {}, 3)
            > 0);
        QVERIFY(tx.commit());
        QVERIFY(!tx.commit()); // only once
    }
    // Seen from another connection: it really reached the database.
    auto other = m_store.openAnother();
    QVERIFY(other);
    QVERIFY(AgentRepository(*other).findByUsername(QStringLiteral("ana")).has_value());
}

void TestDatabase::abandonedNestedTransactionRollsBackTheBatch()
{
    QVERIFY(m_store.db().migrate(nullptr));
    Transaction outer = m_store.db().transaction();
    QVERIFY(
        agents().create(QStringLiteral("ana"), QStringLiteral("Ana"), QStringLiteral("agent"), {}, 3) > 0);
    {
        Transaction inner = m_store.db().transaction();
        QVERIFY(inner.isActive());
        QVERIFY(agents().create(QStringLiteral("bia"), QStringLiteral("Bia"), QStringLiteral("agent"), {}, 3)
            > 0);
    }
    QVERIFY(m_store.db().inTransaction());
    QVERIFY(!outer.commit());
    QVERIFY(!m_store.db().inTransaction());
    QVERIFY(agents().list().isEmpty());

    // A nested commit followed by the outer commit keeps everything.
    Transaction again = m_store.db().transaction();
    {
        Transaction inner = m_store.db().transaction();
        QVERIFY(agents().create(QStringLiteral("bia"), QStringLiteral("Bia"), QStringLiteral("agent"), {}, 3)
            > 0);
        QVERIFY(inner.commit());
    }
    QVERIFY(again.commit());
    QCOMPARE(agents().list().size(), 1);
}

void TestDatabase::preparedStatementsAreCached()
{
    QVERIFY(m_store.db().migrate(nullptr));
    const QString sql = QStringLiteral("SELECT COUNT(*) FROM agents WHERE capacity > ?");
    QSqlQuery* first = &m_store.db().prepare(sql);
    QSqlQuery* second = &m_store.db().prepare(sql);
    QCOMPARE(first, second);
    QVERIFY(&m_store.db().prepare(QStringLiteral("SELECT COUNT(*) FROM agents")) != first);
    second->bindValue(0, 1);
    QVERIFY(m_store.db().exec(*second));
    QVERIFY(second->next());
    QCOMPARE(second->value(0).toInt(), 0);
}

void TestDatabase::openRejectsBadConfigs()
{
    QString error;
    DatabaseConfig unknown;
    unknown.driver = QStringLiteral("oracle");
    QVERIFY(!Database::open(unknown, &error));
    QVERIFY(error.contains(u"oracle"));

    error.clear();
    QVERIFY(!Database::open(DatabaseConfig::sqlite(QStringLiteral("/nonexistent-dir/x/atendo.db")), &error));
    QVERIFY(!error.isEmpty());
}

void TestDatabase::pgSpecParsing()
{
    const DatabaseConfig config
        = DatabaseConfig::fromPgSpec(QStringLiteral("127.0.0.1:54321:atendo_test:atendo"));
    QVERIFY(config.isPostgres());
    QCOMPARE(config.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(config.port, 54321);
    QCOMPARE(config.name, QStringLiteral("atendo_test"));
    QCOMPARE(config.user, QStringLiteral("atendo"));
    QVERIFY(DatabaseConfig::fromPgSpec(QStringLiteral("127.0.0.1:port:db:user")).driver.isEmpty());
    QVERIFY(DatabaseConfig::fromPgSpec(QStringLiteral("127.0.0.1:5432:db")).driver.isEmpty());
    QVERIFY(DatabaseConfig::fromPgSpec(QStringLiteral("127.0.0.1:70000:db:user")).driver.isEmpty());
    QVERIFY(DatabaseConfig::fromPgSpec(QString()).driver.isEmpty());
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"

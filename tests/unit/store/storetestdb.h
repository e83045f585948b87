#pragma once

#include "core/clock.h"
#include "store/database.h"

#include <QTemporaryDir>

#include <memory>

namespace Atendo {

// Every store test runs on SQLite (a fresh file per test) and, when
// ATENDO_TEST_PG is set, on PostgreSQL too (a fresh schema per test).
// Use from a test class:
//   initTestCase_data() -> StoreTestDb::addBackends()
//   init()              -> QVERIFY(m_store.open())   (migrated to the latest version)
//   cleanup()           -> m_store.close()
class StoreTestDb
{
public:
    static void addBackends();

    // Opens a fresh database for the current global data row; migrates it unless
    // `migrate` is false. The clock starts at 2026-11-25T12:00:00Z.
    [[nodiscard]] bool open(bool migrate = true);
    void close();
    // A second connection to the same database (for races between instances).
    [[nodiscard]] std::unique_ptr<Database> openAnother();

    [[nodiscard]] Database& db() { return *m_db; }
    [[nodiscard]] TestClock& clock() { return m_clock; }
    [[nodiscard]] bool isPostgres() const { return m_config.isPostgres(); }

    // Runs plain SQL on the test's database; fails the test on error.
    bool exec(const QString& sql);
    // First column of the first row of a query (for schema inspection).
    QVariant scalar(const QString& sql);

    static QDateTime at(const QString& iso);

private:
    DatabaseConfig m_config;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    TestClock m_clock {at(QStringLiteral("2026-11-25T12:00:00Z"))};
};

} // namespace Atendo

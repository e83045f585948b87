#include "storetestdb.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace Atendo {

void StoreTestDb::addBackends()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    if (!qEnvironmentVariableIsEmpty("ATENDO_TEST_PG"))
        QTest::newRow("postgres") << QStringLiteral("postgres");
}

bool StoreTestDb::open(bool migrate)
{
    QFETCH_GLOBAL(QString, backend);
    m_clock.setNow(at(QStringLiteral("2026-11-25T12:00:00Z")));
    if (backend == QStringLiteral("postgres")) {
        m_config = DatabaseConfig::fromPgSpec(qEnvironmentVariable("ATENDO_TEST_PG"));
        m_config.schema
            = QStringLiteral("t_%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    } else {
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid())
            return false;
        m_config = DatabaseConfig::sqlite(m_dir->filePath(QStringLiteral("atendo.db")));
    }
    QString error;
    m_db = Database::open(m_config, &error);
    if (!m_db) {
        qWarning("open failed: %s", qPrintable(error));
        return false;
    }
    m_db->setClock(&m_clock);
    if (migrate && !m_db->migrate(&error)) {
        qWarning("migrate failed: %s", qPrintable(error));
        return false;
    }
    return true;
}

void StoreTestDb::close()
{
    if (m_db && m_config.isPostgres())
        exec(QStringLiteral("DROP SCHEMA %1 CASCADE").arg(m_config.schema));
    m_db.reset();
    m_dir.reset();
}

std::unique_ptr<Database> StoreTestDb::openAnother()
{
    QString error;
    auto other = Database::open(m_config, &error);
    if (other)
        other->setClock(&m_clock);
    else
        qWarning("second connection failed: %s", qPrintable(error));
    return other;
}

bool StoreTestDb::exec(const QString& sql)
{
    QSqlQuery query(m_db->db());
    if (query.exec(sql))
        return true;
    qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    return false;
}

QVariant StoreTestDb::scalar(const QString& sql)
{
    QSqlQuery query(m_db->db());
    if (!query.exec(sql) || !query.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return {};
    }
    return query.value(0);
}

QDateTime StoreTestDb::at(const QString& iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs).toUTC();
}

} // namespace Atendo

#include "store/settingsrepository.h"
#include "store/templaterepository.h"
#include "storetestdb.h"

#include <QTest>

using namespace Atendo;

class TestTemplateRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { StoreTestDb::addBackends(); }
    void init() { QVERIFY(m_store.open()); }
    void cleanup() { m_store.close(); }

    void upsertInsertsAndReplaces();
    void statusAndQualityUpdates();
    void removeAllExceptKeepsTheSyncedOnes();
    void lastSyncedAtRoundTrips();

private:
    static TemplateRow row(const QString& name, const QString& language, const QString& status);
    TemplateRepository templates() { return TemplateRepository(m_store.db()); }

    StoreTestDb m_store;
};

TemplateRow TestTemplateRepository::row(const QString& name, const QString& language, const QString& status)
{
    TemplateRow row;
    row.id = QStringLiteral("1203980455");
    row.name = name;
    row.language = language;
    row.status = status;
    row.category = QStringLiteral("UTILITY");
    row.graphJson = QStringLiteral(R"({"name":"%1"})").arg(name);
    row.updatedAt = StoreTestDb::at(QStringLiteral("2026-11-25T13:00:00Z"));
    return row;
}

void TestTemplateRepository::upsertInsertsAndReplaces()
{
    TemplateRow pt
        = row(QStringLiteral("pedido_enviado"), QStringLiteral("pt_BR"), QStringLiteral("PENDING"));
    pt.quality = QStringLiteral("GREEN");
    QVERIFY(templates().upsert(pt));
    QVERIFY(templates().upsert(
        row(QStringLiteral("pedido_enviado"), QStringLiteral("en_US"), QStringLiteral("APPROVED"))));
    QVERIFY(templates().upsert(
        row(QStringLiteral("boas_vindas"), QStringLiteral("pt_BR"), QStringLiteral("APPROVED"))));
    QCOMPARE(templates().find(QStringLiteral("pedido_enviado"), QStringLiteral("pt_BR")), pt);

    // A sync reporting it approved, without quality: the known quality stays.
    TemplateRow approved
        = row(QStringLiteral("pedido_enviado"), QStringLiteral("pt_BR"), QStringLiteral("APPROVED"));
    QVERIFY(templates().upsert(approved));
    approved.quality = QStringLiteral("GREEN");
    QCOMPARE(templates().find(QStringLiteral("pedido_enviado"), QStringLiteral("pt_BR")), approved);

    const QList<TemplateRow> all = templates().list();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all[0].name, QStringLiteral("boas_vindas"));
    QCOMPARE(all[1].language, QStringLiteral("en_US"));
    QCOMPARE(all[2].language, QStringLiteral("pt_BR"));
    QVERIFY(!templates().find(QStringLiteral("pedido_enviado"), QStringLiteral("es")));
}

void TestTemplateRepository::statusAndQualityUpdates()
{
    QVERIFY(templates().upsert(
        row(QStringLiteral("promo"), QStringLiteral("pt_BR"), QStringLiteral("APPROVED"))));
    m_store.clock().advance(std::chrono::minutes(1));
    QVERIFY(
        templates().setStatus(QStringLiteral("promo"), QStringLiteral("pt_BR"), QStringLiteral("PAUSED")));
    QVERIFY(templates().setQuality(QStringLiteral("promo"), QStringLiteral("pt_BR"), QStringLiteral("RED")));
    const TemplateRow stored = *templates().find(QStringLiteral("promo"), QStringLiteral("pt_BR"));
    QCOMPARE(stored.status, QStringLiteral("PAUSED"));
    QCOMPARE(stored.quality, QStringLiteral("RED"));
    QCOMPARE(stored.updatedAt, m_store.clock().now());
    QVERIFY(
        !templates().setStatus(QStringLiteral("promo"), QStringLiteral("en_US"), QStringLiteral("PAUSED")));
}

void TestTemplateRepository::removeAllExceptKeepsTheSyncedOnes()
{
    templates().upsert(row(QStringLiteral("a"), QStringLiteral("pt_BR"), QStringLiteral("APPROVED")));
    templates().upsert(row(QStringLiteral("a"), QStringLiteral("en_US"), QStringLiteral("APPROVED")));
    templates().upsert(row(QStringLiteral("b"), QStringLiteral("pt_BR"), QStringLiteral("APPROVED")));
    QVERIFY(templates().removeAllExcept(
        {{QStringLiteral("a"), QStringLiteral("en_US")}, {QStringLiteral("b"), QStringLiteral("pt_BR")}}));
    const QList<TemplateRow> left = templates().list();
    QCOMPARE(left.size(), 2);
    QCOMPARE(left[0].name + u'/' + left[0].language, QStringLiteral("a/en_US"));
    QCOMPARE(left[1].name + u'/' + left[1].language, QStringLiteral("b/pt_BR"));
}

void TestTemplateRepository::lastSyncedAtRoundTrips()
{
    QVERIFY(!templates().lastSyncedAt().isValid());
    const QDateTime at = StoreTestDb::at(QStringLiteral("2026-11-25T13:00:00.500Z"));
    QVERIFY(templates().setLastSyncedAt(at));
    QCOMPARE(templates().lastSyncedAt(), at);
    QVERIFY(templates().setLastSyncedAt(at.addSecs(60)));
    QCOMPARE(templates().lastSyncedAt(), at.addSecs(60));
    SettingsRepository settings(m_store.db());
    QVERIFY(!settings.value(QStringLiteral("nope")));
    QVERIFY(settings.setValue(QStringLiteral("k"), QStringLiteral("v")));
    QCOMPARE(settings.value(QStringLiteral("k")), QStringLiteral("v"));
}

QTEST_GUILESS_MAIN(TestTemplateRepository)
#include "tst_templaterepository.moc"

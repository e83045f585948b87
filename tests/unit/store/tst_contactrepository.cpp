#include "core/consentledger.h"
#include "store/consentrepository.h"
#include "store/contactrepository.h"
#include "storetestdb.h"

#include <QTest>

using namespace Atendo;

class TestContactRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { StoreTestDb::addBackends(); }
    void init() { QVERIFY(m_store.open()); }
    void cleanup() { m_store.close(); }

    void upsertInsertsThenUpdates();
    void upsertKeepsKnownValuesWhenGivenEmpty();
    void findByKeyPhoneAndId();
    void consentStateIsStored();
    void consentTrailRoundTripsInAppendOrder();

private:
    ContactRepository contacts() { return ContactRepository(m_store.db()); }

    StoreTestDb m_store;
};

void TestContactRepository::upsertInsertsThenUpdates()
{
    const auto created = contacts().upsertByKey(QStringLiteral("wa:5511987654321"),
        QStringLiteral("5511987654321"), {}, QStringLiteral("+5511987654321"), QStringLiteral("João"));
    QVERIFY(created);
    QVERIFY(created->id > 0);
    QCOMPARE(created->consentState, ConsentState::Unknown);
    QVERIFY(!created->marketingStopped);
    QCOMPARE(created->createdAt, m_store.clock().now());

    m_store.clock().advance(std::chrono::minutes(5));
    const auto updated
        = contacts().upsertByKey(QStringLiteral("wa:5511987654321"), QStringLiteral("5511987654321"),
            QStringLiteral("BR.123"), QStringLiteral("+5511987654321"), QStringLiteral("João Pereira"));
    QCOMPARE(updated->id, created->id);
    QCOMPARE(updated->name, QStringLiteral("João Pereira"));
    QCOMPARE(updated->userId, QStringLiteral("BR.123"));
    QCOMPARE(updated->createdAt, created->createdAt);
    QCOMPARE(updated->updatedAt, m_store.clock().now());
    QCOMPARE(m_store.scalar(QStringLiteral("SELECT COUNT(*) FROM contacts")).toInt(), 1);
    QVERIFY(!contacts().upsertByKey(QString(), QStringLiteral("1"), {}, {}, {}));
}

void TestContactRepository::upsertKeepsKnownValuesWhenGivenEmpty()
{
    contacts().upsertByKey(QStringLiteral("bsuid:BR.9"), QStringLiteral("551100"), QStringLiteral("BR.9"),
        QStringLiteral("+551100"), QStringLiteral("Ana"));
    // A later webhook without a profile (or with the number hidden).
    const auto row = contacts().upsertByKey(QStringLiteral("bsuid:BR.9"), {}, QStringLiteral("BR.9"), {}, {});
    QCOMPARE(row->name, QStringLiteral("Ana"));
    QCOMPARE(row->phone, QStringLiteral("+551100"));
    QCOMPARE(row->waId, QStringLiteral("551100"));
}

void TestContactRepository::findByKeyPhoneAndId()
{
    const auto a = contacts().upsertByKey(
        QStringLiteral("wa:1"), QStringLiteral("1"), {}, QStringLiteral("+1"), QStringLiteral("A"));
    const auto b = contacts().upsertByKey(
        QStringLiteral("wa:2"), QStringLiteral("2"), {}, QStringLiteral("+2"), QStringLiteral("B"));
    QCOMPARE(contacts().findByKey(QStringLiteral("wa:2")), b);
    QCOMPARE(contacts().findById(a->id), a);
    QCOMPARE(contacts().findByPhone(QStringLiteral("+1")), a);
    QVERIFY(!contacts().findByPhone(QStringLiteral("+3")));
    QVERIFY(!contacts().findByPhone(QString()));
    QVERIFY(!contacts().findByKey(QStringLiteral("wa:3")));
}

void TestContactRepository::consentStateIsStored()
{
    const qint64 id = contacts().upsertByKey(QStringLiteral("wa:1"), QStringLiteral("1"), {}, {}, {})->id;
    QVERIFY(contacts().setConsentState(id, ConsentState::OptedOut, true));
    auto row = contacts().findById(id);
    QCOMPARE(row->consentState, ConsentState::OptedOut);
    QVERIFY(row->marketingStopped);
    QVERIFY(contacts().setConsentState(id, ConsentState::OptedIn, false));
    row = contacts().findById(id);
    QCOMPARE(row->consentState, ConsentState::OptedIn);
    QVERIFY(!row->marketingStopped);
    QVERIFY(!contacts().setConsentState(id + 1000, ConsentState::OptedIn, false));
}

void TestContactRepository::consentTrailRoundTripsInAppendOrder()
{
    const qint64 id = contacts().upsertByKey(QStringLiteral("wa:1"), QStringLiteral("1"), {}, {}, {})->id;
    const qint64 other = contacts().upsertByKey(QStringLiteral("wa:2"), QStringLiteral("2"), {}, {}, {})->id;
    const ConsentEvent optIn {ConsentKind::OptIn, ConsentSource::WebForm, QStringLiteral("Checkout form"),
        QStringLiteral("api:site"), StoreTestDb::at(QStringLiteral("2026-11-20T10:00:00.250Z"))};
    const ConsentEvent optOut {ConsentKind::OptOut, ConsentSource::Keyword, QStringLiteral("PARAR"),
        QStringLiteral("customer"), StoreTestDb::at(QStringLiteral("2026-11-25T14:05:58Z"))};
    // Late-arriving and older than the opt-out: kept in append order.
    const ConsentEvent marketing {ConsentKind::MarketingStop, ConsentSource::MetaMarketingStop,
        QStringLiteral("user_preferences"), QStringLiteral("system"),
        StoreTestDb::at(QStringLiteral("2026-11-21T08:00:00Z"))};
    ConsentRepository trail(m_store.db());
    QVERIFY(trail.append(id, optIn) > 0);
    QVERIFY(trail.append(other, optIn) > 0);
    QVERIFY(trail.append(id, optOut) > 0);
    QVERIFY(trail.append(id, marketing) > 0);

    const QList<ConsentEvent> events = trail.list(id);
    QCOMPARE(events, (QList<ConsentEvent> {optIn, optOut, marketing}));
    QCOMPARE(trail.list(other).size(), 1);
    QVERIFY(trail.list(id + 1000).isEmpty());
    // What core decides from the stored trail.
    const ConsentLedger ledger = ConsentLedger::fromEvents(events);
    QCOMPARE(ledger.state(), ConsentState::OptedOut);
    QVERIFY(ledger.marketingStopped());
}

QTEST_GUILESS_MAIN(TestContactRepository)
#include "tst_contactrepository.moc"

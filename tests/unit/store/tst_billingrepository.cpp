#include "store/agentrepository.h"
#include "store/billingrepository.h"
#include "store/contactrepository.h"
#include "store/conversationrepository.h"
#include "store/messagerepository.h"
#include "storetestdb.h"

#include <QTest>

using namespace Atendo;

class TestBillingRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { StoreTestDb::addBackends(); }
    void init();
    void cleanup() { m_store.close(); }

    void recordsOncePerMessage();
    void totalsGroupByDayCategoryAndAgent();
    void totalsRangeIsHalfOpen();

private:
    qint64 message(const QString& key);
    BillingRepository billing() { return BillingRepository(m_store.db()); }
    static QDateTime at(const char* iso) { return StoreTestDb::at(QString::fromLatin1(iso)); }

    StoreTestDb m_store;
    qint64 m_conversation {0};
    qint64 m_agent {0};
};

void TestBillingRepository::init()
{
    QVERIFY(m_store.open());
    const auto contact = ContactRepository(m_store.db())
                             .upsertByKey(QStringLiteral("wa:1"), QStringLiteral("1"), {}, {}, {});
    m_conversation = ConversationRepository(m_store.db()).create(contact->id, m_store.clock().now())->id;
    m_agent
        = AgentRepository(m_store.db()).create(QStringLiteral("maria"), {}, QStringLiteral("agent"), {}, 5);
    QVERIFY(m_agent > 0);
}

qint64 TestBillingRepository::message(const QString& key)
{
    MessageRow row;
    row.conversationId = m_conversation;
    row.direction = QStringLiteral("out");
    row.kind = QStringLiteral("template");
    row.idempotencyKey = key;
    return MessageRepository(m_store.db()).insertOutbound(row).id;
}

void TestBillingRepository::recordsOncePerMessage()
{
    const qint64 id = message(QStringLiteral("k"));
    const QString marketing = QStringLiteral("marketing");
    // Meta reports pricing with "sent" and again with "delivered".
    QVERIFY(billing().record(id, m_agent, marketing, QStringLiteral("regular"), true, 62500,
        QStringLiteral("USD"), at("2026-11-25T23:59:59Z")));
    QVERIFY(billing().record(id, m_agent, marketing, QStringLiteral("regular"), true, 62500,
        QStringLiteral("USD"), at("2026-11-26T00:00:05Z")));
    QCOMPARE(m_store.scalar(QStringLiteral("SELECT COUNT(*) FROM billing")).toInt(), 1);
    const QList<BillingTotal> totals
        = billing().totals(at("2026-11-01T00:00:00Z"), at("2026-12-01T00:00:00Z"));
    QCOMPARE(totals.size(), 1);
    QCOMPARE(totals[0].day, QDate(2026, 11, 25)); // the day it was first billed
    QCOMPARE(totals[0].count, 1);
    QCOMPARE(totals[0].priceMicros, 62500);
}

void TestBillingRepository::totalsGroupByDayCategoryAndAgent()
{
    const QString usd = QStringLiteral("USD");
    const QString regular = QStringLiteral("regular");
    billing().record(message(QStringLiteral("1")), m_agent, QStringLiteral("marketing"), regular, true, 62500,
        usd, at("2026-11-25T10:00:00Z"));
    billing().record(message(QStringLiteral("2")), m_agent, QStringLiteral("marketing"), regular, true, 62500,
        usd, at("2026-11-25T11:00:00Z"));
    billing().record(message(QStringLiteral("3")), m_agent, QStringLiteral("utility"),
        QStringLiteral("free_customer_service"), false, 0, usd, at("2026-11-25T12:00:00Z"));
    billing().record(message(QStringLiteral("4")), 0, QStringLiteral("utility"), regular, true, 8000, usd,
        at("2026-11-25T13:00:00Z"));
    billing().record(message(QStringLiteral("5")), m_agent, QStringLiteral("marketing"), regular, true, 62500,
        usd, at("2026-11-26T09:00:00Z"));

    const QList<BillingTotal> totals
        = billing().totals(at("2026-11-25T00:00:00Z"), at("2026-11-27T00:00:00Z"));
    const QList<BillingTotal> expected {
        {QDate(2026, 11, 25), QStringLiteral("marketing"), m_agent, 2, 2, 125000},
        {QDate(2026, 11, 25), QStringLiteral("utility"), 0, 1, 1, 8000},
        {QDate(2026, 11, 25), QStringLiteral("utility"), m_agent, 1, 0, 0},
        {QDate(2026, 11, 26), QStringLiteral("marketing"), m_agent, 1, 1, 62500},
    };
    QCOMPARE(totals, expected);
}

void TestBillingRepository::totalsRangeIsHalfOpen()
{
    billing().record(message(QStringLiteral("1")), m_agent, QStringLiteral("marketing"), {}, true, 1,
        QStringLiteral("USD"), at("2026-11-25T00:00:00Z"));
    billing().record(message(QStringLiteral("2")), m_agent, QStringLiteral("marketing"), {}, true, 1,
        QStringLiteral("USD"), at("2026-11-26T00:00:00Z"));
    const QList<BillingTotal> day = billing().totals(at("2026-11-25T00:00:00Z"), at("2026-11-26T00:00:00Z"));
    QCOMPARE(day.size(), 1);
    QCOMPARE(day[0].day, QDate(2026, 11, 25));
    QVERIFY(billing().totals(at("2026-11-27T00:00:00Z"), at("2026-11-28T00:00:00Z")).isEmpty());
}

QTEST_GUILESS_MAIN(TestBillingRepository)
#include "tst_billingrepository.moc"

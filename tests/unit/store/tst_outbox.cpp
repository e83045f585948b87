#include "store/contactrepository.h"
#include "store/conversationrepository.h"
#include "store/messagerepository.h"
#include "store/outbox.h"
#include "storetestdb.h"

#include <QSet>
#include <QTest>

using namespace Atendo;

class TestOutbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { StoreTestDb::addBackends(); }
    void init();
    void cleanup() { m_store.close(); }

    void claimMarksInflightAndASecondClaimGetsNone();
    void claimTakesOnlyDueItemsOldestFirst();
    void claimRespectsTheLimit();
    void twoConnectionsNeverClaimTheSameItem();
    void retryLaterRespectsNotBefore();
    void completeAndFailLeaveTheQueue();
    void requeueInflightSkipsAcceptedSends();

private:
    qint64 message(const QString& key);
    Outbox outbox() { return Outbox(m_store.db()); }
    QDateTime t(int seconds) const
    {
        return StoreTestDb::at(QStringLiteral("2026-11-25T12:00:00Z")).addSecs(seconds);
    }

    StoreTestDb m_store;
    qint64 m_conversation {0};
};

void TestOutbox::init()
{
    QVERIFY(m_store.open());
    const auto contact = ContactRepository(m_store.db())
                             .upsertByKey(QStringLiteral("wa:1"), QStringLiteral("1"), {}, {}, {});
    QVERIFY(contact);
    m_conversation = ConversationRepository(m_store.db()).create(contact->id, t(0))->id;
}

qint64 TestOutbox::message(const QString& key)
{
    MessageRow row;
    row.conversationId = m_conversation;
    row.direction = QStringLiteral("out");
    row.kind = QStringLiteral("text");
    row.idempotencyKey = key;
    return MessageRepository(m_store.db()).insertOutbound(row).id;
}

void TestOutbox::claimMarksInflightAndASecondClaimGetsNone()
{
    const qint64 messageId = message(QStringLiteral("k1"));
    const qint64 id = outbox().enqueue(messageId, QStringLiteral(R"({"to":"1"})"), t(0));
    QVERIFY(id > 0);
    QCOMPARE(outbox().depth(), 1);
    const QList<OutboxItem> claimed = outbox().claimDue(t(0), 10);
    QCOMPARE(claimed.size(), 1);
    QCOMPARE(claimed[0].id, id);
    QCOMPARE(claimed[0].messageId, messageId);
    QCOMPARE(claimed[0].requestJson, QStringLiteral(R"({"to":"1"})"));
    QCOMPARE(claimed[0].state, QStringLiteral("inflight"));
    QCOMPARE(claimed[0].attempts, 1);
    QCOMPARE(outbox().findById(id)->state, QStringLiteral("inflight"));
    QVERIFY(outbox().claimDue(t(60), 10).isEmpty());
    QCOMPARE(outbox().depth(), 1); // inflight still counts
}

void TestOutbox::claimTakesOnlyDueItemsOldestFirst()
{
    const qint64 later = outbox().enqueue(message(QStringLiteral("a")), QStringLiteral("{}"), t(30));
    const qint64 second = outbox().enqueue(message(QStringLiteral("b")), QStringLiteral("{}"), t(5));
    const qint64 first = outbox().enqueue(message(QStringLiteral("c")), QStringLiteral("{}"), t(1));
    const QList<OutboxItem> due = outbox().claimDue(t(10), 10);
    QCOMPARE(due.size(), 2);
    QCOMPARE(due[0].id, first);
    QCOMPARE(due[1].id, second);
    QCOMPARE(outbox().findById(later)->state, QStringLiteral("pending"));
    QCOMPARE(outbox().claimDue(t(30), 10).constFirst().id, later); // due exactly at notBefore
}

void TestOutbox::claimRespectsTheLimit()
{
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i)
        ids << outbox().enqueue(message(QStringLiteral("k%1").arg(i)), QStringLiteral("{}"), t(i));
    const QList<OutboxItem> firstBatch = outbox().claimDue(t(10), 2);
    QCOMPARE(firstBatch.size(), 2);
    QCOMPARE(firstBatch[0].id, ids[0]);
    QCOMPARE(firstBatch[1].id, ids[1]);
    QCOMPARE(outbox().claimDue(t(10), 10).size(), 3);
    QVERIFY(outbox().claimDue(t(10), 0).isEmpty());
}

void TestOutbox::twoConnectionsNeverClaimTheSameItem()
{
    for (int i = 0; i < 6; ++i)
        outbox().enqueue(message(QStringLiteral("k%1").arg(i)), QStringLiteral("{}"), t(i));
    auto other = m_store.openAnother();
    QVERIFY(other);
    Outbox here(m_store.db());
    Outbox there(*other);
    QSet<qint64> seen;
    int total = 0;
    for (int round = 0; round < 4; ++round) {
        for (const OutboxItem& item : (round % 2 ? here : there).claimDue(t(10), 2)) {
            QVERIFY2(!seen.contains(item.id), "claimed twice");
            seen.insert(item.id);
            ++total;
        }
    }
    QCOMPARE(total, 6);
}

void TestOutbox::retryLaterRespectsNotBefore()
{
    const qint64 id = outbox().enqueue(message(QStringLiteral("k")), QStringLiteral("{}"), t(0));
    QCOMPARE(outbox().claimDue(t(0), 1).size(), 1);
    QVERIFY(outbox().retryLater(id, t(60), QStringLiteral("HTTP 503")));
    const OutboxItem waiting = *outbox().findById(id);
    QCOMPARE(waiting.state, QStringLiteral("pending"));
    QCOMPARE(waiting.notBefore, t(60));
    QCOMPARE(waiting.lastError, QStringLiteral("HTTP 503"));
    QVERIFY(outbox().claimDue(t(59), 10).isEmpty());
    const QList<OutboxItem> retried = outbox().claimDue(t(60), 10);
    QCOMPARE(retried.size(), 1);
    QCOMPARE(retried[0].attempts, 2);
}

void TestOutbox::completeAndFailLeaveTheQueue()
{
    const qint64 ok = outbox().enqueue(message(QStringLiteral("a")), QStringLiteral("{}"), t(0));
    const qint64 bad = outbox().enqueue(message(QStringLiteral("b")), QStringLiteral("{}"), t(0));
    QCOMPARE(outbox().claimDue(t(0), 10).size(), 2);
    QVERIFY(outbox().complete(ok));
    QVERIFY(outbox().fail(bad, QStringLiteral("meta_131026")));
    QCOMPARE(outbox().depth(), 0);
    QCOMPARE(outbox().findById(ok)->state, QStringLiteral("done"));
    QCOMPARE(outbox().findById(bad)->state, QStringLiteral("failed"));
    QCOMPARE(outbox().findById(bad)->lastError, QStringLiteral("meta_131026"));
    QVERIFY(outbox().claimDue(t(1000), 10).isEmpty());
    QVERIFY(!outbox().complete(bad + 1000));
}

void TestOutbox::requeueInflightSkipsAcceptedSends()
{
    const qint64 acceptedMessage = message(QStringLiteral("a"));
    const qint64 accepted = outbox().enqueue(acceptedMessage, QStringLiteral("{}"), t(0));
    const qint64 lost = outbox().enqueue(message(QStringLiteral("b")), QStringLiteral("{}"), t(0));
    const qint64 waiting = outbox().enqueue(message(QStringLiteral("c")), QStringLiteral("{}"), t(500));
    QCOMPARE(outbox().claimDue(t(0), 10).size(), 2);
    // The crash came after Meta answered for the first send, before the second.
    QVERIFY(MessageRepository(m_store.db()).setWamid(acceptedMessage, QStringLiteral("wamid.sent")));

    QCOMPARE(outbox().requeueInflight(), 1);
    QCOMPARE(outbox().findById(accepted)->state, QStringLiteral("done"));
    QCOMPARE(outbox().findById(lost)->state, QStringLiteral("pending"));
    QCOMPARE(outbox().findById(waiting)->state, QStringLiteral("pending"));
    const QList<OutboxItem> again = outbox().claimDue(t(1), 10);
    QCOMPARE(again.size(), 1);
    QCOMPARE(again[0].id, lost);
    QCOMPARE(outbox().requeueInflight(), 1);
    QCOMPARE(outbox().requeueInflight(), 0);
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"

#include "store/webhookinbox.h"
#include "storetestdb.h"

#include <QTest>

using namespace Atendo;

// The webhook inbox: bodies kept byte for byte, handed back oldest first while
// unprocessed, marked once, and only processed rows pruned.
class TestWebhookInbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { StoreTestDb::addBackends(); }
    void init() { QVERIFY(m_store.open()); }
    void cleanup() { m_store.close(); }

    void emptyInbox();
    void pendingIsOldestFirstAndKeepsTheBytes();
    void processedRowsAreNotPendingAndMarkedOnce();
    void markingRolledBackKeepsTheRowPending();
    void aRangeMarksOnlyItsPendingRows();
    void pruneDeletesOnlyOldProcessedRows();

private:
    WebhookInbox inbox() { return WebhookInbox(m_store.db()); }
    QDateTime t(int seconds) const
    {
        return StoreTestDb::at(QStringLiteral("2026-11-25T12:00:00Z")).addSecs(seconds);
    }

    StoreTestDb m_store;
};

void TestWebhookInbox::emptyInbox()
{
    QVERIFY(inbox().pending(0, 10).isEmpty());
    QCOMPARE(inbox().pendingCount(), 0);
    QCOMPARE(inbox().pruneProcessedBefore(t(1000)), 0);
    QVERIFY(!inbox().markProcessed(1, t(0)));
}

void TestWebhookInbox::pendingIsOldestFirstAndKeepsTheBytes()
{
    // Non-ASCII text and escapes must come back exactly as signed.
    const QByteArray first = QStringLiteral(R"({"text":"Olá, João \u00e9 \"ok\""})").toUtf8();
    const QByteArray second = QByteArrayLiteral(R"({"n":2})");
    const QByteArray third = QByteArrayLiteral(R"({"n":3})");
    const qint64 a = inbox().append(first, t(1));
    const qint64 b = inbox().append(second, t(2));
    const qint64 c = inbox().append(third, t(3));
    QVERIFY(a > 0 && b > a && c > b);
    const QList<WebhookInboxRow> rows = inbox().pending(0, 10);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).id, a);
    QCOMPARE(rows.at(0).body, first);
    QCOMPARE(rows.at(0).receivedAt, t(1));
    QCOMPARE(rows.at(2).body, third);
    // The limit and the cursor.
    QCOMPARE(inbox().pending(0, 2).size(), 2);
    QCOMPARE(inbox().pending(a, 10).constFirst().id, b);
    QCOMPARE(inbox().pending(c, 10).size(), 0);
    QCOMPARE(inbox().pendingCount(), 3);
}

void TestWebhookInbox::processedRowsAreNotPendingAndMarkedOnce()
{
    const qint64 a = inbox().append(QByteArrayLiteral("{}"), t(1));
    const qint64 b = inbox().append(QByteArrayLiteral("[]"), t(2));
    QVERIFY(inbox().markProcessed(a, t(5)));
    QVERIFY(!inbox().markProcessed(a, t(6)));
    const QList<WebhookInboxRow> rows = inbox().pending(0, 10);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.constFirst().id, b);
    QCOMPARE(inbox().pendingCount(), 1);
}

void TestWebhookInbox::markingRolledBackKeepsTheRowPending()
{
    const qint64 a = inbox().append(QByteArrayLiteral("{}"), t(1));
    {
        Transaction tx = m_store.db().transaction();
        QVERIFY(tx.isActive());
        QVERIFY(inbox().markProcessed(a, t(5)));
        // Dropped without commit: the effects and the mark go together.
    }
    QCOMPARE(inbox().pendingCount(), 1);
    QCOMPARE(inbox().pending(0, 10).constFirst().id, a);
}

void TestWebhookInbox::aRangeMarksOnlyItsPendingRows()
{
    const qint64 a = inbox().append(QByteArrayLiteral("{}"), t(1));
    const qint64 b = inbox().append(QByteArrayLiteral("[]"), t(2));
    const qint64 c = inbox().append(QByteArrayLiteral("{}"), t(3));
    const qint64 d = inbox().append(QByteArrayLiteral("[]"), t(4));
    QVERIFY(inbox().markProcessed(b, t(5)));
    // b was already processed: counted out, and its time kept.
    QCOMPARE(inbox().markProcessed(a, c, t(6)), 2);
    QCOMPARE(inbox().markProcessed(a, c, t(7)), 0);
    const QList<WebhookInboxRow> rows = inbox().pending(0, 10);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.constFirst().id, d);
    QCOMPARE(m_store.scalar(QStringLiteral("SELECT processed_at FROM webhook_inbox WHERE id = %1").arg(b))
                 .toLongLong(),
        t(5).toMSecsSinceEpoch());
}

void TestWebhookInbox::pruneDeletesOnlyOldProcessedRows()
{
    const qint64 old = inbox().append(QByteArrayLiteral("1"), t(0));
    const qint64 recent = inbox().append(QByteArrayLiteral("2"), t(0));
    const qint64 unprocessed = inbox().append(QByteArrayLiteral("3"), t(0));
    QVERIFY(inbox().markProcessed(old, t(10)));
    QVERIFY(inbox().markProcessed(recent, t(100)));
    QCOMPARE(inbox().pruneProcessedBefore(t(50)), 1);
    QCOMPARE(m_store.scalar(QStringLiteral("SELECT COUNT(*) FROM webhook_inbox")).toInt(), 2);
    // However old, an unprocessed row is never pruned.
    QCOMPARE(inbox().pruneProcessedBefore(t(100000)), 1);
    const QList<WebhookInboxRow> rows = inbox().pending(0, 10);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.constFirst().id, unprocessed);
}

QTEST_GUILESS_MAIN(TestWebhookInbox)
#include "tst_webhookinbox.moc"

#include "consoleclient.h"
#include "serverharness.h"
#include "store/database.h"
#include "store/webhookinbox.h"
#include "webhookbodies.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Atendo;
using namespace Atendo::Test;
using namespace Qt::StringLiterals;

// The webhook inbox: a signed POST is stored before Meta gets its 200 and
// applied right after; what a crash left unapplied is applied on start; a
// batch of messages of one customer gives one conversation.changed.
class TestServerWebhookInbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void acknowledgedWebhookIsStoredAndApplied();
    void redeliveryIsStoredOnce();
    void rowLeftByACrashIsAppliedOnStart();
    void onlyOldProcessedRowsArePrunedOnStart();
    void oneConversationChangedPerConversationPerBatch();

private:
    QByteArray message(const QString& wamid, const QString& text) const;
    std::unique_ptr<ServerHarness> m_harness;
};

void TestServerWebhookInbox::init()
{
    m_harness = std::make_unique<ServerHarness>();
}

void TestServerWebhookInbox::cleanup()
{
    m_harness.reset();
}

QByteArray TestServerWebhookInbox::message(const QString& wamid, const QString& text) const
{
    return WebhookBodies::textMessage(
        u"5511988887777"_s, u"Ana Souza"_s, wamid, text, m_harness->clock.now().addSecs(-5));
}

void TestServerWebhookInbox::acknowledgedWebhookIsStoredAndApplied()
{
    QVERIFY(m_harness->start());
    const ServerHarness::HttpResult result = m_harness->postWebhook(message(u"wamid.inbox1"_s, u"Olá"_s));
    QCOMPARE(result.status, 200);
    // Durable the moment Meta got its answer.
    QCOMPARE(m_harness->count(u"webhook_inbox"_s), 1);
    QTRY_COMPARE(m_harness->count(u"messages"_s, u"wamid = 'wamid.inbox1'"_s), 1);
    QTRY_COMPARE(m_harness->count(u"webhook_inbox"_s, u"processed_at IS NOT NULL"_s), 1);
    QCOMPARE(WebhookInbox(m_harness->server->database()).pendingCount(), 0);
}

void TestServerWebhookInbox::redeliveryIsStoredOnce()
{
    QVERIFY(m_harness->start());
    const QByteArray body = message(u"wamid.twice"_s, u"Bom dia"_s);
    QCOMPARE(m_harness->postWebhook(body).status, 200);
    QCOMPARE(m_harness->postWebhook(body).status, 200);
    QTRY_COMPARE(m_harness->count(u"webhook_inbox"_s, u"processed_at IS NOT NULL"_s), 2);
    QCOMPARE(m_harness->count(u"messages"_s, u"wamid = 'wamid.twice'"_s), 1);
    QCOMPARE(m_harness->count(u"conversations"_s), 1);
}

void TestServerWebhookInbox::rowLeftByACrashIsAppliedOnStart()
{
    {
        // What a server that answered 200 and died before applying leaves behind.
        QString error;
        auto db = Database::open(m_harness->config.database, &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY2(db->migrate(&error), qPrintable(error));
        QVERIFY(WebhookInbox(*db).append(
                    message(u"wamid.crash"_s, u"Alguém aí?"_s), m_harness->clock.now().addSecs(-30))
            > 0);
        QCOMPARE(WebhookInbox(*db).pendingCount(), 1);
    }
    QVERIFY(m_harness->start());
    // Applied before the server accepted anything new: no waiting needed.
    QCOMPARE(m_harness->count(u"messages"_s, u"wamid = 'wamid.crash'"_s), 1);
    QCOMPARE(m_harness->count(u"webhook_inbox"_s, u"processed_at IS NULL"_s), 0);
    QCOMPARE(m_harness->count(u"conversations"_s, u"unread = 1"_s), 1);
}

void TestServerWebhookInbox::onlyOldProcessedRowsArePrunedOnStart()
{
    {
        QString error;
        auto db = Database::open(m_harness->config.database, &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY2(db->migrate(&error), qPrintable(error));
        WebhookInbox inbox(*db);
        const QDateTime now = m_harness->clock.now();
        const qint64 old = inbox.append(message(u"wamid.old"_s, u"1"_s), now.addDays(-3));
        const qint64 recent = inbox.append(message(u"wamid.recent"_s, u"2"_s), now.addSecs(-3600));
        QVERIFY(old > 0 && recent > 0);
        QVERIFY(inbox.markProcessed(old, now.addSecs(-25 * 3600)));
        QVERIFY(inbox.markProcessed(recent, now.addSecs(-23 * 3600)));
        // Unprocessed and old: must be applied, never pruned.
        QVERIFY(inbox.append(message(u"wamid.stale"_s, u"3"_s), now.addDays(-5)) > 0);
    }
    QVERIFY(m_harness->start());
    QCOMPARE(m_harness->count(u"webhook_inbox"_s), 2);
    QCOMPARE(m_harness->count(u"messages"_s, u"wamid = 'wamid.stale'"_s), 1);
    // Marked processed without being applied again: only the stale one is a message.
    QCOMPARE(m_harness->count(u"messages"_s), 1);
}

void TestServerWebhookInbox::oneConversationChangedPerConversationPerBatch()
{
    QVERIFY(m_harness->start());
    QVERIFY(m_harness->addAgent(u"maria"_s, u"s3cret-maria"_s) > 0);
    ConsoleClient maria;
    QVERIFY(maria.open(m_harness->consoleUrl()));
    QVERIFY(maria.login(u"maria"_s, u"s3cret-maria"_s));
    maria.clearEvents();

    // Three messages of one customer in one POST, as Meta batches a burst.
    QJsonObject body = QJsonDocument::fromJson(message(u"wamid.b1"_s, u"um"_s)).object();
    QJsonObject entry = body.value(u"entry"_s).toArray().first().toObject();
    QJsonObject change = entry.value(u"changes"_s).toArray().first().toObject();
    QJsonObject value = change.value(u"value"_s).toObject();
    QJsonArray messages = value.value(u"messages"_s).toArray();
    for (const QString& id : {u"wamid.b2"_s, u"wamid.b3"_s}) {
        QJsonObject next = messages.first().toObject();
        next.insert(u"id"_s, id);
        next.insert(u"text"_s, QJsonObject {{u"body"_s, id}});
        messages.append(next);
    }
    value.insert(u"messages"_s, messages);
    change.insert(u"value"_s, value);
    entry.insert(u"changes"_s, QJsonArray {change});
    body.insert(u"entry"_s, QJsonArray {entry});
    QCOMPARE(m_harness->postWebhook(QJsonDocument(body).toJson(QJsonDocument::Compact)).status, 200);

    QVERIFY(maria.waitForEvent(u"conversation.changed"_s));
    QTRY_COMPARE(maria.events(u"message.created"_s).size(), 3);
    const QList<QJsonObject> changed = maria.events(u"conversation.changed"_s);
    QCOMPARE(changed.size(), 1);
    const QJsonObject conversation
        = changed.first().value(u"data"_s).toObject().value(u"conversation"_s).toObject();
    QCOMPARE(conversation.value(u"unread"_s).toInt(), 3);
    QCOMPARE(conversation.value(u"last_message"_s).toObject().value(u"preview"_s).toString(), u"wamid.b3"_s);
    QCOMPARE(conversation.value(u"contact"_s).toObject().value(u"name"_s).toString(), u"Ana Souza"_s);
}

QTEST_MAIN(TestServerWebhookInbox)
#include "tst_serverwebhookinbox.moc"

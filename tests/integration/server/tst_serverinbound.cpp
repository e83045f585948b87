#include "cloudapi/webhooksignature.h"
#include "consoleclient.h"
#include "serverharness.h"
#include "webhookbodies.h"

#include <QJsonArray>
#include <QTest>

using namespace Atendo;
using namespace Atendo::Test;
using namespace Qt::StringLiterals;

// Customer messages arriving through webhooks: every console sees them; a
// duplicated webhook stores one message; an unsigned or tampered one nothing.
class TestServerInbound : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void customerMessageReachesEveryConsole();
    void windowCountsFromTheMessageTimestamp();
    void duplicatedWebhookStoresOneMessage();
    void tamperedWebhookStoresNothing();
    void unsignedWebhookStoresNothing();
    void handshakeNeedsTheVerifyToken();
    void resolvedConversationReopensOnNewMessage();

private:
    std::unique_ptr<ServerHarness> m_harness;
};

void TestServerInbound::init()
{
    m_harness = std::make_unique<ServerHarness>();
    QVERIFY(m_harness->start());
    QVERIFY(m_harness->addAgent(u"maria"_s, u"s3cret-maria"_s) > 0);
    QVERIFY(m_harness->addAgent(u"joao"_s, u"s3cret-joao"_s) > 0);
}

void TestServerInbound::cleanup()
{
    m_harness.reset();
}

void TestServerInbound::customerMessageReachesEveryConsole()
{
    ConsoleClient maria;
    ConsoleClient joao;
    QVERIFY(maria.open(m_harness->consoleUrl()));
    QVERIFY(joao.open(m_harness->consoleUrl()));
    QVERIFY(maria.login(u"maria"_s, u"s3cret-maria"_s));
    QVERIFY(joao.login(u"joao"_s, u"s3cret-joao"_s));

    const QString wamid = m_harness->customerSays(u"5511987654321"_s, u"Vocês entregam no sábado?"_s);
    QVERIFY(!wamid.isEmpty());
    for (ConsoleClient* console : {&maria, &joao}) {
        QVERIFY(console->waitForEvent(u"message.created"_s, [&](const QJsonObject& data) {
            const QJsonObject message = data.value(u"message"_s).toObject();
            return message.value(u"wamid"_s).toString() == wamid
                && message.value(u"text"_s).toString() == u"Vocês entregam no sábado?"
                && message.value(u"direction"_s).toString() == u"in";
        }));
        QVERIFY(console->waitForEvent(u"conversation.changed"_s, [](const QJsonObject& data) {
            const QJsonObject conversation = data.value(u"conversation"_s).toObject();
            return conversation.value(u"contact"_s).toObject().value(u"phone"_s).toString()
                == u"+5511987654321"
                && conversation.value(u"state"_s).toString() == u"open"
                && conversation.value(u"assignee_id"_s).isNull()
                && conversation.value(u"unread"_s).toInt() == 1;
        }));
    }
    // Events carry strictly increasing sequence numbers.
    const QList<QJsonObject> events = maria.events();
    qint64 last = 0;
    for (const QJsonObject& event : events) {
        if (!event.contains(u"seq"_s))
            continue;
        QVERIFY(event.value(u"seq"_s).toInteger() > last);
        last = event.value(u"seq"_s).toInteger();
    }
    const QJsonArray working
        = maria.call(u"snapshot"_s).value(u"ok"_s).toObject().value(u"conversations"_s).toArray();
    QCOMPARE(working.size(), 1);
    const qint64 conversationId = working.first().toObject().value(u"id"_s).toInteger();
    const QJsonObject history
        = maria.call(u"messages.list"_s, {{u"conversation_id"_s, conversationId}}).value(u"ok"_s).toObject();
    QCOMPARE(history.value(u"items"_s).toArray().size(), 1);
    QCOMPARE(history.value(u"has_more"_s).toBool(), false);
}

void TestServerInbound::windowCountsFromTheMessageTimestamp()
{
    ConsoleClient maria;
    QVERIFY(maria.open(m_harness->consoleUrl()));
    QVERIFY(maria.login(u"maria"_s, u"s3cret-maria"_s));
    // Sent two hours ago, delivered now (Meta retried the webhook).
    const QDateTime sentAt = m_harness->clock.now().addSecs(-2 * 3600);
    const QByteArray body = WebhookBodies::textMessage(
        u"5511911112222"_s, u"Ana"_s, u"wamid.late-delivery-1"_s, u"Olá"_s, sentAt);
    QCOMPARE(m_harness->postWebhook(body).status, 200);
    QVERIFY(maria.waitForEvent(u"conversation.changed"_s, [&](const QJsonObject& data) {
        const QJsonObject window = data.value(u"conversation"_s).toObject().value(u"window"_s).toObject();
        return window.value(u"expires_at"_s).toString()
            == sentAt.addSecs(24 * 3600).toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s);
    }));
}

void TestServerInbound::duplicatedWebhookStoresOneMessage()
{
    const QByteArray body = WebhookBodies::textMessage(
        u"5511933334444"_s, u"Bia"_s, u"wamid.duplicate-1"_s, u"Oi"_s, m_harness->clock.now());
    QCOMPARE(m_harness->postWebhook(body).status, 200);
    QCOMPARE(m_harness->postWebhook(body).status, 200);
    QCOMPARE(m_harness->count(u"messages"_s), 1);
    QCOMPARE(m_harness->count(u"conversations"_s), 1);
    // A console resuming from the start sees one message.created, not two.
    ConsoleClient maria;
    QVERIFY(maria.open(m_harness->consoleUrl()));
    QVERIFY(maria.login(u"maria"_s, u"s3cret-maria"_s));
    ConsoleClient again;
    QVERIFY(again.open(m_harness->consoleUrl()));
    const QJsonObject resumed
        = again.call(u"resume"_s, {{u"token"_s, maria.token()}, {u"last_seq"_s, 0}, {u"protocol"_s, 1}});
    QCOMPARE(resumed.value(u"ok"_s).toObject().value(u"resync"_s).toBool(), false);
    QTRY_COMPARE(again.lastSeq(), resumed.value(u"ok"_s).toObject().value(u"last_seq"_s).toInteger());
    QCOMPARE(again.events(u"message.created"_s).size(), 1);
}

void TestServerInbound::tamperedWebhookStoresNothing()
{
    const QByteArray body = WebhookBodies::textMessage(
        u"5511955556666"_s, u"Caio"_s, u"wamid.tampered-1"_s, u"Pague aqui"_s, m_harness->clock.now());
    const QByteArray signature = WebhookSignature::sign(body, m_harness->config.appSecret.toUtf8());
    QByteArray tampered = body;
    tampered.replace("Pague aqui", "Pague ali!");
    const auto result = m_harness->post(
        m_harness->httpUrl(u"/webhooks/whatsapp"_s), tampered, {{"X-Hub-Signature-256"_ba, signature}});
    QCOMPARE(result.status, 403);
    const auto wrongSecret = m_harness->post(m_harness->httpUrl(u"/webhooks/whatsapp"_s), body,
        {{"X-Hub-Signature-256"_ba, WebhookSignature::sign(body, "another-secret")}});
    QCOMPARE(wrongSecret.status, 403);
    QCOMPARE(m_harness->count(u"messages"_s), 0);
    QCOMPARE(m_harness->count(u"contacts"_s), 0);
}

void TestServerInbound::unsignedWebhookStoresNothing()
{
    const QByteArray body = WebhookBodies::textMessage(
        u"5511977778888"_s, u"Duda"_s, u"wamid.unsigned-1"_s, u"Oi"_s, m_harness->clock.now());
    QCOMPARE(m_harness->post(m_harness->httpUrl(u"/webhooks/whatsapp"_s), body).status, 401);
    QCOMPARE(m_harness->count(u"messages"_s), 0);
}

void TestServerInbound::handshakeNeedsTheVerifyToken()
{
    const auto good = m_harness->get(m_harness->httpUrl(
        u"/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=sandbox-verify-token&hub.challenge=1158201444"_s));
    QCOMPARE(good.status, 200);
    QCOMPARE(good.body, "1158201444"_ba);
    const auto bad = m_harness->get(m_harness->httpUrl(
        u"/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1"_s));
    QCOMPARE(bad.status, 403);
}

void TestServerInbound::resolvedConversationReopensOnNewMessage()
{
    ConsoleClient maria;
    QVERIFY(maria.open(m_harness->consoleUrl()));
    QVERIFY(maria.login(u"maria"_s, u"s3cret-maria"_s));
    QVERIFY(!m_harness->customerSays(u"5511922223333"_s, u"Primeira"_s).isEmpty());
    QVERIFY(maria.waitForEvent(u"conversation.changed"_s));
    const qint64 id = maria.events(u"conversation.changed"_s)
                          .last()
                          .value(u"data"_s)
                          .toObject()
                          .value(u"conversation"_s)
                          .toObject()
                          .value(u"id"_s)
                          .toInteger();
    QVERIFY(maria.call(u"conversation.claim"_s, {{u"conversation_id"_s, id}}).contains(u"ok"_s));
    const QJsonObject resolved = maria.call(u"conversation.resolve"_s, {{u"conversation_id"_s, id}});
    QCOMPARE(
        resolved.value(u"ok"_s).toObject().value(u"conversation"_s).toObject().value(u"state"_s).toString(),
        u"resolved"_s);
    QVERIFY(!m_harness->customerSays(u"5511922223333"_s, u"Voltei"_s).isEmpty());
    QVERIFY(maria.waitForEvent(u"conversation.changed"_s, [&](const QJsonObject& data) {
        const QJsonObject conversation = data.value(u"conversation"_s).toObject();
        return conversation.value(u"id"_s).toInteger() == id
            && conversation.value(u"state"_s).toString() == u"open"
            && conversation.value(u"last_message"_s).toObject().value(u"preview"_s).toString() == u"Voltei";
    }));
    QCOMPARE(m_harness->count(u"conversations"_s), 1);
}

QTEST_GUILESS_MAIN(TestServerInbound)
#include "tst_serverinbound.moc"

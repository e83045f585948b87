#include "cloudapi/webhooksignature.h"
#include "server/server.h"
#include "serverharness.h"
#include "store/database.h"
#include "webhookbodies.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSqlQuery>
#include <QTest>

using namespace Atendo;
using namespace Atendo::Test;
using namespace Qt::StringLiterals;

// Back-pressure on the webhook inbox: past [webhooks] max_pending rows waiting
// to be applied, a signed POST is answered 503 with Retry-After and nothing of
// it is stored; once the inbox has drained, Meta's redelivery is accepted.
class TestServerWebhookBackpressure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void fullInboxRefusesUntilDrained();
    void noLimitWhenZero();

private:
    struct Answer
    {
        int status = 0;
        QByteArray retryAfter;
    };
    Answer postSigned(const QByteArray& body);
    QByteArray message(const QString& wamid) const;
    // Keeps the server from applying the inbox (its marking fails, so every
    // attempt rolls back), as if it were far behind; POSTs are still stored.
    bool holdInbox(bool hold);
    std::unique_ptr<ServerHarness> m_harness;
};

void TestServerWebhookBackpressure::init()
{
    m_harness = std::make_unique<ServerHarness>();
}

void TestServerWebhookBackpressure::cleanup()
{
    m_harness.reset();
}

TestServerWebhookBackpressure::Answer TestServerWebhookBackpressure::postSigned(const QByteArray& body)
{
    QNetworkRequest request(m_harness->httpUrl(u"/webhooks/whatsapp"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    request.setRawHeader(
        "X-Hub-Signature-256"_ba, WebhookSignature::sign(body, m_harness->config.appSecret.toUtf8()));
    QNetworkReply* reply = m_harness->network.post(request, body);
    (void)QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000);
    Answer answer {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
        reply->rawHeader("Retry-After"_ba)};
    reply->deleteLater();
    return answer;
}

QByteArray TestServerWebhookBackpressure::message(const QString& wamid) const
{
    return WebhookBodies::textMessage(
        u"5511988887777"_s, u"Ana Souza"_s, wamid, u"Olá"_s, m_harness->clock.now().addSecs(-5));
}

bool TestServerWebhookBackpressure::holdInbox(bool hold)
{
    QSqlQuery query(m_harness->server->database().db());
    return query.exec(hold ? u"CREATE TRIGGER hold_inbox BEFORE UPDATE OF processed_at ON webhook_inbox "
                             "BEGIN SELECT RAISE(ABORT, 'held by the test'); END"_s
                           : u"DROP TRIGGER hold_inbox"_s);
}

void TestServerWebhookBackpressure::fullInboxRefusesUntilDrained()
{
    m_harness->config.webhookMaxPending = 2;
    m_harness->config.webhookRetryAfterSeconds = 7;
    QVERIFY(m_harness->start());
    QVERIFY(holdInbox(true));

    // Up to the limit: stored and answered as usual, though not applied.
    QCOMPARE(postSigned(message(u"wamid.bp1"_s)).status, 200);
    QCOMPARE(postSigned(message(u"wamid.bp2"_s)).status, 200);
    QCOMPARE(m_harness->count(u"webhook_inbox"_s, u"processed_at IS NULL"_s), 2);
    QCOMPARE(m_harness->count(u"messages"_s), 0);

    // One more: refused with a hint when to retry, and nothing of it kept.
    const QByteArray third = message(u"wamid.bp3"_s);
    const Answer refused = postSigned(third);
    QCOMPARE(refused.status, 503);
    QCOMPARE(refused.retryAfter, "7"_ba);
    QCOMPARE(m_harness->count(u"webhook_inbox"_s), 2);
    const QByteArray metrics = m_harness->get(m_harness->httpUrl(u"/metrics"_s)).body;
    QVERIFY2(metrics.contains("atendo_webhook_refused_total{reason=\"backlog\"} 1\n"), metrics.constData());
    QVERIFY(metrics.contains("atendo_webhook_inbox_pending 2\n"));

    // The server catches up (its retry), and Meta's redelivery is accepted.
    QVERIFY(holdInbox(false));
    QTRY_COMPARE(m_harness->count(u"webhook_inbox"_s, u"processed_at IS NULL"_s), 0);
    QCOMPARE(m_harness->count(u"messages"_s), 2);
    QCOMPARE(postSigned(third).status, 200);
    QTRY_COMPARE(m_harness->count(u"messages"_s, u"wamid = 'wamid.bp3'"_s), 1);
    QCOMPARE(m_harness->count(u"messages"_s), 3);
    QCOMPARE(m_harness->count(u"conversations"_s), 1);
}

void TestServerWebhookBackpressure::noLimitWhenZero()
{
    m_harness->config.webhookMaxPending = 0;
    QVERIFY(m_harness->start());
    QVERIFY(holdInbox(true));
    for (int i = 0; i < 5; ++i)
        QCOMPARE(postSigned(message(u"wamid.free%1"_s.arg(i))).status, 200);
    QCOMPARE(m_harness->count(u"webhook_inbox"_s, u"processed_at IS NULL"_s), 5);
    QVERIFY(holdInbox(false));
    QTRY_COMPARE(m_harness->count(u"messages"_s), 5);
}

QTEST_MAIN(TestServerWebhookBackpressure)
#include "tst_serverwebhookbackpressure.moc"

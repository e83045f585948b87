#include "tst_webhookverification.h"

#include "cloudapi/webhookverification.h"

#include <QTest>
#include <QUrl>

using namespace Atendo;
using namespace Qt::StringLiterals;

namespace {
// What the HTTP server hands over: the query exactly as it arrived on the wire.
QUrlQuery queryOf(const QString& encoded)
{
    return QUrlQuery(QUrl(u"https://desk.example/webhooks/whatsapp?"_s + encoded));
}
} // namespace

void TestWebhookVerification::echoesChallengeForMetaExample()
{
    const auto answer = WebhookVerification::answer(
        queryOf(u"hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=my-secret"_s), u"my-secret"_s);
    QVERIFY(answer.has_value());
    QCOMPARE(*answer, QByteArray("1158201444"));
}

void TestWebhookVerification::echoesStringChallengeUnchanged()
{
    const auto answer = WebhookVerification::answer(
        queryOf(u"hub.verify_token=tok%20en&hub.challenge=aZ-09_x.y~&hub.mode=subscribe"_s), u"tok en"_s);
    QVERIFY(answer.has_value());
    QCOMPARE(*answer, QByteArray("aZ-09_x.y~"));
}

void TestWebhookVerification::refuses_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("configured");
    QTest::newRow("wrong token") << u"hub.mode=subscribe&hub.challenge=42&hub.verify_token=my-secreT"_s
                                 << u"my-secret"_s;
    QTest::newRow("token prefix") << u"hub.mode=subscribe&hub.challenge=42&hub.verify_token=my-"_s
                                  << u"my-secret"_s;
    QTest::newRow("missing token") << u"hub.mode=subscribe&hub.challenge=42"_s << u"my-secret"_s;
    QTest::newRow("wrong mode") << u"hub.mode=unsubscribe&hub.challenge=42&hub.verify_token=my-secret"_s
                                << u"my-secret"_s;
    QTest::newRow("missing mode") << u"hub.challenge=42&hub.verify_token=my-secret"_s << u"my-secret"_s;
    QTest::newRow("missing challenge")
        << u"hub.mode=subscribe&hub.verify_token=my-secret"_s << u"my-secret"_s;
    QTest::newRow("empty challenge") << u"hub.mode=subscribe&hub.challenge=&hub.verify_token=my-secret"_s
                                     << u"my-secret"_s;
    QTest::newRow("nothing configured")
        << u"hub.mode=subscribe&hub.challenge=42&hub.verify_token="_s << QString();
    QTest::newRow("PHP-style underscores")
        << u"hub_mode=subscribe&hub_challenge=42&hub_verify_token=my-secret"_s << u"my-secret"_s;
}

void TestWebhookVerification::refuses()
{
    QFETCH(QString, query);
    QFETCH(QString, configured);
    QVERIFY(!WebhookVerification::answer(queryOf(query), configured).has_value());
}

void TestWebhookVerification::challengeQueryIsAnsweredByAnswer()
{
    const QUrlQuery query = WebhookVerification::challengeQuery(u"s3cret&=+"_s, u"998877"_s);
    QCOMPARE(query.queryItemValue(u"hub.mode"_s), u"subscribe"_s);
    // Round trip through a real URL, as the sandbox's GET does.
    QUrl url(u"http://127.0.0.1:1/webhooks/whatsapp"_s);
    url.setQuery(query);
    const auto answer = WebhookVerification::answer(QUrlQuery(url), u"s3cret&=+"_s);
    QVERIFY(answer.has_value());
    QCOMPARE(*answer, QByteArray("998877"));
}

void TestWebhookVerification::challengeQueryWithOtherModeIsRefused()
{
    const QUrlQuery query = WebhookVerification::challengeQuery(u"t"_s, u"1"_s, u"unsubscribe"_s);
    QVERIFY(!WebhookVerification::answer(query, u"t"_s).has_value());
}

QTEST_GUILESS_MAIN(TestWebhookVerification)

#include "tst_cloudapierror.h"

#include "cloudapi/cloudapierror.h"

#include <QJsonDocument>
#include <QTest>

using namespace Atendo;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Atendo::ErrorClass)

void TestCloudApiError::parsesGraphErrorBody()
{
    const QByteArray body
        = R"({"error":{"message":"(#131047) Re-engagement message","type":"OAuthException","code":131047,)"
          R"("error_data":{"messaging_product":"whatsapp","details":"Message failed to send because more than )"
          R"(24 hours have passed since the customer last replied to this number."},"fbtrace_id":"AbCdEf123"}})";
    const CloudApiError e = CloudApiError::fromGraphBody(400, body);
    QCOMPARE(e.code, 131047);
    QCOMPARE(e.httpStatus, 400);
    QCOMPARE(e.message, u"(#131047) Re-engagement message"_s);
    QCOMPARE(e.type, u"OAuthException"_s);
    QVERIFY(e.details.startsWith(u"Message failed to send"_s));
    QCOMPARE(e.fbtraceId, u"AbCdEf123"_s);
    QCOMPARE(e.errorClass(), ErrorClass::ReEngagement);
    QVERIFY(!e.isRetryable());
}

void TestCloudApiError::parsesWebhookErrorItem()
{
    const QJsonObject item = QJsonDocument::fromJson(
        R"({"code":131026,"title":"Message undeliverable","message":"Message undeliverable",)"
        R"("error_data":{"details":"Receiver is incapable of receiving this message"},)"
        R"("href":"https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/"})")
                                 .object();
    const CloudApiError e = CloudApiError::fromWebhookError(item);
    QCOMPARE(e.code, 131026);
    QCOMPARE(e.title, u"Message undeliverable"_s);
    QCOMPARE(e.message, u"Message undeliverable"_s);
    QCOMPARE(e.details, u"Receiver is incapable of receiving this message"_s);
    QVERIFY(e.href.endsWith(u"error-codes/"_s));
    QCOMPARE(e.httpStatus, 0);
    QCOMPARE(e.errorClass(), ErrorClass::Undeliverable);
}

void TestCloudApiError::unreadableBodiesStillYieldAnError_data()
{
    QTest::addColumn<int>("http");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("retryable");
    QTest::newRow("502 html") << 502 << QByteArray("<html>Bad Gateway</html>") << true;
    QTest::newRow("503 empty") << 503 << QByteArray() << true;
    QTest::newRow("429 no code") << 429 << QByteArray("{}") << true;
    QTest::newRow("400 no code") << 400 << QByteArray(R"({"something":"else"})") << false;
    QTest::newRow("401 text") << 401 << QByteArray("unauthorized") << false;
}

void TestCloudApiError::unreadableBodiesStillYieldAnError()
{
    QFETCH(int, http);
    QFETCH(QByteArray, body);
    QFETCH(bool, retryable);
    const CloudApiError e = CloudApiError::fromGraphBody(http, body);
    QCOMPARE(e.code, 0);
    QCOMPARE(e.httpStatus, http);
    QVERIFY(e.message.contains(QString::number(http)));
    QCOMPARE(e.isRetryable(), retryable);
}

void TestCloudApiError::networkFailureIsRetryable()
{
    const CloudApiError e = CloudApiError::network(u"Connection refused"_s);
    QCOMPARE(e.code, 0);
    QCOMPARE(e.httpStatus, 0);
    QCOMPARE(e.message, u"Connection refused"_s);
    QVERIFY(e.isRetryable());
}

// Every code of cloudapi.md section 3, at the HTTP statuses the sources disagree on.
void TestCloudApiError::classification_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("http");
    QTest::addColumn<ErrorClass>("expected");
    const auto row = [](int code, int http, ErrorClass expected) {
        QTest::addRow("%d at HTTP %d", code, http) << code << http << expected;
    };
    for (int http : {400, 429}) {
        row(130429, http, ErrorClass::Retryable);
        row(131056, http, ErrorClass::Retryable);
        row(80007, http, ErrorClass::Retryable);
    }
    row(131057, 400, ErrorClass::Retryable);
    row(1, 500, ErrorClass::Retryable);
    row(2, 503, ErrorClass::Retryable);
    row(2, 400, ErrorClass::Retryable);
    row(4, 400, ErrorClass::Retryable);
    row(0, 0, ErrorClass::Retryable);
    row(0, 500, ErrorClass::Retryable);
    row(0, 504, ErrorClass::Retryable);
    row(0, 400, ErrorClass::Permanent);
    row(0, 404, ErrorClass::Permanent);
    row(131047, 400, ErrorClass::ReEngagement);
    row(131047, 0, ErrorClass::ReEngagement);
    row(131026, 400, ErrorClass::Undeliverable);
    row(131026, 0, ErrorClass::Undeliverable);
    row(131050, 0, ErrorClass::MarketingStopped);
    row(131050, 400, ErrorClass::MarketingStopped);
    row(131049, 0, ErrorClass::PerUserMarketingCap);
    row(132000, 400, ErrorClass::TemplateProblem);
    row(132001, 404, ErrorClass::TemplateProblem);
    row(132012, 400, ErrorClass::TemplateProblem);
    row(132015, 400, ErrorClass::TemplateProblem);
    row(132016, 400, ErrorClass::TemplateProblem);
    // Spam limit is about quality: retrying makes it worse.
    row(131048, 400, ErrorClass::Permanent);
    row(131062, 400, ErrorClass::Permanent);
    row(100, 400, ErrorClass::Permanent);
    row(190, 401, ErrorClass::Permanent);
    // A known permanent code stays permanent whatever the status says.
    row(100, 429, ErrorClass::Permanent);
    row(131047, 500, ErrorClass::ReEngagement);
}

void TestCloudApiError::classification()
{
    QFETCH(int, code);
    QFETCH(int, http);
    QFETCH(ErrorClass, expected);
    QCOMPARE(CloudApiError::classify(code, http), expected);
    CloudApiError e;
    e.code = code;
    e.httpStatus = http;
    QCOMPARE(e.isRetryable(), expected == ErrorClass::Retryable);
}

void TestCloudApiError::graphJsonRoundTrips()
{
    CloudApiError e;
    e.code = 130429;
    e.message = u"(#130429) Rate limit hit"_s;
    e.details = u"Cloud API message throughput has been reached."_s;
    e.fbtraceId = u"trace-1"_s;
    e.httpStatus = 429;
    const QJsonObject json = e.toGraphJson();
    const QJsonObject inner = json.value("error"_L1).toObject();
    QCOMPARE(inner.value("code"_L1).toInt(), 130429);
    QCOMPARE(inner.value("type"_L1).toString(), u"OAuthException"_s);
    QCOMPARE(inner.value("error_data"_L1).toObject().value("messaging_product"_L1).toString(), u"whatsapp"_s);
    QCOMPARE(inner.value("fbtrace_id"_L1).toString(), u"trace-1"_s);
    const CloudApiError back
        = CloudApiError::fromGraphBody(429, QJsonDocument(json).toJson(QJsonDocument::Compact));
    QCOMPARE(back.code, e.code);
    QCOMPARE(back.message, e.message);
    QCOMPARE(back.details, e.details);
    QCOMPARE(back.fbtraceId, e.fbtraceId);
    QCOMPARE(back.type, u"OAuthException"_s);
}

void TestCloudApiError::webhookJsonRoundTrips()
{
    CloudApiError e;
    e.code = 131050;
    e.title = u"Unable to deliver the message."_s;
    e.message = e.title;
    e.details
        = u"This recipient has chosen to stop receiving marketing messages on WhatsApp from your business."_s;
    e.href = u"https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/"_s;
    QCOMPARE(CloudApiError::fromWebhookError(e.toWebhookJson()), e);
}

QTEST_GUILESS_MAIN(TestCloudApiError)

#include "tst_webhookparser.h"

#include "cloudapi/webhookparser.h"

#include <QFile>
#include <QTest>

using namespace Atendo;
using namespace Qt::StringLiterals;

namespace {

QByteArray fixture(const QString& name)
{
    QFile file(QStringLiteral(CLOUDAPI_TEST_DATA) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

QByteArray messagesChange(const QByteArray& valueBody)
{
    return R"({"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{)"
        + valueBody + "}}]}]}";
}

QByteArray textItem(int n)
{
    return R"({"from":"16505551234","id":"wamid.)" + QByteArray::number(n)
        + R"(","timestamp":"1749416383","type":"text","text":{"body":")" + QByteArray(1000, 'x') + "\"}}";
}

} // namespace

void TestWebhookParser::batchIsFlattenedAcrossEntriesChangesAndItems()
{
    const WebhookParseResult r = WebhookParser::parse(fixture(u"batch.json"_s));
    QVERIFY(r.ok());
    const WebhookBatch& b = *r.batch;
    QCOMPARE(b.messages.size(), 3);
    QCOMPARE(b.messages.at(0).wamid, u"wamid.A1"_s);
    QCOMPARE(b.messages.at(1).profileName, u"Marcos Lima"_s);
    QCOMPARE(b.messages.at(2).wamid, u"wamid.B1"_s);
    QCOMPARE(b.messages.at(2).type, InboundType::Image);
    // Each item keeps the entry and number it came from.
    QCOMPARE(b.messages.at(0).origin.wabaId, u"102290129340398"_s);
    QCOMPARE(b.messages.at(2).origin.wabaId, u"200000000000002"_s);
    QCOMPARE(b.messages.at(2).origin.phoneNumberId, u"300000000000003"_s);
    QCOMPARE(b.messages.at(2).origin.displayPhoneNumber, u"15550009999"_s);

    QCOMPARE(b.statuses.size(), 3);
    QCOMPARE(b.statuses.at(0).status, DeliveryStatus::Sent);
    QCOMPARE(b.statuses.at(1).status, DeliveryStatus::Delivered);
    QCOMPARE(b.statuses.at(1).wamid, b.statuses.at(0).wamid);
    QCOMPARE(b.statuses.at(2).origin.phoneNumberId, u"300000000000003"_s);

    QCOMPARE(b.errors.size(), 1);
    QCOMPARE(b.errors.first().code, 131000);
    QCOMPARE(b.errors.first().details, u"Unknown error"_s);

    // account_alerts is not handled: reported, not fatal.
    QCOMPARE(b.warnings.size(), 1);
    QVERIFY(b.warnings.first().contains(u"account_alerts"_s));
    QVERIFY(!b.isEmpty());
}

void TestWebhookParser::templateStatusEvents()
{
    const WebhookParseResult r = WebhookParser::parse(fixture(u"template_status.json"_s));
    QVERIFY(r.ok());
    QVERIFY(r.batch->warnings.isEmpty());
    QCOMPARE(r.batch->templateStatuses.size(), 2);
    const TemplateStatusEvent& rejected = r.batch->templateStatuses.at(0);
    QCOMPARE(rejected.event, u"REJECTED"_s);
    QCOMPARE(rejected.templateId, u"594425479261596"_s);
    QCOMPARE(rejected.name, u"order_confirmation"_s);
    QCOMPARE(rejected.language, u"en_US"_s);
    QCOMPARE(rejected.reason, u"INVALID_FORMAT"_s);
    QCOMPARE(rejected.category, u"UTILITY"_s);
    QCOMPARE(rejected.rejectionReason, u"Adjacent parameters"_s);
    QCOMPARE(rejected.rejectionRecommendation, u"Add text between {{1}} and {{2}}"_s);
    QCOMPARE(rejected.origin.wabaId, u"102290129340398"_s);
    QCOMPARE(rejected.time, QDateTime::fromSecsSinceEpoch(1674864290, Qt::UTC));
    const TemplateStatusEvent& paused = r.batch->templateStatuses.at(1);
    QCOMPARE(paused.event, u"PAUSED"_s);
    QVERIFY(paused.reason.isEmpty());
    QCOMPARE(paused.otherInfoTitle, u"FIRST_PAUSE"_s);
    QVERIFY(paused.otherInfoDescription.contains(u"3 hours"_s));
}

void TestWebhookParser::templateQualityEvent()
{
    const WebhookParseResult r = WebhookParser::parse(fixture(u"template_quality.json"_s));
    QVERIFY(r.ok());
    QCOMPARE(r.batch->templateQualities.size(), 1);
    const TemplateQualityEvent& q = r.batch->templateQualities.first();
    QCOMPARE(q.templateId, u"806312974732579"_s);
    QCOMPARE(q.name, u"winter_sale"_s);
    QCOMPARE(q.language, u"pt_BR"_s);
    QCOMPARE(q.previousQualityScore, u"GREEN"_s);
    QCOMPARE(q.newQualityScore, u"YELLOW"_s);
    QCOMPARE(q.origin.wabaId, u"102290129340398"_s);
    QCOMPARE(q.time, QDateTime::fromSecsSinceEpoch(1674864290, Qt::UTC));
}

void TestWebhookParser::userPreferencesStopAndResume()
{
    const WebhookParseResult r = WebhookParser::parse(fixture(u"user_preferences.json"_s));
    QVERIFY(r.ok());
    QVERIFY(r.batch->warnings.isEmpty());
    QCOMPARE(r.batch->userPreferences.size(), 2);
    const UserPreferenceEvent& stop = r.batch->userPreferences.at(0);
    QCOMPARE(stop.waId, u"16505551234"_s);
    QVERIFY(stop.isStop());
    QCOMPARE(stop.category, u"marketing_messages"_s);
    QCOMPARE(stop.detail, u"User requested to stop marketing messages"_s);
    QCOMPARE(stop.timestamp, QDateTime(QDate(2024, 11, 15), QTime(21, 22, 1), Qt::UTC));
    QCOMPARE(stop.origin.phoneNumberId, u"106540352242922"_s);
    const UserPreferenceEvent& resume = r.batch->userPreferences.at(1);
    QVERIFY(resume.isResume());
    QCOMPARE(resume.contactKey(), u"BR.5511"_s);
    QCOMPARE(resume.timestamp, QDateTime::fromSecsSinceEpoch(1731705800, Qt::UTC));
}

void TestWebhookParser::refusedBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("truncated JSON") << fixture(u"batch.json"_s).left(700);
    QTest::newRow("not JSON") << QByteArray("hub.mode=subscribe");
    QTest::newRow("top-level array") << QByteArray(R"([{"object":"whatsapp_business_account"}])");
    QTest::newRow("top-level string") << QByteArray(R"("whatsapp_business_account")");
    QTest::newRow("other object") << QByteArray(R"({"object":"page","entry":[]})");
    QTest::newRow("object missing") << QByteArray(R"({"entry":[]})");
    QTest::newRow("object not a string") << QByteArray(R"({"object":1,"entry":[]})");
    QTest::newRow("entry not an array") << QByteArray(R"({"object":"whatsapp_business_account","entry":{}})");
    QTest::newRow("entry missing") << QByteArray(R"({"object":"whatsapp_business_account"})");
}

void TestWebhookParser::refusedBodies()
{
    QFETCH(QByteArray, body);
    const WebhookParseResult r = WebhookParser::parse(body);
    QVERIFY(!r.ok());
    QVERIFY(!r.error.isEmpty());
}

void TestWebhookParser::emptyEntryListIsAnEmptyBatch()
{
    const WebhookParseResult r = WebhookParser::parse(R"({"object":"whatsapp_business_account","entry":[]})");
    QVERIFY(r.ok());
    QVERIFY(r.batch->isEmpty());
    QVERIFY(r.batch->warnings.isEmpty());
}

void TestWebhookParser::wrongTypesInsideAreSkippedWithWarnings_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("messages");
    QTest::newRow("messages is an object")
        << messagesChange(R"("messages":{"id":"wamid.1","type":"text"})") << 0;
    QTest::newRow("messages item is a string")
        << messagesChange(R"("messages":["wamid.1",)" + textItem(2) + "]") << 1;
    QTest::newRow("message without id") << messagesChange(
        R"("messages":[{"from":"1","timestamp":"1","type":"text","text":{"body":"x"}},)" + textItem(2) + "]")
                                        << 1;
    QTest::newRow("message id is an object")
        << messagesChange(R"("messages":[{"id":{"x":1},"type":"text"}])") << 0;
    QTest::newRow("contacts is a string")
        << messagesChange(R"("contacts":"x","messages":[)" + textItem(1) + "]") << 1;
    QTest::newRow("statuses is a number") << messagesChange(R"("statuses":5)") << 0;
    QTest::newRow("value is an array") << QByteArray(
        R"({"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":[]}]}]})")
                                       << 0;
    QTest::newRow("change is a number")
        << QByteArray(R"({"object":"whatsapp_business_account","entry":[{"id":"1","changes":[7]}]})") << 0;
    QTest::newRow("entry is null") << QByteArray(R"({"object":"whatsapp_business_account","entry":[null]})")
                                   << 0;
    QTest::newRow("changes is a string")
        << QByteArray(R"({"object":"whatsapp_business_account","entry":[{"id":"1","changes":"messages"}]})")
        << 0;
    QTest::newRow("template event without template") << QByteArray(
        R"({"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"message_template_status_update","value":{"event":"APPROVED"}}]}]})")
                                                     << 0;
    QTest::newRow("preference naming nobody") << QByteArray(
        R"({"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"user_preferences","value":{"user_preferences":[{"value":"stop"}]}}]}]})")
                                              << 0;
}

void TestWebhookParser::wrongTypesInsideAreSkippedWithWarnings()
{
    QFETCH(QByteArray, body);
    QFETCH(int, messages);
    const WebhookParseResult r = WebhookParser::parse(body);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.batch->messages.size(), messages);
    QVERIFY(r.batch->statuses.isEmpty());
    QVERIFY(r.batch->templateStatuses.isEmpty());
    QVERIFY(r.batch->userPreferences.isEmpty());
    QCOMPARE(r.batch->warnings.size(), 1);
}

void TestWebhookParser::bodyOfThreeMegabytesIsParsed()
{
    // Meta's documented maximum: ~3,000 messages of 1 kB each in one change.
    QByteArray items;
    int n = 0;
    while (items.size() < 3 * 1000 * 1000 - 2000) {
        if (n > 0)
            items += ',';
        items += textItem(n++);
    }
    const QByteArray body = messagesChange(R"("messages":[)" + items + "]");
    QVERIFY(body.size() > 2'990'000);
    const WebhookParseResult r = WebhookParser::parse(body);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.batch->messages.size(), n);
    QCOMPARE(r.batch->messages.last().wamid, u"wamid.%1"_s.arg(n - 1));
}

void TestWebhookParser::bodyBeyondTheLimitIsRefused()
{
    QByteArray padding(WebhookParser::maxBodySize, ' ');
    const QByteArray body = R"({"object":"whatsapp_business_account","entry":[]})" + padding;
    const WebhookParseResult r = WebhookParser::parse(body);
    QVERIFY(!r.ok());
    QVERIFY(r.error.contains(u"limit"_s));
}

void TestWebhookParser::deeplyNestedGarbageDoesNotCrash()
{
    const QByteArray body = QByteArray(100000, '[') + QByteArray(100000, ']');
    QVERIFY(!WebhookParser::parse(body).ok());
}

QTEST_GUILESS_MAIN(TestWebhookParser)

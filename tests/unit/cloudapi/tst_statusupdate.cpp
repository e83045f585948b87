#include "tst_statusupdate.h"

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

QByteArray envelope(const QByteArray& statusesJson)
{
    return R"({"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"field":"messages",)"
           R"("value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881",)"
           R"("phone_number_id":"106540352242922"},"statuses":)"
        + statusesJson + "}}]}]}";
}

StatusUpdate only(const QByteArray& statusesJson)
{
    const WebhookParseResult result = WebhookParser::parse(envelope(statusesJson));
    if (!result.ok() || result.batch->statuses.size() != 1) {
        qWarning() << "unexpected parse:" << result.error;
        return {};
    }
    return result.batch->statuses.first();
}

} // namespace

void TestStatusUpdate::deliveredFromMetaExample()
{
    const WebhookParseResult r = WebhookParser::parse(fixture(u"status_delivered.json"_s));
    QVERIFY(r.ok());
    QCOMPARE(r.batch->statuses.size(), 1);
    QVERIFY(r.batch->messages.isEmpty());
    QVERIFY(r.batch->warnings.isEmpty());
    const StatusUpdate& s = r.batch->statuses.first();
    QCOMPARE(s.wamid, u"wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI3MTE5MjVBOTE3MDk5QUVFM0YA"_s);
    QCOMPARE(s.status, DeliveryStatus::Delivered);
    QCOMPARE(s.statusName, u"delivered"_s);
    QCOMPARE(s.timestamp, QDateTime(QDate(2025, 6, 18), QTime(16, 22, 53), Qt::UTC));
    QCOMPARE(s.recipientId, u"16505551234"_s);
    QCOMPARE(s.bizOpaqueCallbackData, u"order-42"_s);
    QVERIFY(s.pricing.present);
    QCOMPARE(s.pricing.billable, std::optional<bool>(false));
    QCOMPARE(s.pricing.pricingModel, u"PMP"_s);
    QCOMPARE(s.pricing.type, u"free_customer_service"_s);
    QCOMPARE(s.pricing.category, u"service"_s);
    QVERIFY(!s.conversation.present);
    QVERIFY(s.errors.isEmpty());
    QCOMPARE(s.origin.phoneNumberId, u"106540352242922"_s);
    QCOMPARE(s.origin.wabaId, u"102290129340398"_s);
}

void TestStatusUpdate::sentWithRegularMarketingPricingAndConversation()
{
    const StatusUpdate s = only(
        R"([{"id":"wamid.M","status":"sent","timestamp":"1750263700","recipient_id":"16505551234",)"
        R"("conversation":{"id":"c0ffee","expiration_timestamp":"1750350100","origin":{"type":"marketing"}},)"
        R"("pricing":{"billable":true,"pricing_model":"PMP","type":"regular","category":"marketing"}}])");
    QCOMPARE(s.status, DeliveryStatus::Sent);
    QCOMPARE(s.pricing.billable, std::optional<bool>(true));
    QCOMPARE(s.pricing.type, u"regular"_s);
    QCOMPARE(s.pricing.category, u"marketing"_s);
    QVERIFY(s.conversation.present);
    QCOMPARE(s.conversation.id, u"c0ffee"_s);
    QCOMPARE(s.conversation.expiresAt, QDateTime::fromSecsSinceEpoch(1750350100, Qt::UTC));
    QCOMPARE(s.conversation.originType, u"marketing"_s);
}

void TestStatusUpdate::readFromFreeEntryPointWithCbp()
{
    const StatusUpdate s = only(
        R"([{"id":"wamid.F","status":"read","timestamp":"1750263800","recipient_id":"16505551234",)"
        R"("conversation":{"id":"fep1","origin":{"type":"referral_conversion"}},)"
        R"("pricing":{"pricing_model":"CBP","type":"free_entry_point","category":"referral_conversion"}}])");
    QCOMPARE(s.status, DeliveryStatus::Read);
    QCOMPARE(s.pricing.pricingModel, u"CBP"_s);
    QCOMPARE(s.pricing.type, u"free_entry_point"_s);
    QCOMPARE(s.pricing.category, u"referral_conversion"_s);
    // Newer versions drop billable: "unknown", not "free".
    QVERIFY(!s.pricing.billable.has_value());
    QCOMPARE(s.conversation.originType, u"referral_conversion"_s);
    QVERIFY(!s.conversation.expiresAt.isValid());
}

void TestStatusUpdate::failedWithError()
{
    const StatusUpdate s = only(
        R"([{"id":"wamid.X","status":"failed","timestamp":"1750263900","recipient_id":"16505551234",)"
        R"("biz_opaque_callback_data":"campaign-7",)"
        R"("errors":[{"code":131047,"title":"Re-engagement message","message":"Re-engagement message",)"
        R"("error_data":{"details":"Message failed to send because more than 24 hours have passed"},)"
        R"("href":"https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/"}]}])");
    QCOMPARE(s.status, DeliveryStatus::Failed);
    QVERIFY(!s.pricing.present);
    QCOMPARE(s.bizOpaqueCallbackData, u"campaign-7"_s);
    QCOMPARE(s.errors.size(), 1);
    QCOMPARE(s.errors.first().code, 131047);
    QCOMPARE(s.errors.first().errorClass(), ErrorClass::ReEngagement);
    QCOMPARE(s.errors.first().title, u"Re-engagement message"_s);
    QVERIFY(s.errors.first().details.contains(u"24 hours"_s));
}

void TestStatusUpdate::bsuidRecipient()
{
    const StatusUpdate s = only(R"([{"id":"wamid.U","status":"delivered","timestamp":"1750263900",)"
                                R"("recipient_id":"16505551234","recipient_user_id":"US.1349"}])");
    QCOMPARE(s.recipientUserId, u"US.1349"_s);
    const StatusUpdate byUserIdOnly = only(R"([{"id":"wamid.V","status":"delivered",)"
                                           R"("timestamp":"1750263900","user_id":"US.77"}])");
    QVERIFY(byUserIdOnly.recipientId.isEmpty());
    QCOMPARE(byUserIdOnly.recipientUserId, u"US.77"_s);
}

void TestStatusUpdate::unknownStatusIsKeptWithWarning()
{
    const WebhookParseResult r
        = WebhookParser::parse(envelope(R"([{"id":"wamid.P","status":"played","timestamp":"1750263900"}])"));
    QVERIFY(r.ok());
    QCOMPARE(r.batch->statuses.size(), 1);
    QCOMPARE(r.batch->statuses.first().status, DeliveryStatus::Unknown);
    QCOMPARE(r.batch->statuses.first().statusName, u"played"_s);
    QCOMPARE(r.batch->warnings.size(), 1);
}

void TestStatusUpdate::statusWithoutIdIsSkipped()
{
    const WebhookParseResult r = WebhookParser::parse(
        envelope(R"([{"status":"sent","timestamp":"1"},{"id":"wamid.ok","status":"sent","timestamp":"1"}])"));
    QVERIFY(r.ok());
    QCOMPARE(r.batch->statuses.size(), 1);
    QCOMPARE(r.batch->statuses.first().wamid, u"wamid.ok"_s);
    QCOMPARE(r.batch->warnings.size(), 1);
}

void TestStatusUpdate::statusNamesRoundTrip()
{
    for (auto s :
        {DeliveryStatus::Sent, DeliveryStatus::Delivered, DeliveryStatus::Read, DeliveryStatus::Failed})
        QCOMPARE(StatusUpdate::statusFromName(StatusUpdate::nameOfStatus(s)), s);
}

QTEST_GUILESS_MAIN(TestStatusUpdate)

#include "tst_inboundmessage.h"

#include "cloudapi/webhookparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Atendo;
using namespace Qt::StringLiterals;

namespace {

// Wraps messages[] items (and contacts[]) in the documented envelope, so each
// test shows only the item shape Meta documents for that type.
QByteArray envelope(const QByteArray& messagesJson, const QByteArray& contactsJson = {})
{
    const QByteArray contacts = contactsJson.isEmpty()
        ? QByteArray(R"([{"profile":{"name":"Sheena Nelson"},"wa_id":"16505551234"}])")
        : contactsJson;
    return R"({"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"field":"messages",)"
           R"("value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881",)"
           R"("phone_number_id":"106540352242922"},"contacts":)"
        + contacts + R"(,"messages":)" + messagesJson + "}}]}]}";
}

InboundMessage only(const QByteArray& messagesJson, const QByteArray& contactsJson = {})
{
    const WebhookParseResult result = WebhookParser::parse(envelope(messagesJson, contactsJson));
    if (!result.ok() || result.batch->messages.size() != 1) {
        qWarning() << "unexpected parse:" << result.error
                   << (result.ok() ? result.batch->warnings : QStringList());
        return {};
    }
    return result.batch->messages.first();
}

QByteArray item(const QByteArray& type, const QByteArray& body, const QByteArray& extra = {})
{
    return R"([{"from":"16505551234","id":"wamid.)" + type + R"(","timestamp":"1749416383","type":")" + type
        + R"(",")" + type + R"(":)" + body + extra + "}]";
}

} // namespace

void TestInboundMessage::textFromMetaExample()
{
    const InboundMessage m = only(
        R"([{"from":"16505551234","id":"wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=",)"
        R"("timestamp":"1749416383","type":"text","text":{"body":"Does it come in another color?"}}])");
    QCOMPARE(m.wamid, u"wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA="_s);
    QCOMPARE(m.type, InboundType::Text);
    QCOMPARE(m.typeName, u"text"_s);
    QCOMPARE(m.text, u"Does it come in another color?"_s);
    QCOMPARE(m.from, u"16505551234"_s);
    QCOMPARE(m.contactKey(), u"16505551234"_s);
    QCOMPARE(m.profileName, u"Sheena Nelson"_s);
    QCOMPARE(m.timestamp, QDateTime(QDate(2025, 6, 8), QTime(20, 59, 43), Qt::UTC));
    QCOMPARE(m.timestamp.timeSpec(), Qt::UTC);
    QCOMPARE(m.origin.wabaId, u"102290129340398"_s);
    QCOMPARE(m.origin.phoneNumberId, u"106540352242922"_s);
    QCOMPARE(m.origin.displayPhoneNumber, u"15550783881"_s);
    QVERIFY(!m.media && !m.context && !m.referral && m.errors.isEmpty());
}

void TestInboundMessage::image()
{
    const InboundMessage m = only(item("image",
        R"({"caption":"Blue one?","mime_type":"image/jpeg","sha256":"abc=",)"
        R"("id":"1003383421387256","url":"https://lookaside.example/x"})"));
    QCOMPARE(m.type, InboundType::Image);
    QVERIFY(m.media);
    QCOMPARE(m.media->id, u"1003383421387256"_s);
    QCOMPARE(m.media->mimeType, u"image/jpeg"_s);
    QCOMPARE(m.media->sha256, u"abc="_s);
    QCOMPARE(m.media->url, u"https://lookaside.example/x"_s);
    QCOMPARE(m.media->caption, u"Blue one?"_s);
    QCOMPARE(m.text, u"Blue one?"_s);
}

void TestInboundMessage::videoAudioStickerDocument_data()
{
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("filename");
    QTest::addColumn<bool>("voice");
    QTest::newRow("video") << QByteArray("video")
                           << QByteArray(R"({"mime_type":"video/mp4","sha256":"v","id":"11"})")
                           << int(InboundType::Video) << QString() << false;
    QTest::newRow("audio voice note")
        << QByteArray("audio")
        << QByteArray(R"({"mime_type":"audio/ogg; codecs=opus","sha256":"a","id":"12","voice":true})")
        << int(InboundType::Audio) << QString() << true;
    QTest::newRow("audio file") << QByteArray("audio")
                                << QByteArray(R"({"mime_type":"audio/mpeg","sha256":"a","id":"12"})")
                                << int(InboundType::Audio) << QString() << false;
    QTest::newRow("sticker") << QByteArray(
        "sticker") << QByteArray(R"({"mime_type":"image/webp","sha256":"s","id":"13","animated":false})")
                             << int(InboundType::Sticker) << QString() << false;
    QTest::newRow("document")
        << QByteArray("document")
        << QByteArray(
               R"({"caption":"Invoice","filename":"invoice-42.pdf","mime_type":"application/pdf","sha256":"d","id":"14"})")
        << int(InboundType::Document) << u"invoice-42.pdf"_s << false;
}

void TestInboundMessage::videoAudioStickerDocument()
{
    QFETCH(QByteArray, type);
    QFETCH(QByteArray, body);
    QFETCH(int, expected);
    QFETCH(QString, filename);
    QFETCH(bool, voice);
    const InboundMessage m = only(item(type, body));
    QCOMPARE(int(m.type), expected);
    QCOMPARE(m.typeName, QString::fromLatin1(type));
    QVERIFY(m.media);
    QVERIFY(!m.media->id.isEmpty());
    QVERIFY(!m.media->mimeType.isEmpty());
    QCOMPARE(m.media->filename, filename);
    QCOMPARE(m.media->voice, voice);
    QCOMPARE(m.text, m.media->caption);
}

void TestInboundMessage::location()
{
    const InboundMessage m = only(item("location",
        R"({"latitude":-23.5613,"longitude":-46.6565,)"
        R"("name":"MASP","address":"Av. Paulista, 1578",)"
        R"("url":"https://masp.org.br"})"));
    QCOMPARE(m.type, InboundType::Location);
    QVERIFY(m.location);
    QCOMPARE(m.location->latitude, -23.5613);
    QCOMPARE(m.location->longitude, -46.6565);
    QCOMPARE(m.location->name, u"MASP"_s);
    QCOMPARE(m.location->address, u"Av. Paulista, 1578"_s);
    QCOMPARE(m.location->url, u"https://masp.org.br"_s);
}

void TestInboundMessage::interactiveButtonReply()
{
    const InboundMessage m
        = only(item("interactive", R"({"type":"button_reply","button_reply":{"id":"yes-1","title":"Yes"}})",
            R"(,"context":{"from":"15550783881","id":"wamid.ASKED"})"));
    QCOMPARE(m.type, InboundType::Interactive);
    QVERIFY(m.interactive);
    QCOMPARE(m.interactive->kind, u"button_reply"_s);
    QCOMPARE(m.interactive->id, u"yes-1"_s);
    QCOMPARE(m.interactive->title, u"Yes"_s);
    QCOMPARE(m.text, u"Yes"_s);
    QVERIFY(m.context);
    QCOMPARE(m.context->id, u"wamid.ASKED"_s);
    QCOMPARE(m.context->from, u"15550783881"_s);
}

void TestInboundMessage::interactiveListReply()
{
    const InboundMessage m = only(item("interactive",
        R"({"type":"list_reply","list_reply":{"id":"sku-9","title":"Red",)"
        R"("description":"Size M"}})"));
    QVERIFY(m.interactive);
    QCOMPARE(m.interactive->kind, u"list_reply"_s);
    QCOMPARE(m.interactive->id, u"sku-9"_s);
    QCOMPARE(m.interactive->title, u"Red"_s);
    QCOMPARE(m.interactive->description, u"Size M"_s);
}

void TestInboundMessage::interactiveOfUnknownKindWarns()
{
    const WebhookParseResult r = WebhookParser::parse(
        envelope(item("interactive", R"({"type":"nfm_reply","nfm_reply":{"response_json":"{}"}})")));
    QVERIFY(r.ok());
    QCOMPARE(r.batch->messages.size(), 1);
    QVERIFY(!r.batch->messages.first().interactive);
    QCOMPARE(r.batch->warnings.size(), 1);
    QVERIFY(r.batch->warnings.first().contains(u"nfm_reply"_s));
}

void TestInboundMessage::templateQuickReplyButton()
{
    const InboundMessage m = only(item("button", R"({"payload":"STOP_PROMO","text":"Stop promotions"})",
        R"(,"context":{"from":"15550783881","id":"wamid.TEMPLATE"})"));
    QCOMPARE(m.type, InboundType::Button);
    QVERIFY(m.button);
    QCOMPARE(m.button->payload, u"STOP_PROMO"_s);
    QCOMPARE(m.button->text, u"Stop promotions"_s);
    QCOMPARE(m.text, u"Stop promotions"_s);
    QCOMPARE(m.context->id, u"wamid.TEMPLATE"_s);
}

void TestInboundMessage::reaction()
{
    const InboundMessage m = only(
        item("reaction", QByteArray(R"({"message_id":"wamid.OURS","emoji":")") + "\xF0\x9F\x91\x8D" + "\"}"));
    QCOMPARE(m.type, InboundType::Reaction);
    QVERIFY(m.reaction);
    QCOMPARE(m.reaction->messageId, u"wamid.OURS"_s);
    QCOMPARE(m.reaction->emoji, QString::fromUtf8("\xF0\x9F\x91\x8D"));
    QVERIFY(!m.reaction->removed);
}

void TestInboundMessage::reactionRemoved()
{
    const InboundMessage m = only(item("reaction", R"({"message_id":"wamid.OURS"})"));
    QVERIFY(m.reaction);
    QCOMPARE(m.reaction->messageId, u"wamid.OURS"_s);
    QVERIFY(m.reaction->emoji.isEmpty());
    QVERIFY(m.reaction->removed);
}

void TestInboundMessage::unsupportedCarriesErrors()
{
    const InboundMessage m = only(
        R"([{"from":"16505551234","id":"wamid.U","timestamp":"1749416383","type":"unsupported",)"
        R"("errors":[{"code":131051,"title":"Message type unknown","message":"Message type unknown",)"
        R"("error_data":{"details":"Message type is currently not supported."},)"
        R"("href":"https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/"}]}])");
    QCOMPARE(m.type, InboundType::Unsupported);
    QCOMPARE(m.errors.size(), 1);
    QCOMPARE(m.errors.first().code, 131051);
    QCOMPARE(m.errors.first().title, u"Message type unknown"_s);
    QCOMPARE(m.errors.first().details, u"Message type is currently not supported."_s);
    QVERIFY(m.errors.first().href.startsWith(u"https://developers.facebook.com/"_s));
}

void TestInboundMessage::unknownTypeIsKeptWithWarning()
{
    const WebhookParseResult r
        = WebhookParser::parse(envelope(item("poll", R"({"question":"Which?","options":["a","b"]})")));
    QVERIFY(r.ok());
    QCOMPARE(r.batch->messages.size(), 1);
    const InboundMessage& m = r.batch->messages.first();
    QCOMPARE(m.type, InboundType::Unknown);
    QCOMPARE(m.typeName, u"poll"_s);
    QCOMPARE(m.raw.value("poll"_L1).toObject().value("question"_L1).toString(), u"Which?"_s);
    QCOMPARE(r.batch->warnings.size(), 1);
    QVERIFY(r.batch->warnings.first().contains(u"poll"_s));
}

void TestInboundMessage::forwardedContextAndReferredProduct()
{
    const InboundMessage m = only(item("text", R"({"body":"look"})",
        R"(,"context":{"forwarded":true,"frequently_forwarded":true,)"
        R"("referred_product":{"catalog_id":"c1","product_retailer_id":"p1"}})"));
    QVERIFY(m.context);
    QVERIFY(m.context->forwarded);
    QVERIFY(m.context->frequentlyForwarded);
    QVERIFY(m.context->id.isEmpty());
    QCOMPARE(m.context->referredProduct.value("product_retailer_id"_L1).toString(), u"p1"_s);
}

void TestInboundMessage::referralFromClickToWhatsAppAd()
{
    const InboundMessage m = only(item("text", R"({"body":"Hi, I saw your ad"})",
        R"(,"referral":{"source_url":"https://fb.me/abc","source_id":"120210","source_type":"ad",)"
        R"("body":"20% off","headline":"Winter sale","media_type":"image","image_url":"https://i.example/a.jpg",)"
        R"("ctwa_clid":"ARAkL","welcome_message":{"text":"Hello from the ad"}})"));
    QVERIFY(m.isFromAd());
    QCOMPARE(m.referral->sourceUrl, u"https://fb.me/abc"_s);
    QCOMPARE(m.referral->sourceId, u"120210"_s);
    QCOMPARE(m.referral->sourceType, u"ad"_s);
    QCOMPARE(m.referral->body, u"20% off"_s);
    QCOMPARE(m.referral->headline, u"Winter sale"_s);
    QCOMPARE(m.referral->mediaType, u"image"_s);
    QCOMPARE(m.referral->imageUrl, u"https://i.example/a.jpg"_s);
    QCOMPARE(m.referral->ctwaClid, u"ARAkL"_s);
    QCOMPARE(m.referral->welcomeMessageText, u"Hello from the ad"_s);
    QCOMPARE(m.text, u"Hi, I saw your ad"_s);
}

void TestInboundMessage::contactWithWaIdUserIdAndUsername()
{
    const InboundMessage m
        = only(R"([{"from":"16505551234","from_user_id":"US.13491208655302741918","id":"wamid.B",)"
               R"("timestamp":"1749416383","type":"text","text":{"body":"hi"}}])",
            R"([{"profile":{"name":"Sheena Nelson","username":"@sheena"},"wa_id":"16505551234",)"
            R"("user_id":"US.13491208655302741918","parent_user_id":"US.ENT.11815799212886844830"}])");
    QCOMPARE(m.from, u"16505551234"_s);
    QCOMPARE(m.fromUserId, u"US.13491208655302741918"_s);
    QCOMPARE(m.parentUserId, u"US.ENT.11815799212886844830"_s);
    QCOMPARE(m.username, u"@sheena"_s);
    QCOMPARE(m.profileName, u"Sheena Nelson"_s);
    QCOMPARE(m.contactKey(), u"US.13491208655302741918"_s);
}

void TestInboundMessage::contactWithUserIdOnly()
{
    const InboundMessage m = only(R"([{"from_user_id":"BR.99","id":"wamid.C","timestamp":"1749416383",)"
                                  R"("type":"text","text":{"body":"oi"}}])",
        R"([{"profile":{"name":"Ana","username":"@ana"},"user_id":"BR.99"}])");
    QVERIFY(m.from.isEmpty());
    QCOMPARE(m.fromUserId, u"BR.99"_s);
    QCOMPARE(m.profileName, u"Ana"_s);
    QCOMPARE(m.username, u"@ana"_s);
    QCOMPARE(m.contactKey(), u"BR.99"_s);
}

void TestInboundMessage::profileIsMatchedToTheRightSender()
{
    const WebhookParseResult r = WebhookParser::parse(envelope(
        R"([{"from":"222","id":"wamid.2","timestamp":"1749416383","type":"text","text":{"body":"b"}},)"
        R"({"from":"111","id":"wamid.1","timestamp":"1749416384","type":"text","text":{"body":"a"}}])",
        R"([{"profile":{"name":"One"},"wa_id":"111"},{"profile":{"name":"Two"},"wa_id":"222"}])"));
    QVERIFY(r.ok());
    QCOMPARE(r.batch->messages.size(), 2);
    QCOMPARE(r.batch->messages.at(0).profileName, u"Two"_s);
    QCOMPARE(r.batch->messages.at(1).profileName, u"One"_s);
}

void TestInboundMessage::numericTimestampIsAccepted()
{
    const InboundMessage m = only(R"([{"from":"1","id":"wamid.N","timestamp":1749416383,"type":"text",)"
                                  R"("text":{"body":"x"}}])");
    QCOMPARE(m.timestamp, QDateTime::fromSecsSinceEpoch(1749416383, Qt::UTC));
}

void TestInboundMessage::unreadableTimestampWarnsButKeepsMessage()
{
    const WebhookParseResult r = WebhookParser::parse(envelope(
        R"([{"from":"1","id":"wamid.T","timestamp":"yesterday","type":"text","text":{"body":"x"}}])"));
    QVERIFY(r.ok());
    QCOMPARE(r.batch->messages.size(), 1);
    QVERIFY(!r.batch->messages.first().timestamp.isValid());
    QCOMPARE(r.batch->warnings.size(), 1);
}

void TestInboundMessage::rawKeepsUnknownFields()
{
    const InboundMessage m = only(item("text", R"({"body":"x"})", R"(,"brand_new_field":{"k":1})"));
    QCOMPARE(m.raw.value("brand_new_field"_L1).toObject().value("k"_L1).toInt(), 1);
}

void TestInboundMessage::typeNamesRoundTrip()
{
    for (int t = int(InboundType::Text); t <= int(InboundType::Unsupported); ++t) {
        const auto type = InboundType(t);
        QCOMPARE(InboundMessage::typeFromName(InboundMessage::nameOfType(type)), type);
    }
    QCOMPARE(InboundMessage::typeFromName(u"Text"_s), InboundType::Unknown);
}

QTEST_GUILESS_MAIN(TestInboundMessage)

#include "tst_graphrequests.h"

#include "cloudapi/graphrequests.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace Atendo;
using namespace Qt::StringLiterals;

namespace {

GraphRequests production()
{
    GraphRequests::Settings settings;
    settings.phoneNumberId = u"106540352242922"_s;
    settings.wabaId = u"102290129340398"_s;
    settings.accessToken = u"EAAG-token"_s;
    return GraphRequests(settings);
}

QJsonDocument json(const QByteArray& text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "bad JSON in test:" << error.errorString() << text;
    return document;
}

} // namespace

void TestGraphRequests::defaults()
{
    const GraphRequests::Settings settings;
    QCOMPARE(settings.baseUrl, QUrl(u"https://graph.facebook.com"_s));
    QCOMPARE(settings.apiVersion, u"v23.0"_s);
}

void TestGraphRequests::messagesRequest()
{
    const QNetworkRequest request = production().messagesRequest();
    QCOMPARE(request.url(), QUrl(u"https://graph.facebook.com/v23.0/106540352242922/messages"_s));
    QCOMPARE(request.rawHeader("Authorization"), QByteArray("Bearer EAAG-token"));
    QCOMPARE(
        request.header(QNetworkRequest::ContentTypeHeader).toByteArray(), QByteArray("application/json"));
    QCOMPARE(request.rawHeader("Content-Type"), QByteArray("application/json"));
}

void TestGraphRequests::sandboxBaseUrlAndVersion()
{
    GraphRequests::Settings settings;
    settings.baseUrl = QUrl(u"http://127.0.0.1:4004/graph/"_s);
    settings.apiVersion = u"v24.0"_s;
    settings.phoneNumberId = u"PN1"_s;
    const GraphRequests requests(settings);
    QCOMPARE(requests.messagesRequest().url(), QUrl(u"http://127.0.0.1:4004/graph/v24.0/PN1/messages"_s));
    QCOMPARE(requests.mediaInfoRequest(u"55"_s).url(), QUrl(u"http://127.0.0.1:4004/graph/v24.0/55"_s));
}

void TestGraphRequests::mediaRequests()
{
    const GraphRequests requests = production();
    const QNetworkRequest info = requests.mediaInfoRequest(u"1003383421387256"_s);
    QCOMPARE(info.url(), QUrl(u"https://graph.facebook.com/v23.0/1003383421387256"_s));
    QCOMPARE(info.rawHeader("Authorization"), QByteArray("Bearer EAAG-token"));
    const QUrl cdn(u"https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1&ext=2&hash=3"_s);
    const QNetworkRequest download = requests.mediaDownloadRequest(cdn);
    QCOMPARE(download.url(), cdn);
    QCOMPARE(download.rawHeader("Authorization"), QByteArray("Bearer EAAG-token"));
}

void TestGraphRequests::listTemplatesRequest()
{
    const GraphRequests requests = production();
    const QNetworkRequest first = requests.listTemplatesRequest();
    QCOMPARE(first.url().path(), u"/v23.0/102290129340398/message_templates"_s);
    QCOMPARE(QUrlQuery(first.url()).queryItemValue(u"limit"_s), u"100"_s);
    QVERIFY(!QUrlQuery(first.url()).hasQueryItem(u"after"_s));
    QCOMPARE(first.rawHeader("Authorization"), QByteArray("Bearer EAAG-token"));

    const QNetworkRequest next = requests.listTemplatesRequest(u"QVFIU+abc=="_s, 25);
    const QUrlQuery query(next.url());
    QCOMPARE(query.queryItemValue(u"limit"_s), u"25"_s);
    QCOMPARE(query.queryItemValue(u"after"_s, QUrl::FullyDecoded), u"QVFIU+abc=="_s);
}

void TestGraphRequests::textBody()
{
    QCOMPARE(json(GraphRequests::textMessageBody(
                 u"+16505551234"_s, u"Here's the link: https://example.com"_s, true)),
        json(R"({"messaging_product":"whatsapp","recipient_type":"individual","to":"+16505551234",)"
             R"("type":"text","text":{"preview_url":true,"body":"Here's the link: https://example.com"}})"));
}

void TestGraphRequests::textBodyReplyingWithOpaqueData()
{
    QCOMPARE(json(GraphRequests::textMessageBody(
                 u"+5511987654321"_s, u"Olá \"cliente\"\n"_s, false, u"wamid.QUOTED"_s, u"ticket-9"_s)),
        json(R"({"messaging_product":"whatsapp","recipient_type":"individual","to":"+5511987654321",)"
             R"("type":"text","text":{"preview_url":false,"body":"Olá \"cliente\"\n"},)"
             R"("context":{"message_id":"wamid.QUOTED"},"biz_opaque_callback_data":"ticket-9"})"));
}

void TestGraphRequests::templateBody()
{
    const QJsonArray components = json(
        R"([{"type":"body","parameters":[{"type":"text","parameter_name":"first_name","text":"Jessica"}]},)"
        R"({"type":"button","sub_type":"quick_reply","index":"0","parameters":[{"type":"payload","payload":"STOP_PROMO"}]}])")
                                      .array();
    QCOMPARE(json(GraphRequests::templateMessageBody(
                 u"+16505551234"_s, u"order_confirmation"_s, u"en_US"_s, components, u"order-42"_s)),
        json(R"({"messaging_product":"whatsapp","recipient_type":"individual","to":"+16505551234",)"
             R"("type":"template","template":{"name":"order_confirmation","language":{"code":"en_US"},)"
             R"("components":[{"type":"body","parameters":[{"type":"text","parameter_name":"first_name",)"
             R"("text":"Jessica"}]},{"type":"button","sub_type":"quick_reply","index":"0",)"
             R"("parameters":[{"type":"payload","payload":"STOP_PROMO"}]}]},)"
             R"("biz_opaque_callback_data":"order-42"})"));
}

void TestGraphRequests::templateBodyWithoutParameters()
{
    QCOMPARE(json(GraphRequests::templateMessageBody(u"+16505551234"_s, u"hello_world"_s, u"en_US"_s, {})),
        json(R"({"messaging_product":"whatsapp","recipient_type":"individual","to":"+16505551234",)"
             R"("type":"template","template":{"name":"hello_world","language":{"code":"en_US"}}})"));
}

void TestGraphRequests::reactionAndMarkRead()
{
    QCOMPARE(json(GraphRequests::reactionBody(
                 u"+16505551234"_s, u"wamid.IN"_s, QString::fromUtf8("\xF0\x9F\x91\x8D"))),
        json(
            QByteArray(R"({"messaging_product":"whatsapp","recipient_type":"individual","to":"+16505551234",)"
                       R"("type":"reaction","reaction":{"message_id":"wamid.IN","emoji":")")
            + "\xF0\x9F\x91\x8D" + "\"}}"));
    QCOMPARE(json(GraphRequests::markReadBody(u"wamid.IN"_s)),
        json(R"({"messaging_product":"whatsapp","status":"read","message_id":"wamid.IN"})"));
}

void TestGraphRequests::sendResponseSuccess()
{
    const SendResult r = GraphRequests::parseSendResponse(200,
        R"({"messaging_product":"whatsapp","contacts":[{"input":"+16505551234","wa_id":"16505551234"}],)"
        R"("messages":[{"id":"wamid.HBgLMTY1MDUwNzY1MjAVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA",)"
        R"("message_status":"accepted"}]})");
    QVERIFY(r.ok());
    QCOMPARE(r.wamid, u"wamid.HBgLMTY1MDUwNzY1MjAVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA"_s);
    QCOMPARE(r.input, u"+16505551234"_s);
    QCOMPARE(r.waId, u"16505551234"_s);
    QCOMPARE(r.messageStatus, u"accepted"_s);
}

void TestGraphRequests::sendResponseBsuid()
{
    const SendResult r = GraphRequests::parseSendResponse(200,
        R"({"messaging_product":"whatsapp","contacts":[{"input":"US.1349","user_id":"US.1349"}],)"
        R"("messages":[{"id":"wamid.X"}]})");
    QVERIFY(r.ok());
    QVERIFY(r.waId.isEmpty());
    QCOMPARE(r.userId, u"US.1349"_s);
    QVERIFY(r.messageStatus.isEmpty());
}

void TestGraphRequests::sendResponseErrors_data()
{
    QTest::addColumn<int>("http");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("retryable");
    QTest::newRow("131047 at 400")
        << 400
        << QByteArray(
               R"({"error":{"message":"(#131047) Re-engagement message","type":"OAuthException","code":131047,"error_data":{"messaging_product":"whatsapp","details":"..."},"fbtrace_id":"A"}})")
        << 131047 << false;
    QTest::newRow("131056 at 429")
        << 429
        << QByteArray(
               R"({"error":{"message":"(#131056) pair rate limit","type":"OAuthException","code":131056,"error_data":{"messaging_product":"whatsapp","details":"..."}}})")
        << 131056 << true;
    QTest::newRow("130429 at 400") << 400
                                   << QByteArray(
                                          R"({"error":{"message":"(#130429) Rate limit hit","code":130429}})")
                                   << 130429 << true;
    QTest::newRow("error object despite 200")
        << 200 << QByteArray(R"({"error":{"code":100,"message":"x"}})") << 100 << false;
    QTest::newRow("500 without body") << 500 << QByteArray() << 0 << true;
    QTest::newRow("200 without message id")
        << 200 << QByteArray(R"({"messaging_product":"whatsapp","messages":[]})") << 0 << false;
    QTest::newRow("200 not JSON") << 200 << QByteArray("OK") << 0 << false;
}

void TestGraphRequests::sendResponseErrors()
{
    QFETCH(int, http);
    QFETCH(QByteArray, body);
    QFETCH(int, code);
    QFETCH(bool, retryable);
    const SendResult r = GraphRequests::parseSendResponse(http, body);
    QVERIFY(!r.ok());
    QCOMPARE(r.error->code, code);
    QCOMPARE(r.error->httpStatus, http);
    QCOMPARE(r.error->isRetryable(), retryable);
    QVERIFY(!r.error->message.isEmpty());
}

void TestGraphRequests::templatePageWithNext()
{
    const TemplatePage page = GraphRequests::parseTemplatePage(
        R"({"data":[{"name":"order_confirmation","language":"en_US","status":"APPROVED","category":"UTILITY",)"
        R"("id":"594425479261596","components":[{"type":"BODY","text":"Hi {{1}}"}]},)"
        R"({"name":"winter_sale","language":"pt_BR","status":"PAUSED","category":"MARKETING","id":"806"}],)"
        R"("paging":{"cursors":{"before":"QVFIUb","after":"QVFIUa"},)"
        R"("next":"https://graph.facebook.com/v23.0/102290129340398/message_templates?limit=2&after=QVFIUa"}})");
    QVERIFY(page.ok());
    QCOMPARE(page.templates.size(), 2);
    QCOMPARE(page.templates.at(0).value("name"_L1).toString(), u"order_confirmation"_s);
    QCOMPARE(page.templates.at(0).value("components"_L1).toArray().size(), 1);
    QCOMPARE(page.templates.at(1).value("status"_L1).toString(), u"PAUSED"_s);
    QVERIFY(page.hasMore());
    QCOMPARE(page.nextCursor, u"QVFIUa"_s);
}

void TestGraphRequests::templatePageLast()
{
    const TemplatePage page = GraphRequests::parseTemplatePage(
        R"({"data":[{"name":"hello_world","id":"1"}],"paging":{"cursors":{"before":"b","after":"a"}}})");
    QVERIFY(page.ok());
    QCOMPARE(page.templates.size(), 1);
    QVERIFY(!page.hasMore());
    QVERIFY(page.nextCursor.isEmpty());
}

void TestGraphRequests::templatePageErrors()
{
    const TemplatePage denied = GraphRequests::parseTemplatePage(
        R"({"error":{"message":"Invalid OAuth access token","type":"OAuthException","code":190}})", 401);
    QVERIFY(!denied.ok());
    QCOMPARE(denied.error->code, 190);
    QVERIFY(denied.templates.isEmpty());
    const TemplatePage garbled = GraphRequests::parseTemplatePage("{\"data\":5}");
    QVERIFY(!garbled.ok());
}

void TestGraphRequests::mediaInfo()
{
    const MediaInfo info = GraphRequests::parseMediaInfo(
        R"({"messaging_product":"whatsapp","url":"https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1",)"
        R"("mime_type":"image/jpeg","sha256":"3a5f","file_size":303833,"id":"1003383421387256"})");
    QVERIFY(info.ok());
    QCOMPARE(info.url, QUrl(u"https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1"_s));
    QCOMPARE(info.mimeType, u"image/jpeg"_s);
    QCOMPARE(info.sha256, u"3a5f"_s);
    QCOMPARE(info.fileSize, 303833);
    QCOMPARE(info.id, u"1003383421387256"_s);
    const MediaInfo stringSize
        = GraphRequests::parseMediaInfo(R"({"url":"https://x.example/m","file_size":"12"})");
    QCOMPARE(stringSize.fileSize, 12);
}

void TestGraphRequests::mediaInfoErrors()
{
    const MediaInfo expired = GraphRequests::parseMediaInfo(
        R"({"error":{"message":"Unsupported get request.","type":"GraphMethodException","code":100}})", 400);
    QVERIFY(!expired.ok());
    QCOMPARE(expired.error->code, 100);
    QVERIFY(!GraphRequests::parseMediaInfo(R"({"id":"1"})").ok());
}

QTEST_GUILESS_MAIN(TestGraphRequests)

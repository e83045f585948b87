#include "consoleclient.h"
#include "sandbox/mediastore.h"
#include "serverharness.h"

#include <QJsonObject>
#include <QNetworkReply>
#include <QTest>
#include <QUrlQuery>

using namespace Atendo;
using namespace Atendo::Test;
using namespace Qt::StringLiterals;

// media.get: a customer's photo is fetched from Meta on demand and served on
// the server's HTTP port under a short-lived signed link; a tampered or
// expired link answers 403.
class TestServerMedia : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void photoIsServedUnderASignedLink();
    void tamperedLinkIsRefused();
    void expiredLinkIsRefused();
    void messageWithoutMediaHasNoLink();

private:
    QJsonObject mediaGet(qint64 messageId);
    static QUrl withQueryItem(QUrl url, const QString& key, const QString& value);

    std::unique_ptr<ServerHarness> m_harness;
    std::unique_ptr<ConsoleClient> m_maria;
    qint64 m_photoMessage = 0;
    QString m_mediaId;
};

void TestServerMedia::init()
{
    m_harness = std::make_unique<ServerHarness>();
    QVERIFY(m_harness->start());
    QVERIFY(m_harness->addAgent(u"maria"_s, u"s3cret-maria"_s) > 0);
    m_maria = std::make_unique<ConsoleClient>();
    QVERIFY(m_maria->open(m_harness->consoleUrl()) && m_maria->login(u"maria"_s, u"s3cret-maria"_s));
    QString error;
    const QString wamid = m_harness->sandbox->injectInbound(
        QJsonObject {{u"from"_s, u"5511987654321"_s}, {u"name"_s, u"João Pereira"_s}, {u"type"_s, u"image"_s},
            {u"caption"_s, u"Chegou assim"_s}},
        &error);
    QVERIFY2(!wamid.isEmpty(), qPrintable(error));
    QVERIFY(m_maria->waitForEvent(u"message.created"_s, [&](const QJsonObject& data) {
        const QJsonObject message = data.value(u"message"_s).toObject();
        m_photoMessage = message.value(u"id"_s).toInteger();
        m_mediaId = message.value(u"media"_s).toObject().value(u"id"_s).toString();
        return message.value(u"kind"_s) == u"image"_s;
    }));
    QVERIFY(!m_mediaId.isEmpty());
}

void TestServerMedia::cleanup()
{
    m_maria.reset();
    m_harness.reset();
}

QJsonObject TestServerMedia::mediaGet(qint64 messageId)
{
    return m_maria->call(u"media.get"_s, {{u"message_id"_s, messageId}});
}

QUrl TestServerMedia::withQueryItem(QUrl url, const QString& key, const QString& value)
{
    QUrlQuery query(url);
    query.removeQueryItem(key);
    query.addQueryItem(key, value);
    url.setQuery(query);
    return url;
}

void TestServerMedia::photoIsServedUnderASignedLink()
{
    const QJsonObject ok = mediaGet(m_photoMessage).value(u"ok"_s).toObject();
    QCOMPARE(ok.value(u"mime_type"_s).toString(), u"image/png"_s);
    QCOMPARE(ok.value(u"expires_at"_s).toString(), u"2026-11-25T14:05:00.000Z"_s);
    const QUrl url(ok.value(u"url"_s).toString());
    QCOMPARE(url.port(), int(m_harness->server->httpPort()));
    QCOMPARE(url.path(), u"/media/%1"_s.arg(m_photoMessage));

    const auto stored = m_harness->sandbox->media().find(m_mediaId);
    QVERIFY(stored);
    QNetworkReply* reply = m_harness->network.get(QNetworkRequest(url));
    QTRY_VERIFY(reply->isFinished());
    reply->deleteLater();
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(), u"image/png"_s);
    const QByteArray bytes = reply->readAll();
    QVERIFY(!bytes.isEmpty());
    QCOMPARE(bytes, stored->bytes);
    // Still good until it expires, and as often as asked.
    m_harness->clock.advance(std::chrono::seconds(299));
    QCOMPARE(m_harness->get(url).body, stored->bytes);
}

void TestServerMedia::tamperedLinkIsRefused()
{
    const QUrl url(mediaGet(m_photoMessage).value(u"ok"_s).toObject().value(u"url"_s).toString());
    const QString sig = QUrlQuery(url).queryItemValue(u"sig"_s);
    QCOMPARE(sig.size(), 64);
    QString flipped = sig;
    flipped[0] = sig.at(0) == u'0' ? u'1' : u'0';
    QCOMPARE(m_harness->get(withQueryItem(url, u"sig"_s, flipped)).status, 403);
    // A later expiry with the old signature.
    const qint64 expires = QUrlQuery(url).queryItemValue(u"expires"_s).toLongLong();
    QCOMPARE(m_harness->get(withQueryItem(url, u"expires"_s, QString::number(expires + 3600))).status, 403);
    // The same signature for another message.
    QUrl other = url;
    other.setPath(u"/media/%1"_s.arg(m_photoMessage + 1));
    QCOMPARE(m_harness->get(other).status, 403);
    QUrl bare = url;
    bare.setQuery(QString());
    QCOMPARE(m_harness->get(bare).status, 403);
    // The genuine link still works.
    QCOMPARE(m_harness->get(url).status, 200);
}

void TestServerMedia::expiredLinkIsRefused()
{
    const QUrl url(mediaGet(m_photoMessage).value(u"ok"_s).toObject().value(u"url"_s).toString());
    m_harness->clock.advance(std::chrono::seconds(301));
    const auto result = m_harness->get(url);
    QCOMPARE(result.status, 403);
    QVERIFY(!result.body.contains("PNG"));
    // A fresh link works again.
    const QUrl fresh(mediaGet(m_photoMessage).value(u"ok"_s).toObject().value(u"url"_s).toString());
    QCOMPARE(m_harness->get(fresh).status, 200);
}

void TestServerMedia::messageWithoutMediaHasNoLink()
{
    QVERIFY(!m_harness->customerSays(u"5511987654321"_s, u"Viu a foto?"_s).isEmpty());
    qint64 textMessage = 0;
    QVERIFY(m_maria->waitForEvent(u"message.created"_s, [&](const QJsonObject& data) {
        const QJsonObject message = data.value(u"message"_s).toObject();
        textMessage = message.value(u"id"_s).toInteger();
        return message.value(u"kind"_s) == u"text"_s;
    }));
    const auto code = [](const QJsonObject& reply) {
        return reply.value(u"err"_s).toObject().value(u"code"_s).toString();
    };
    QCOMPARE(code(mediaGet(textMessage)), u"not_found"_s);
    QCOMPARE(code(mediaGet(9999)), u"not_found"_s);
    QCOMPARE(code(m_maria->call(u"media.get"_s, {{u"message_id"_s, u"1"_s}})), u"bad_request"_s);
}

QTEST_GUILESS_MAIN(TestServerMedia)
#include "tst_servermedia.moc"

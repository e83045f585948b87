#include "cloudapi/graphrequests.h"
#include "core/clock.h"
#include "sandbox/mediastore.h"
#include "sandbox/sandbox.h"
#include "sandbox/sentmessage.h"

#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

using namespace Atendo;
using namespace Qt::StringLiterals;

// The sandbox's POST /{version}/{phone_id}/media as Meta's: multipart form,
// supported types only (code 100 naming them), each kind's size limit (131053),
// answers {"id"}; sends by that id carry the file; unknown ids are refused.
class TestSandboxMediaUpload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void uploadAnswersAnIdAndKeepsTheBytes();
    void unsupportedTypeIsRefusedWithCode100();
    void oversizedFileIsRefusedWith131053();
    void uploadNeedsTheToken();
    void sendByIdCarriesTheFile();
    void sendWithUnknownIdIsRefused();

private:
    struct Answer
    {
        int status = 0;
        QJsonObject body;
    };
    Answer upload(const QByteArray& bytes, const QString& mime, const QString& name, bool token = true);
    Answer sendImage(const QString& mediaId, const QString& caption);
    Answer finish(QNetworkReply* reply);
    [[nodiscard]] static int codeOf(const Answer& answer)
    {
        return answer.body.value(u"error"_s).toObject().value(u"code"_s).toInt();
    }

    TestClock m_clock {QDateTime(QDate(2026, 11, 25), QTime(14, 0), Qt::UTC)};
    std::unique_ptr<Sandbox> m_sandbox;
    GraphRequests m_graph;
    QNetworkAccessManager m_network;
};

void TestSandboxMediaUpload::init()
{
    SandboxConfig config;
    config.listenPort = 0;
    m_sandbox = std::make_unique<Sandbox>(config, &m_clock);
    QVERIFY(m_sandbox->listen(QHostAddress::LocalHost, 0));
    GraphRequests::Settings settings;
    settings.baseUrl = m_sandbox->graphBaseUrl();
    settings.apiVersion = u"v23.0"_s;
    settings.phoneNumberId = config.phoneNumberId;
    settings.accessToken = config.accessToken;
    m_graph = GraphRequests(settings);
}

void TestSandboxMediaUpload::cleanup()
{
    m_sandbox.reset();
}

TestSandboxMediaUpload::Answer TestSandboxMediaUpload::finish(QNetworkReply* reply)
{
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 5000))
        return {};
    reply->deleteLater();
    return Answer {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
        QJsonDocument::fromJson(reply->readAll()).object()};
}

TestSandboxMediaUpload::Answer TestSandboxMediaUpload::upload(
    const QByteArray& bytes, const QString& mime, const QString& name, bool token)
{
    QNetworkRequest request = m_graph.mediaUploadRequest();
    if (!token)
        request.setRawHeader("Authorization", "Bearer wrong");
    QHttpMultiPart* body = GraphRequests::mediaUploadBody(bytes, mime, name, nullptr);
    QNetworkReply* reply = m_network.post(request, body);
    body->setParent(reply);
    return finish(reply);
}

TestSandboxMediaUpload::Answer TestSandboxMediaUpload::sendImage(
    const QString& mediaId, const QString& caption)
{
    const QJsonObject message
        = GraphRequests::mediaMessage(u"+5511987654321"_s, u"image"_s, mediaId, caption, u"x.png"_s);
    return finish(m_network.post(m_graph.messagesRequest(), QJsonDocument(message).toJson()));
}

void TestSandboxMediaUpload::uploadAnswersAnIdAndKeepsTheBytes()
{
    const QByteArray bytes = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(500, 'x');
    const Answer answer = upload(bytes, u"image/png"_s, u"foto.png"_s);
    QCOMPARE(answer.status, 200);
    const QString id = answer.body.value(u"id"_s).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_sandbox->media().uploads(), QStringList {id});
    const auto stored = m_sandbox->media().find(id);
    QVERIFY(stored);
    QCOMPARE(stored->bytes, bytes);
    QCOMPARE(stored->mimeType, u"image/png"_s);
    QCOMPARE(stored->fileName, u"foto.png"_s);
}

void TestSandboxMediaUpload::unsupportedTypeIsRefusedWithCode100()
{
    const Answer answer = upload("MZ....", u"application/x-msdownload"_s, u"setup.exe"_s);
    QCOMPARE(answer.status, 400);
    QCOMPARE(codeOf(answer), 100);
    const QString details = answer.body.value(u"error"_s)
                                .toObject()
                                .value(u"error_data"_s)
                                .toObject()
                                .value(u"details"_s)
                                .toString();
    QVERIFY2(details.contains(u"image/jpeg"_s) && details.contains(u"application/x-msdownload"_s),
        qPrintable(details));
    QVERIFY(m_sandbox->media().uploads().isEmpty());
}

void TestSandboxMediaUpload::oversizedFileIsRefusedWith131053()
{
    // Images stop at 5 MiB; the same bytes are fine as a document.
    const QByteArray bytes(5 * 1024 * 1024 + 1, 'j');
    const Answer image = upload(bytes, u"image/jpeg"_s, u"big.jpg"_s);
    QCOMPARE(image.status, 400);
    QCOMPARE(codeOf(image), 131053);
    QCOMPARE(upload(bytes, u"application/pdf"_s, u"big.pdf"_s).status, 200);
    const Answer atLimit = upload(QByteArray(5 * 1024 * 1024, 'j'), u"image/jpeg"_s, u"ok.jpg"_s);
    QCOMPARE(atLimit.status, 200);
    QCOMPARE(m_sandbox->media().uploads().size(), 2);
}

void TestSandboxMediaUpload::uploadNeedsTheToken()
{
    const Answer answer = upload("%PDF-1.4", u"application/pdf"_s, u"a.pdf"_s, false);
    QCOMPARE(answer.status, 401);
    QCOMPARE(codeOf(answer), 190);
    QVERIFY(m_sandbox->media().uploads().isEmpty());
}

void TestSandboxMediaUpload::sendByIdCarriesTheFile()
{
    const QByteArray bytes = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(64, 'x');
    const QString id = upload(bytes, u"image/png"_s, u"foto.png"_s).body.value(u"id"_s).toString();
    // The customer wrote (the window is open).
    QString error;
    QVERIFY(!m_sandbox
                 ->injectInbound(QJsonObject {{u"from"_s, u"5511987654321"_s}, {u"type"_s, u"text"_s},
                                     {u"text"_s, u"oi"_s}},
                     &error)
                 .isEmpty());
    const Answer answer = sendImage(id, u"O azul"_s);
    QCOMPARE(answer.status, 200);
    const SentMessage sent = m_sandbox->sentMessages().last();
    QCOMPARE(sent.type, u"image"_s);
    QCOMPARE(sent.mediaId, id);
    QCOMPARE(sent.text, u"O azul"_s);
    QCOMPARE(sent.mediaSize, bytes.size());
    const QJsonObject listed = sent.toJson().value(u"media"_s).toObject();
    QCOMPARE(listed.value(u"id"_s).toString(), id);
    QCOMPARE(listed.value(u"caption"_s).toString(), u"O azul"_s);
}

void TestSandboxMediaUpload::sendWithUnknownIdIsRefused()
{
    const Answer unknown = sendImage(u"999999999999"_s, {});
    QCOMPARE(unknown.status, 400);
    QCOMPARE(codeOf(unknown), 131053);
    // A PDF's id cannot go out as an image.
    const QString pdf = upload("%PDF-1.4 x", u"application/pdf"_s, u"a.pdf"_s).body.value(u"id"_s).toString();
    QCOMPARE(codeOf(sendImage(pdf, {})), 131053);
    QVERIFY(m_sandbox->sentMessages().isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxMediaUpload)
#include "tst_sandboxmediaupload.moc"

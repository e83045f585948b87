#include "consoleclient.h"
#include "sandbox/mediastore.h"
#include "sandbox/sentmessage.h"
#include "server/metrics.h"
#include "serverharness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Atendo;
using namespace Atendo::Test;
using namespace Qt::StringLiterals;

namespace {

const QString Customer = u"5511987654321"_s;

QByteArray pngBytes(int size = 2048)
{
    QByteArray bytes("\x89PNG\r\n\x1a\n", 8);
    bytes.append(QByteArray(size - bytes.size(), 'p'));
    return bytes;
}

QString errCode(const QJsonObject& reply)
{
    return reply.value(u"err"_s).toObject().value(u"code"_s).toString();
}

} // namespace

// An agent sends a file: media.upload checks the rules and answers a one-time
// URL, the bytes go there over HTTP, message.send names the media_ref, and the
// outbox uploads the file to Meta once and sends the message by media id.
class TestMediaSend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void imageGoesOutOnceUploadedOnceDespite130429();
    void closedWindowRefusesUploadAndSend();
    void optedOutContactIsRefused();
    void wrongTypeOrSizeIsRefusedWithAReason();
    void usedOrExpiredUploadUrlIsRefused();
    void uploadMustMatchWhatWasAnnounced();
    void documentKeepsItsFileName();

private:
    void start(int sandboxMps = 80);
    QJsonObject announce(const QString& name, const QString& mime, qint64 size, qint64 conversation = 0);
    // announce + POST; returns the media_ref (empty on failure).
    QString upload(const QByteArray& bytes, const QString& name, const QString& mime);
    QJsonObject sendMedia(
        const QString& key, const QString& kind, const QString& ref, const QString& caption = {});
    int sentOfType(const QString& type) const;

    std::unique_ptr<ServerHarness> m_harness;
    std::unique_ptr<ConsoleClient> m_maria;
    qint64 m_conversation = 0;
};

void TestMediaSend::start(int sandboxMps)
{
    m_harness = std::make_unique<ServerHarness>();
    SandboxConfig config = m_harness->sandbox->config();
    config.messagesPerSecond = sandboxMps;
    m_harness->sandbox = std::make_unique<Sandbox>(config, &m_harness->clock);
    QVERIFY(m_harness->start());
    QVERIFY(m_harness->addAgent(u"maria"_s, u"s3cret-maria"_s) > 0);
    m_maria = std::make_unique<ConsoleClient>();
    QVERIFY(m_maria->open(m_harness->consoleUrl()) && m_maria->login(u"maria"_s, u"s3cret-maria"_s));
    QVERIFY(!m_harness->customerSays(Customer, u"Pode mandar a foto do produto?"_s).isEmpty());
    m_conversation = m_maria->conversationIdFor(u"+"_s + Customer);
    QVERIFY(m_conversation > 0);
}

void TestMediaSend::cleanup()
{
    m_maria.reset();
    m_harness.reset();
}

QJsonObject TestMediaSend::announce(
    const QString& name, const QString& mime, qint64 size, qint64 conversation)
{
    return m_maria->call(u"media.upload"_s,
        {{u"conversation_id"_s, conversation ? conversation : m_conversation}, {u"file_name"_s, name},
            {u"mime_type"_s, mime}, {u"size"_s, size}});
}

QString TestMediaSend::upload(const QByteArray& bytes, const QString& name, const QString& mime)
{
    const QJsonObject ok = announce(name, mime, bytes.size()).value(u"ok"_s).toObject();
    const QUrl url(ok.value(u"url"_s).toString());
    if (!url.isValid())
        return {};
    const auto result = m_harness->post(url, bytes, {{"Content-Type"_ba, mime.toUtf8()}});
    if (result.status != 201)
        return {};
    return QJsonDocument::fromJson(result.body).object().value(u"media_ref"_s).toString();
}

QJsonObject TestMediaSend::sendMedia(
    const QString& key, const QString& kind, const QString& ref, const QString& caption)
{
    QJsonObject args {
        {u"conversation_id"_s, m_conversation}, {u"key"_s, key}, {u"kind"_s, kind}, {u"media_ref"_s, ref}};
    if (!caption.isEmpty())
        args.insert(u"caption"_s, caption);
    return m_maria->call(u"message.send"_s, args);
}

int TestMediaSend::sentOfType(const QString& type) const
{
    int n = 0;
    const QList<SentMessage> sent = m_harness->sandbox->sentMessages();
    for (const SentMessage& message : sent)
        n += message.type == type ? 1 : 0;
    return n;
}

void TestMediaSend::imageGoesOutOnceUploadedOnceDespite130429()
{
    // Meta takes one message a second: a text first uses this second's slot.
    start(1);
    const QJsonObject text = m_maria->call(u"message.send"_s,
        {{u"conversation_id"_s, m_conversation}, {u"key"_s, u"text-key-0001"_s}, {u"kind"_s, u"text"_s},
            {u"text"_s, u"Claro, segue a foto."_s}});
    QVERIFY(text.contains(u"ok"_s));
    QTRY_COMPARE(sentOfType(u"text"_s), 1);

    const QByteArray bytes = pngBytes();
    const QJsonObject announced = announce(u"produto.png"_s, u"image/png"_s, bytes.size());
    QCOMPARE(announced.value(u"ok"_s).toObject().value(u"kind"_s).toString(), u"image"_s);
    QCOMPARE(announced.value(u"ok"_s).toObject().value(u"max_bytes"_s).toInteger(), 5 * 1024 * 1024);
    const QString ref = upload(bytes, u"produto.png"_s, u"image/png"_s);
    QVERIFY(!ref.isEmpty());
    // Nothing reaches Meta until the message is sent.
    QCOMPARE(m_harness->sandbox->media().uploads().size(), 0);

    const QJsonObject reply = sendMedia(u"image-key-0001"_s, u"image"_s, ref, u"Este é o modelo azul"_s);
    const QJsonObject message = reply.value(u"ok"_s).toObject().value(u"message"_s).toObject();
    QCOMPARE(message.value(u"kind"_s).toString(), u"image"_s);
    QCOMPARE(message.value(u"text"_s).toString(), u"Este é o modelo azul"_s);
    QCOMPARE(message.value(u"media"_s).toObject().value(u"filename"_s).toString(), u"produto.png"_s);
    QCOMPARE(message.value(u"media"_s).toObject().value(u"size"_s).toInteger(), bytes.size());
    const qint64 id = message.value(u"id"_s).toInteger();
    QVERIFY(id > 0);

    // Uploaded, then refused with 130429 for the message itself.
    QTRY_COMPARE(
        m_harness->server->metrics().counter(u"atendo_outbox_retries_total{reason=\"130429\"}"_s), 1);
    QCOMPARE(m_harness->sandbox->media().uploads().size(), 1);
    QCOMPARE(sentOfType(u"image"_s), 0);
    // The next second lets it through, by the id already uploaded.
    for (int i = 0; i < 8 && sentOfType(u"image"_s) == 0; ++i) {
        m_harness->clock.advance(std::chrono::seconds(1));
        (void)QTest::qWaitFor([&] { return sentOfType(u"image"_s) == 1; }, 1000);
    }
    QCOMPARE(sentOfType(u"image"_s), 1);
    QCOMPARE(m_harness->sandbox->media().uploads().size(), 1);
    const QString mediaId = m_harness->sandbox->media().uploads().first();
    const SentMessage sent = m_harness->sandbox->sentMessages().last();
    QCOMPARE(sent.mediaId, mediaId);
    QCOMPARE(sent.text, u"Este é o modelo azul"_s);
    QCOMPARE(sent.mediaMimeType, u"image/png"_s);
    QCOMPARE(m_harness->sandbox->media().find(mediaId)->bytes, bytes);
    QVERIFY(m_maria->waitForEvent(u"message.status"_s, [&](const QJsonObject& data) {
        return data.value(u"message_id"_s).toInteger() == id && data.value(u"status"_s) == u"sent"_s;
    }));

    // The same key again is the same message: nothing more goes out.
    const QJsonObject again = sendMedia(u"image-key-0001"_s, u"image"_s, ref, u"Este é o modelo azul"_s);
    QCOMPARE(again.value(u"ok"_s).toObject().value(u"message"_s).toObject().value(u"id"_s).toInteger(), id);
    m_harness->clock.advance(std::chrono::seconds(2));
    QTest::qWait(300);
    QCOMPARE(sentOfType(u"image"_s), 1);
    QCOMPARE(m_harness->sandbox->media().uploads().size(), 1);

    // The agent's console can show what was sent, from the server's own copy.
    const QJsonObject link = m_maria->call(u"media.get"_s, {{u"message_id"_s, id}});
    const auto served = m_harness->get(QUrl(link.value(u"ok"_s).toObject().value(u"url"_s).toString()));
    QCOMPARE(served.status, 200);
    QCOMPARE(served.body, bytes);
}

void TestMediaSend::closedWindowRefusesUploadAndSend()
{
    start();
    const QString ref = upload(pngBytes(), u"foto.png"_s, u"image/png"_s);
    QVERIFY(!ref.isEmpty());
    m_harness->clock.advance(std::chrono::hours(24) + std::chrono::seconds(1));
    QCOMPARE(errCode(announce(u"outra.png"_s, u"image/png"_s, 4096)), u"window_closed"_s);
    QCOMPARE(errCode(sendMedia(u"late-key-0001"_s, u"image"_s, ref)), u"window_closed"_s);
    QTest::qWait(300);
    QCOMPARE(m_harness->sandbox->media().uploads().size(), 0);
    QCOMPARE(m_harness->sandbox->sentMessages().size(), 0);
    QCOMPARE(m_harness->count(u"messages"_s, u"direction = 'out'"_s), 0);
}

void TestMediaSend::optedOutContactIsRefused()
{
    start();
    const QString ref = upload(pngBytes(), u"foto.png"_s, u"image/png"_s);
    QVERIFY(!ref.isEmpty());
    QVERIFY(!m_harness->customerSays(Customer, u"PARAR"_s).isEmpty());
    QVERIFY(m_maria->waitForEvent(u"contact.changed"_s, [](const QJsonObject& data) {
        return data.value(u"contact"_s).toObject().value(u"consent_state"_s).toString() == u"opted_out";
    }));
    QCOMPARE(errCode(announce(u"outra.png"_s, u"image/png"_s, 4096)), u"contact_opted_out"_s);
    QCOMPARE(errCode(sendMedia(u"optout-key-0001"_s, u"image"_s, ref)), u"contact_opted_out"_s);
    QTest::qWait(300);
    QCOMPARE(m_harness->sandbox->media().uploads().size(), 0);
    QCOMPARE(sentOfType(u"image"_s), 0);
}

void TestMediaSend::wrongTypeOrSizeIsRefusedWithAReason()
{
    start();
    const auto details = [](const QJsonObject& reply) {
        return reply.value(u"err"_s).toObject().value(u"details"_s).toObject();
    };
    const QJsonObject exe = announce(u"setup.exe"_s, u"application/x-msdownload"_s, 1000);
    QCOMPARE(errCode(exe), u"bad_request"_s);
    QCOMPARE(details(exe).value(u"reason"_s).toString(), u"unsupported_type"_s);
    QVERIFY(exe.value(u"err"_s)
                .toObject()
                .value(u"message"_s)
                .toString()
                .contains(u"application/x-msdownload"_s));

    // 5 MiB is the most an image may have; one byte more is refused.
    QVERIFY(announce(u"big.jpg"_s, u"image/jpeg"_s, 5 * 1024 * 1024).contains(u"ok"_s));
    const QJsonObject big = announce(u"big.jpg"_s, u"image/jpeg"_s, 5 * 1024 * 1024 + 1);
    QCOMPARE(errCode(big), u"bad_request"_s);
    QCOMPARE(details(big).value(u"reason"_s).toString(), u"too_large"_s);
    QCOMPARE(details(big).value(u"max_bytes"_s).toInteger(), 5 * 1024 * 1024);
    // A document of the same size is fine (100 MiB).
    QVERIFY(announce(u"big.pdf"_s, u"application/pdf"_s, 5 * 1024 * 1024 + 1).contains(u"ok"_s));
    QCOMPARE(
        details(announce(u"empty.pdf"_s, u"application/pdf"_s, 0)).value(u"reason"_s).toString(), u"empty"_s);

    // A PDF is not an image.
    const QJsonObject wrongKind = m_maria->call(u"media.upload"_s,
        {{u"conversation_id"_s, m_conversation}, {u"file_name"_s, u"nota.pdf"_s},
            {u"mime_type"_s, u"application/pdf"_s}, {u"size"_s, 1000}, {u"kind"_s, u"image"_s}});
    QCOMPARE(details(wrongKind).value(u"reason"_s).toString(), u"wrong_kind"_s);
    // A PNG uploaded cannot be sent as a document.
    const QString ref = upload(pngBytes(), u"foto.png"_s, u"image/png"_s);
    QCOMPARE(details(sendMedia(u"kind-key-0001"_s, u"document"_s, ref)).value(u"reason"_s).toString(),
        u"wrong_kind"_s);
    // Audio carries no caption on WhatsApp.
    QCOMPARE(errCode(sendMedia(u"kind-key-0002"_s, u"audio"_s, ref, u"ouça"_s)), u"bad_request"_s);
    // A ref that was never uploaded, or that belongs to another conversation.
    QCOMPARE(errCode(sendMedia(u"kind-key-0003"_s, u"image"_s, u"0123456789abcdef0123456789abcdef"_s)),
        u"not_found"_s);
    QCOMPARE(errCode(sendMedia(u"kind-key-0004"_s, u"image"_s, u"../../etc/passwd"_s)), u"not_found"_s);
    QTest::qWait(200);
    QCOMPARE(m_harness->sandbox->media().uploads().size(), 0);
}

void TestMediaSend::usedOrExpiredUploadUrlIsRefused()
{
    start();
    const QByteArray bytes = pngBytes();
    const QUrl url(announce(u"a.png"_s, u"image/png"_s, bytes.size())
                       .value(u"ok"_s)
                       .toObject()
                       .value(u"url"_s)
                       .toString());
    QCOMPARE(m_harness->post(url, bytes, {{"Content-Type"_ba, "image/png"_ba}}).status, 201);
    // Single use.
    const auto second = m_harness->post(url, bytes, {{"Content-Type"_ba, "image/png"_ba}});
    QCOMPARE(second.status, 403);
    QVERIFY(second.body.contains("upload_url_invalid"));

    const QJsonObject ok = announce(u"b.png"_s, u"image/png"_s, bytes.size()).value(u"ok"_s).toObject();
    QCOMPARE(ok.value(u"expires_at"_s).toString(), u"2026-11-25T14:05:00.000Z"_s);
    m_harness->clock.advance(std::chrono::seconds(301));
    QCOMPARE(m_harness->post(QUrl(ok.value(u"url"_s).toString()), bytes).status, 403);
    // A made-up token.
    QUrl forged = url;
    forged.setPath(u"/media/upload/"_s + QString(64, u'a'));
    QCOMPARE(m_harness->post(forged, bytes).status, 403);
}

void TestMediaSend::uploadMustMatchWhatWasAnnounced()
{
    start();
    const QByteArray bytes = pngBytes();
    QUrl url(announce(u"a.png"_s, u"image/png"_s, bytes.size() + 1)
                 .value(u"ok"_s)
                 .toObject()
                 .value(u"url"_s)
                 .toString());
    const auto shorter = m_harness->post(url, bytes);
    QCOMPARE(shorter.status, 400);
    QVERIFY(shorter.body.contains("size_mismatch"));
    // Not a PNG at all, with the announced size.
    const QByteArray text(bytes.size(), 't');
    url = QUrl(announce(u"a.png"_s, u"image/png"_s, text.size())
                   .value(u"ok"_s)
                   .toObject()
                   .value(u"url"_s)
                   .toString());
    const auto fake = m_harness->post(url, text);
    QCOMPARE(fake.status, 400);
    QVERIFY(fake.body.contains("type_mismatch"));
}

void TestMediaSend::documentKeepsItsFileName()
{
    start();
    const QByteArray pdf = QByteArray("%PDF-1.4\n") + QByteArray(3000, 'd');
    const QString ref = upload(pdf, u"orçamento 42.pdf"_s, u"application/pdf"_s);
    QVERIFY(!ref.isEmpty());
    const QJsonObject reply = sendMedia(u"doc-key-0001"_s, u"document"_s, ref, u"Segue o orçamento"_s);
    QVERIFY(reply.contains(u"ok"_s));
    QTRY_COMPARE(sentOfType(u"document"_s), 1);
    const SentMessage sent = m_harness->sandbox->sentMessages().last();
    QCOMPARE(sent.mediaFileName, u"orçamento 42.pdf"_s);
    QCOMPARE(sent.text, u"Segue o orçamento"_s);
    QCOMPARE(sent.mediaMimeType, u"application/pdf"_s);
    QCOMPARE(sent.mediaSize, pdf.size());
}

QTEST_GUILESS_MAIN(TestMediaSend)
#include "tst_mediasend.moc"

// The webhook side over real HTTP: signatures over the raw bytes, the
// documented envelope, the handshake, bounded retries, and duplicates and
// batches only when asked.
#include "cloudapi/webhooksignature.h"
#include "sandboxfixture.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString ana = u"5511987654321"_s;

QJsonObject firstValue(const WebhookReceiver::Post& post)
{
    return post.json()
        .value(u"entry"_s)
        .toArray()
        .first()
        .toObject()
        .value(u"changes"_s)
        .toArray()
        .first()
        .toObject()
        .value(u"value"_s)
        .toObject();
}

} // namespace

class TestSandboxWebhooks : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> f;

private Q_SLOTS:
    void init() { f = std::make_unique<SandboxFixture>(); }
    void cleanup() { f.reset(); }

    void signatureVerifiesOverTheRawBody()
    {
        QVERIFY(f->start());
        f->inject(ana);
        QTRY_COMPARE(f->receiver->posts.size(), 1);
        const WebhookReceiver::Post post = f->receiver->posts.first();
        const QByteArray secret = f->config.appSecret.toUtf8();
        QCOMPARE(post.contentType, QByteArrayLiteral("application/json"));
        QVERIFY(post.signature.startsWith("sha256="));
        QVERIFY(Atendo::WebhookSignature::verify(post.body, post.signature, secret));

        QByteArray tampered = post.body;
        tampered.replace("Oi, tudo bem?", "Oi, tudo bom?");
        QVERIFY(tampered != post.body);
        QVERIFY(!Atendo::WebhookSignature::verify(tampered, post.signature, secret));
        QVERIFY(!Atendo::WebhookSignature::verify(post.body, post.signature, "another-secret"));
    }

    void injectedMessageArrivesInTheDocumentedEnvelope()
    {
        QVERIFY(f->start());
        const auto injected = f->http.post(f->url(u"/sandbox/inbound"_s),
            {{u"from"_s, u"+5511954321098"_s}, {u"name"_s, u"João Pedro Santos"_s},
                {u"user_id"_s, u"BR.9f8e7d6c5b4a3921"_s}, {u"type"_s, u"text"_s},
                {u"text"_s, u"Meu pedido não chegou"_s}});
        QCOMPARE(injected.status, 200);
        const QString wamid = injected.json().value(u"wamid"_s).toString();
        QVERIFY(wamid.startsWith(u"wamid."_s));
        QTRY_COMPARE(f->receiver->posts.size(), 1);

        const QJsonObject root = f->receiver->posts.first().json();
        QCOMPARE(root.value(u"object"_s).toString(), u"whatsapp_business_account"_s);
        const QJsonObject entry = root.value(u"entry"_s).toArray().first().toObject();
        QCOMPARE(entry.value(u"id"_s).toString(), f->config.wabaId);
        const QJsonObject change = entry.value(u"changes"_s).toArray().first().toObject();
        QCOMPARE(change.value(u"field"_s).toString(), u"messages"_s);
        const QJsonObject value = change.value(u"value"_s).toObject();
        QCOMPARE(value.value(u"messaging_product"_s).toString(), u"whatsapp"_s);
        QCOMPARE(value.value(u"metadata"_s).toObject(),
            (QJsonObject {{u"display_phone_number"_s, f->config.displayPhoneNumber},
                {u"phone_number_id"_s, f->config.phoneNumberId}}));
        const QJsonObject contact = value.value(u"contacts"_s).toArray().first().toObject();
        QCOMPARE(contact.value(u"profile"_s).toObject().value(u"name"_s).toString(), u"João Pedro Santos"_s);
        QCOMPARE(contact.value(u"wa_id"_s).toString(), u"5511954321098"_s);
        QCOMPARE(contact.value(u"user_id"_s).toString(), u"BR.9f8e7d6c5b4a3921"_s);
        const QJsonObject message = value.value(u"messages"_s).toArray().first().toObject();
        QCOMPARE(message.value(u"from"_s).toString(), u"5511954321098"_s);
        QCOMPARE(message.value(u"id"_s).toString(), wamid);
        QVERIFY(message.value(u"timestamp"_s).isString()); // Unix seconds as a string
        QCOMPARE(
            message.value(u"timestamp"_s).toString(), QString::number(f->sandbox->now().toSecsSinceEpoch()));
        QCOMPARE(message.value(u"type"_s).toString(), u"text"_s);
        QCOMPARE(message.value(u"text"_s).toObject().value(u"body"_s).toString(), u"Meu pedido não chegou"_s);
    }

    void everyInboundTypeHasItsObject()
    {
        QVERIFY(f->start());
        const QString reply = u"wamid.previous"_s;
        const QList<QJsonObject> requests {
            {{u"type"_s, u"image"_s}, {u"text"_s, u"Chegou assim"_s}},
            {{u"type"_s, u"document"_s}, {u"filename"_s, u"comprovante.pdf"_s}},
            {{u"type"_s, u"location"_s}, {u"latitude"_s, -23.5}, {u"longitude"_s, -46.6},
                {u"text"_s, u"Paulista"_s}},
            {{u"type"_s, u"button"_s}, {u"text"_s, u"Parar promoções"_s}, {u"context_id"_s, reply}},
            {{u"type"_s, u"reaction"_s}, {u"text"_s, u"👍"_s}, {u"context_id"_s, reply}},
            {{u"type"_s, u"reaction"_s}, {u"context_id"_s, reply}},
            {{u"type"_s, u"text"_s}, {u"text"_s, u"respondendo"_s}, {u"context_id"_s, reply}},
        };
        for (QJsonObject request : requests) {
            request.insert(u"from"_s, ana);
            QCOMPARE(f->http.post(f->url(u"/sandbox/inbound"_s), request).status, 200);
        }
        QTRY_COMPARE(f->receiver->messages().size(), requests.size());
        const QList<QJsonObject> m = f->receiver->messages();
        QCOMPARE(m[0].value(u"image"_s).toObject().value(u"mime_type"_s).toString(), u"image/png"_s);
        QCOMPARE(m[0].value(u"image"_s).toObject().value(u"caption"_s).toString(), u"Chegou assim"_s);
        QCOMPARE(m[1].value(u"document"_s).toObject().value(u"filename"_s).toString(), u"comprovante.pdf"_s);
        QCOMPARE(m[2].value(u"location"_s).toObject().value(u"latitude"_s).toDouble(), -23.5);
        QCOMPARE(m[3].value(u"button"_s).toObject().value(u"text"_s).toString(), u"Parar promoções"_s);
        QCOMPARE(m[3].value(u"context"_s).toObject().value(u"id"_s).toString(), reply);
        QCOMPARE(
            m[3].value(u"context"_s).toObject().value(u"from"_s).toString(), f->config.displayPhoneNumber);
        QCOMPARE(m[4].value(u"reaction"_s).toObject().value(u"emoji"_s).toString(), u"👍"_s);
        QVERIFY(!m[5].value(u"reaction"_s).toObject().contains(u"emoji"_s)); // removal
        QCOMPARE(m[6].value(u"context"_s).toObject().value(u"id"_s).toString(), reply);

        // Refused requests say why and send nothing.
        const auto bad
            = f->http.post(f->url(u"/sandbox/inbound"_s), {{u"from"_s, u"abc"_s}, {u"text"_s, u"x"_s}});
        QCOMPARE(bad.status, 400);
        QVERIFY(!bad.json().value(u"error"_s).toString().isEmpty());
    }

    void inboundMediaIsServedOnlyWithTheToken()
    {
        QVERIFY(f->start());
        f->sandbox->injectInbound({{u"from"_s, ana}, {u"type"_s, u"image"_s}});
        QTRY_COMPARE(f->receiver->messages().size(), 1);
        const QJsonObject image = f->receiver->messages().first().value(u"image"_s).toObject();
        const QString mediaId = image.value(u"id"_s).toString();

        QCOMPARE(f->http.get(f->url(u"/v24.0/"_s + mediaId)).status, 401);
        const auto info = f->http.get(f->url(u"/v24.0/"_s + mediaId), f->token());
        QCOMPARE(info.status, 200);
        const QJsonObject media = info.json();
        QCOMPARE(media.value(u"id"_s).toString(), mediaId);
        QCOMPARE(media.value(u"messaging_product"_s).toString(), u"whatsapp"_s);
        QCOMPARE(media.value(u"mime_type"_s).toString(), u"image/png"_s);
        const QUrl url(media.value(u"url"_s).toString());
        QCOMPARE(url.port(), int(f->sandbox->port()));

        QCOMPARE(f->http.get(url).status, 401);
        const auto bytes = f->http.get(url, f->token());
        QCOMPARE(bytes.status, 200);
        QVERIFY(bytes.body.startsWith("\x89PNG"));
        QCOMPARE(media.value(u"file_size"_s).toInt(), bytes.body.size());
        QCOMPARE(media.value(u"sha256"_s).toString(),
            QString::fromLatin1(QCryptographicHash::hash(bytes.body, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(image.value(u"sha256"_s).toString(), media.value(u"sha256"_s).toString());
        QCOMPARE(f->http.get(f->url(u"/v24.0/999"_s), f->token()).status, 400);
    }

    void handshakeEchoesTheChallenge()
    {
        f->config.handshake = true;
        QVERIFY(f->receiver->listen());
        f->config.webhookUrl = f->receiver->url();
        f->sandbox = std::make_unique<Atendo::Sandbox>(f->config, &f->clock);
        QSignalSpy finished(f->sandbox.get(), &Atendo::Sandbox::handshakeFinished);
        QVERIFY(f->sandbox->listen());
        QVERIFY(finished.wait());
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(f->sandbox->handshake(), Atendo::Sandbox::Handshake::Verified);
        const QUrlQuery query = f->receiver->handshakes.first();
        QCOMPARE(query.queryItemValue(u"hub.mode"_s), u"subscribe"_s);
        QCOMPARE(query.queryItemValue(u"hub.verify_token"_s), f->config.verifyToken);
        QVERIFY(!query.queryItemValue(u"hub.challenge"_s).isEmpty());

        // A wrong token is not echoed: the sandbox notices, and says so in /sandbox/health.
        f->receiver->verifyToken = u"something-else"_s;
        f->sandbox->setWebhookUrl(f->receiver->url());
        QVERIFY(finished.wait());
        QCOMPARE(finished.last().first().toBool(), false);
        QCOMPARE(
            f->http.get(f->url(u"/sandbox/health"_s)).json().value(u"handshake"_s).toString(), u"failed"_s);
    }

    void retriesStopWhenTheReceiverRecovers()
    {
        QVERIFY(f->start());
        f->receiver->failNext(500, 2);
        QSignalSpy attempts(f->sandbox.get(), &Atendo::Sandbox::webhookAttempted);
        f->inject(ana);
        QTRY_COMPARE(f->receiver->posts.size(), 3);
        QTRY_COMPARE(attempts.size(), 3);
        QVERIFY(!attempts.wait(200)); // the retry after 10, 20 ms would have come by now
        QCOMPARE(f->receiver->posts.size(), 3);
        QCOMPARE(f->receiver->posts[0].body, f->receiver->posts[2].body); // same bytes, same signature
        QCOMPARE(f->receiver->posts[0].signature, f->receiver->posts[2].signature);

        const auto log = f->http.get(f->url(u"/sandbox/webhooks"_s)).json().value(u"data"_s).toArray();
        QCOMPARE(log.size(), 3);
        const QStringList outcomes {u"retrying"_s, u"retrying"_s, u"delivered"_s};
        for (int i = 0; i < 3; ++i) {
            const QJsonObject attempt = log.at(i).toObject();
            QCOMPARE(attempt.value(u"attempt"_s).toInt(), i + 1);
            QCOMPARE(attempt.value(u"http_status"_s).toInt(), i < 2 ? 500 : 200);
            QCOMPARE(attempt.value(u"outcome"_s).toString(), outcomes.at(i));
            QCOMPARE(attempt.value(u"duplicate"_s).toBool(), false);
        }
    }

    void retriesAreBounded()
    {
        f->config.retryMax = 3;
        QVERIFY(f->start());
        f->receiver->failNext(503, 100);
        QSignalSpy attempts(f->sandbox.get(), &Atendo::Sandbox::webhookAttempted);
        f->inject(ana);
        QTRY_COMPARE(attempts.size(), 3);
        QVERIFY(!attempts.wait(200));
        QCOMPARE(f->sandbox->webhookLog().last().outcome, u"dropped"_s);
        QCOMPARE(f->sandbox->webhooks().queued(), 0);
    }

    void networkErrorsAreRetriedToo()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        QUrl dead = f->receiver->url();
        dead.setPort(closed.serverPort());
        closed.close();
        QVERIFY(f->start());
        f->sandbox->setWebhookUrl(dead);
        QSignalSpy attempts(f->sandbox.get(), &Atendo::Sandbox::webhookAttempted);
        f->inject(ana);
        QVERIFY(attempts.wait());
        QCOMPARE(f->sandbox->webhookLog().first().httpStatus, 0);
        QCOMPARE(f->sandbox->webhookLog().first().outcome, u"retrying"_s);
        f->sandbox->setWebhookUrl(f->receiver->url());
        QTRY_COMPARE(f->receiver->posts.size(), 1);
        QCOMPARE(f->sandbox->webhookLog().last().outcome, u"delivered"_s);
    }

    void noDuplicatesUnlessAsked()
    {
        QVERIFY(f->start());
        for (int i = 0; i < 5; ++i)
            f->inject(ana);
        QTRY_COMPARE(f->receiver->posts.size(), 5);
        QVERIFY(!QSignalSpy(f->receiver.get(), &WebhookReceiver::received).wait(100));
        QSet<QByteArray> bodies;
        for (const auto& post : f->receiver->posts)
            bodies.insert(post.body);
        QCOMPARE(bodies.size(), 5);
    }

    void duplicatesWhenAsked()
    {
        f->config.duplicateProbability = 1.0;
        QVERIFY(f->start());
        for (int i = 0; i < 3; ++i)
            f->inject(ana);
        QTRY_COMPARE(f->receiver->posts.size(), 6);
        QVERIFY(!QSignalSpy(f->receiver.get(), &WebhookReceiver::received).wait(100));
        QHash<QByteArray, int> copies;
        for (const auto& post : f->receiver->posts)
            ++copies[post.body];
        QCOMPARE(copies.size(), 3);
        for (int count : copies)
            QCOMPARE(count, 2);
        int flagged = 0;
        for (const auto& attempt : f->sandbox->webhookLog())
            flagged += attempt.duplicate ? 1 : 0;
        QCOMPARE(flagged, 3);
    }

    void batchesOnlyWhenAsked()
    {
        QVERIFY(f->start());
        for (int i = 0; i < 3; ++i)
            f->inject(ana);
        QTRY_COMPARE(f->receiver->messages().size(), 3);
        QCOMPARE(f->receiver->posts.size(), 3);
        for (const auto& post : f->receiver->posts)
            QCOMPARE(firstValue(post).value(u"messages"_s).toArray().size(), 1);
    }

    void batchesWhenAsked()
    {
        f->config.batchSize = 3;
        QVERIFY(f->start());
        for (int i = 0; i < 4; ++i)
            f->inject(i < 2 ? ana : u"5511976543210"_s);
        QTRY_COMPARE(f->receiver->messages().size(), 4);
        QCOMPARE(f->receiver->posts.size(), 2);
        const QJsonObject value = firstValue(f->receiver->posts.first());
        QCOMPARE(value.value(u"messages"_s).toArray().size(), 3);
        QCOMPARE(value.value(u"contacts"_s).toArray().size(), 2);
        QVERIFY(Atendo::WebhookSignature::verify(f->receiver->posts.first().body,
            f->receiver->posts.first().signature, f->config.appSecret.toUtf8()));
        QCOMPARE(f->sandbox->webhookLog().first().updates, 3);
    }

    void templateAndPreferenceEventsAreSent()
    {
        QVERIFY(f->start());
        QCOMPARE(f->http
                     .post(f->url(u"/sandbox/templates/oferta_fim_de_semana/status"_s),
                         {{u"status"_s, u"REJECTED"_s}, {u"reason"_s, u"PROMOTIONAL"_s}})
                     .status,
            200);
        QCOMPARE(f->http
                     .post(f->url(u"/sandbox/templates/pedido_confirmado/quality"_s),
                         {{u"score"_s, u"YELLOW"_s}, {u"language"_s, u"pt_BR"_s}})
                     .status,
            200);
        QCOMPARE(
            f->http.post(f->url(u"/sandbox/users/%1/marketing"_s.arg(ana)), {{u"value"_s, u"stop"_s}}).status,
            200);
        QCOMPARE(f->http.post(f->url(u"/sandbox/templates/nao_existe/status"_s), {{u"status"_s, u"PAUSED"_s}})
                     .status,
            404);
        QTRY_COMPARE(f->receiver->posts.size(), 3);

        const QJsonObject status = f->receiver->values(u"message_template_status_update"_s).first();
        QCOMPARE(status.value(u"event"_s).toString(), u"REJECTED"_s);
        QCOMPARE(status.value(u"reason"_s).toString(), u"PROMOTIONAL"_s);
        QCOMPARE(status.value(u"message_template_name"_s).toString(), u"oferta_fim_de_semana"_s);
        QCOMPARE(status.value(u"message_template_language"_s).toString(), u"pt_BR"_s);
        QVERIFY(status.value(u"message_template_id"_s).isDouble());

        const QJsonObject quality = f->receiver->values(u"message_template_quality_update"_s).first();
        QCOMPARE(quality.value(u"previous_quality_score"_s).toString(), u"GREEN"_s);
        QCOMPARE(quality.value(u"new_quality_score"_s).toString(), u"YELLOW"_s);

        const QJsonObject preference = f->receiver->values(u"user_preferences"_s)
                                           .first()
                                           .value(u"user_preferences"_s)
                                           .toArray()
                                           .first()
                                           .toObject();
        QCOMPARE(preference.value(u"wa_id"_s).toString(), ana);
        QCOMPARE(preference.value(u"category"_s).toString(), u"marketing_messages"_s);
        QCOMPARE(preference.value(u"value"_s).toString(), u"stop"_s);
    }

    void seededHistoryCoversEveryWindowState()
    {
        f->config.seedHistory = true;
        QVERIFY(f->start());
        QTRY_COMPARE(f->receiver->messages().size(), 3);
        const qint64 now = f->sandbox->now().toSecsSinceEpoch();
        QList<qint64> ages;
        for (const QJsonObject& message : f->receiver->messages())
            ages.append(now - message.value(u"timestamp"_s).toString().toLongLong());
        QCOMPARE(ages, (QList<qint64> {23 * 3600 + 40 * 60, 20 * 3600, 2 * 3600}));
    }
};

QTEST_GUILESS_MAIN(TestSandboxWebhooks)
#include "tst_sandboxwebhooks.moc"

// Meta's rules as the sandbox enforces them, over real HTTP: each returns
// Meta's code, synchronously or as a failed status webhook.
#include "sandboxfixture.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString ana = u"5511987654321"_s;
const QString bruno = u"5511976543210"_s;

QJsonObject text(const QString& value)
{
    return {{u"type"_s, u"text"_s}, {u"text"_s, value}};
}

QJsonArray body(const QJsonArray& params)
{
    return {QJsonObject {{u"type"_s, u"body"_s}, {u"parameters"_s, params}}};
}

QJsonArray promoComponents(const QJsonObject& headerParam)
{
    return {QJsonObject {{u"type"_s, u"header"_s}, {u"parameters"_s, QJsonArray {headerParam}}},
        QJsonObject {{u"type"_s, u"body"_s}, {u"parameters"_s, QJsonArray {text(u"Ana"_s), text(u"30%"_s)}}},
        QJsonObject {{u"type"_s, u"button"_s}, {u"sub_type"_s, u"url"_s}, {u"index"_s, u"1"_s},
            {u"parameters"_s, QJsonArray {text(u"bf2026"_s)}}}};
}

const QJsonObject imageHeader {
    {u"type"_s, u"image"_s}, {u"image"_s, QJsonObject {{u"link"_s, u"https://example.com/bf.png"_s}}}};

} // namespace

class TestSandboxRules : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> f;

    // Waits for the failed status of `wamid` and returns its first error code.
    int asyncErrorCode(const QString& wamid)
    {
        [&] { QTRY_VERIFY(!f->statusesFor(wamid).isEmpty()); }();
        const QJsonObject status = f->statusesFor(wamid).constFirst();
        if (status.value(u"status"_s).toString() != u"failed")
            return 0;
        return status.value(u"errors"_s).toArray().first().toObject().value(u"code"_s).toInt();
    }

    void expectDelivered(const QString& wamid)
    {
        QTRY_COMPARE(f->statusesFor(wamid).size(), 3);
        QCOMPARE(f->statusesFor(wamid).first().value(u"status"_s).toString(), u"sent"_s);
    }

private Q_SLOTS:
    void init() { f = std::make_unique<SandboxFixture>(); }

    void cleanup() { f.reset(); }

    void wrongBearerIsRefusedWith190()
    {
        QVERIFY(f->start());
        const QJsonObject message {{u"messaging_product"_s, u"whatsapp"_s}, {u"to"_s, ana},
            {u"type"_s, u"text"_s}, {u"text"_s, QJsonObject {{u"body"_s, u"oi"_s}}}};
        for (const QByteArray& token : {QByteArray(), QByteArray("wrong-token")}) {
            const auto result = f->http.post(f->messagesUrl(), message, token);
            QCOMPARE(result.status, 401);
            const QJsonObject error = result.json().value(u"error"_s).toObject();
            QCOMPARE(error.value(u"code"_s).toInt(), 190);
            QCOMPARE(error.value(u"type"_s).toString(), u"OAuthException"_s);
            QVERIFY(!error.value(u"fbtrace_id"_s).toString().isEmpty());
        }
        QCOMPARE(
            f->http.get(f->url(u"/v24.0/"_s + f->config.wabaId + u"/message_templates"_s), "nope").status,
            401);
        QVERIFY(f->sandbox->sentMessages().isEmpty());
    }

    void freeFormNeedsTheWindowMeasuredFromTheLastInbound()
    {
        QVERIFY(f->start());
        f->inject(ana);
        f->clock.advance(std::chrono::hours(23) + std::chrono::minutes(59));
        const auto inside = f->sendText(ana, u"Ainda dá tempo"_s);
        QCOMPARE(inside.status, 200);
        expectDelivered(SandboxFixture::wamidOf(inside));

        f->clock.advance(std::chrono::seconds(61)); // 24 h + 1 s after the inbound message
        const auto outside = f->sendText(ana, u"Tarde demais"_s);
        QCOMPARE(outside.status, 200); // accepted, as Meta does...
        const QString wamid = SandboxFixture::wamidOf(outside);
        QVERIFY(wamid.startsWith(u"wamid."_s));
        QCOMPARE(asyncErrorCode(wamid), 131047); // ...then failed
        QCOMPARE(f->statusesFor(wamid).size(), 1);

        const auto reaction = f->send({{u"to"_s, ana}, {u"type"_s, u"reaction"_s},
            {u"reaction"_s, QJsonObject {{u"message_id"_s, wamid}, {u"emoji"_s, u"👍"_s}}}});
        QCOMPARE(asyncErrorCode(SandboxFixture::wamidOf(reaction)), 131047);

        // A template still goes out, and a new inbound message reopens the window.
        expectDelivered(SandboxFixture::wamidOf(f->sendTemplate(ana, u"pedido_confirmado"_s, u"pt_BR"_s,
            body({text(u"Ana"_s), text(u"#1"_s), text(u"sexta"_s)}))));
        f->inject(ana);
        expectDelivered(SandboxFixture::wamidOf(f->sendText(ana, u"Voltou!"_s)));
    }

    void backdatedInboundOpensAShorterWindow()
    {
        QVERIFY(f->start());
        f->inject(bruno, 24 * 3600 - 30); // written 23 h 59 min 30 s ago
        expectDelivered(SandboxFixture::wamidOf(f->sendText(bruno, u"Bem a tempo"_s)));
        f->clock.advance(std::chrono::seconds(31));
        QCOMPARE(asyncErrorCode(SandboxFixture::wamidOf(f->sendText(bruno, u"Agora não"_s))), 131047);
    }

    void bsuidRecipientReachesTheKnownCustomer()
    {
        QVERIFY(f->start());
        f->sandbox->injectInbound(
            {{u"from"_s, ana}, {u"user_id"_s, u"BR.1a2b3c4d5e6f7081"_s}, {u"text"_s, u"oi"_s}});
        const auto result = f->send({{u"recipient"_s, u"BR.1a2b3c4d5e6f7081"_s}, {u"type"_s, u"text"_s},
            {u"text"_s, QJsonObject {{u"body"_s, u"Olá!"_s}}}});
        QCOMPARE(result.status, 200);
        const QJsonObject contact = result.json().value(u"contacts"_s).toArray().first().toObject();
        QCOMPARE(contact.value(u"user_id"_s).toString(), u"BR.1a2b3c4d5e6f7081"_s);
        QVERIFY(!contact.contains(u"wa_id"_s));
        expectDelivered(SandboxFixture::wamidOf(result));
        QCOMPARE(
            f->statusesFor(SandboxFixture::wamidOf(result)).first().value(u"recipient_id"_s).toString(), ana);
        const auto unknown = f->send({{u"recipient"_s, u"BR.unknown"_s}, {u"type"_s, u"text"_s},
            {u"text"_s, QJsonObject {{u"body"_s, u"?"_s}}}});
        QCOMPARE(SandboxFixture::errorCodeOf(unknown), 100);
    }

    void textBodyIsLimitedTo4096()
    {
        QVERIFY(f->start());
        f->inject(ana);
        QCOMPARE(f->sendText(ana, QString(4096, u'a')).status, 200);
        const auto tooLong = f->sendText(ana, QString(4097, u'a'));
        QCOMPARE(tooLong.status, 400);
        QCOMPARE(SandboxFixture::errorCodeOf(tooLong), 100);
    }

    void unknownOrUnapprovedTemplateIs132001_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("language");
        QTest::newRow("unknown name") << u"nao_existe"_s << u"pt_BR"_s;
        QTest::newRow("wrong language") << u"pedido_confirmado"_s << u"es"_s;
        QTest::newRow("pending") << u"oferta_fim_de_semana"_s << u"pt_BR"_s;
        QTest::newRow("rejected") << u"reativacao_cliente"_s << u"pt_BR"_s;
    }

    void unknownOrUnapprovedTemplateIs132001()
    {
        QFETCH(QString, name);
        QFETCH(QString, language);
        QVERIFY(f->start());
        const auto result = f->sendTemplate(ana, name, language, body({text(u"Ana"_s), text(u"R$ 99"_s)}));
        QCOMPARE(SandboxFixture::errorCodeOf(result), 132001);
        QCOMPARE(result.status, 404);
        QVERIFY(f->sandbox->sentMessages().isEmpty());
    }

    void parameterCountMismatchIs132000()
    {
        QVERIFY(f->start());
        QCOMPARE(SandboxFixture::errorCodeOf(f->sendTemplate(
                     ana, u"pedido_confirmado"_s, u"pt_BR"_s, body({text(u"Ana"_s), text(u"#1"_s)}))),
            132000);
        QCOMPARE(
            SandboxFixture::errorCodeOf(f->sendTemplate(ana, u"pedido_confirmado"_s, u"pt_BR"_s)), 132000);
        // The URL button's variable suffix is a parameter too.
        QJsonArray withoutButton = promoComponents(imageHeader);
        withoutButton.removeLast();
        QCOMPARE(SandboxFixture::errorCodeOf(
                     f->sendTemplate(ana, u"promo_black_friday"_s, u"pt_BR"_s, withoutButton)),
            132000);
        QCOMPARE(f->sendTemplate(ana, u"pedido_confirmado"_s, u"pt_BR"_s,
                      body({text(u"Ana"_s), text(u"#1"_s), text(u"sexta"_s)}))
                     .status,
            200);
    }

    void parameterFormatMismatchIs132012()
    {
        QVERIFY(f->start());
        const auto textHeader
            = f->sendTemplate(ana, u"promo_black_friday"_s, u"pt_BR"_s, promoComponents(text(u"imagem"_s)));
        QCOMPARE(SandboxFixture::errorCodeOf(textHeader), 132012);
        QVERIFY(textHeader.json()
                    .value(u"error"_s)
                    .toObject()
                    .value(u"error_data"_s)
                    .toObject()
                    .value(u"details"_s)
                    .toString()
                    .contains(u"expected IMAGE"_s));

        const QJsonArray unnamed = body({text(u"Carla"_s), text(u"R$ 10"_s), text(u"10/12"_s)});
        QCOMPARE(
            SandboxFixture::errorCodeOf(f->sendTemplate(ana, u"lembrete_pagamento"_s, u"pt_BR"_s, unnamed)),
            132012);

        QJsonArray named;
        for (const auto& [name, value] : {std::pair {u"first_name"_s, u"Carla"_s}, {u"amount"_s, u"R$ 10"_s},
                 {u"due_date"_s, u"10/12"_s}}) {
            QJsonObject param = text(value);
            param.insert(u"parameter_name"_s, name);
            named.append(param);
        }
        QCOMPARE(f->sendTemplate(ana, u"lembrete_pagamento"_s, u"pt_BR"_s, body(named)).status, 200);
        QCOMPARE(
            f->sendTemplate(ana, u"promo_black_friday"_s, u"pt_BR"_s, promoComponents(imageHeader)).status,
            200);
    }

    void pausedAndDisabledTemplates()
    {
        QVERIFY(f->start());
        QCOMPARE(SandboxFixture::errorCodeOf(
                     f->sendTemplate(ana, u"pesquisa_satisfacao"_s, u"pt_BR"_s, body({text(u"Ana"_s)}))),
            132015);
        QCOMPARE(SandboxFixture::errorCodeOf(
                     f->sendTemplate(ana, u"aviso_manutencao"_s, u"pt_BR"_s, body({text(u"domingo"_s)}))),
            132016);
        // Pausing an approved template through the control API takes effect at once.
        const auto paused = f->http.post(
            f->url(u"/sandbox/templates/pedido_confirmado/status"_s), {{u"status"_s, u"PAUSED"_s}});
        QCOMPARE(paused.status, 200);
        QCOMPARE(SandboxFixture::errorCodeOf(f->sendTemplate(ana, u"pedido_confirmado"_s, u"pt_BR"_s,
                     body({text(u"A"_s), text(u"B"_s), text(u"C"_s)}))),
            132015);
    }

    void throughputOverMpsIs130429()
    {
        f->config.messagesPerSecond = 3;
        f->config.pairLimit = false;
        QVERIFY(f->start());
        f->inject(ana);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(f->sendText(ana, u"mensagem %1"_s.arg(i)).status, 200);
        const auto over = f->sendText(ana, u"quarta"_s);
        QCOMPARE(SandboxFixture::errorCodeOf(over), 130429);
        f->clock.advance(std::chrono::seconds(1));
        QCOMPARE(SandboxFixture::errorCodeOf(f->sendText(ana, u"depois de 1 s"_s)), 0);
    }

    void pairLimitIs131056()
    {
        QVERIFY(f->start());
        f->inject(ana);
        for (int i = 0; i < 45; ++i) {
            const auto burst = f->sendText(ana, u"mensagem %1"_s.arg(i));
            QVERIFY2(burst.status == 200, burst.body.constData());
        }
        const auto over = f->sendText(ana, u"uma a mais"_s);
        QCOMPARE(SandboxFixture::errorCodeOf(over), 131056);
        f->inject(bruno);
        QCOMPARE(f->sendText(bruno, u"outro cliente"_s).status, 200);
        f->clock.advance(std::chrono::seconds(6));
        QCOMPARE(f->sendText(ana, u"6 s depois"_s).status, 200);
        QCOMPARE(SandboxFixture::errorCodeOf(f->sendText(ana, u"logo em seguida"_s)), 131056);
    }

    void pairLimitCanBeSwitchedOff()
    {
        f->config.pairLimit = false;
        QVERIFY(f->start());
        f->inject(ana);
        for (int i = 0; i < 50; ++i)
            QCOMPARE(f->sendText(ana, u"mensagem %1"_s.arg(i)).status, 200);
    }

    void marketingStopFailsWith131050()
    {
        QVERIFY(f->start());
        const auto stop
            = f->http.post(f->url(u"/sandbox/users/%1/marketing"_s.arg(ana)), {{u"value"_s, u"stop"_s}});
        QCOMPARE(stop.status, 200);
        const auto promo
            = f->sendTemplate(ana, u"promo_black_friday"_s, u"pt_BR"_s, promoComponents(imageHeader));
        QCOMPARE(promo.status, 200);
        QCOMPARE(asyncErrorCode(SandboxFixture::wamidOf(promo)), 131050);
        // Utility templates are not marketing: they still arrive.
        expectDelivered(SandboxFixture::wamidOf(f->sendTemplate(ana, u"pedido_confirmado"_s, u"pt_BR"_s,
            body({text(u"Ana"_s), text(u"#1"_s), text(u"sexta"_s)}))));
        QCOMPARE(f->http.post(f->url(u"/sandbox/users/%1/marketing"_s.arg(ana)), {{u"value"_s, u"resume"_s}})
                     .status,
            200);
        expectDelivered(SandboxFixture::wamidOf(
            f->sendTemplate(ana, u"promo_black_friday"_s, u"pt_BR"_s, promoComponents(imageHeader))));
    }

    void numberNotOnWhatsAppFailsWith131026()
    {
        QVERIFY(f->start());
        const auto result = f->sendTemplate(u"5511900000000"_s, u"codigo_verificacao"_s, u"pt_BR"_s,
            {QJsonObject {{u"type"_s, u"body"_s}, {u"parameters"_s, QJsonArray {text(u"482913"_s)}}},
                QJsonObject {{u"type"_s, u"button"_s}, {u"sub_type"_s, u"url"_s}, {u"index"_s, 0},
                    {u"parameters"_s, QJsonArray {text(u"482913"_s)}}}});
        QCOMPARE(result.status, 200);
        QCOMPARE(asyncErrorCode(SandboxFixture::wamidOf(result)), 131026);
        const auto sent = f->sandbox->sentMessages();
        QCOMPARE(sent.size(), 1);
        QTRY_COMPARE(f->sandbox->sentMessages().constFirst().status, u"failed"_s);
        QCOMPARE(f->sandbox->sentMessages().constFirst().errorCode, 131026);
    }
};

QTEST_GUILESS_MAIN(TestSandboxRules)
#include "tst_sandboxrules.moc"

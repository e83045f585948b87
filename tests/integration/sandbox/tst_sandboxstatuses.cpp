// What follows an accepted message: sent → delivered → read status webhooks,
// in order, with the pricing object Meta would bill by under --pricing.
#include "sandbox/sandboxoptions.h"
#include "sandboxfixture.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString ana = u"5511987654321"_s;

QJsonObject text(const QString& value)
{
    return {{u"type"_s, u"text"_s}, {u"text"_s, value}};
}

QJsonArray orderParams()
{
    return {QJsonObject {{u"type"_s, u"body"_s},
        {u"parameters"_s, QJsonArray {text(u"Ana"_s), text(u"#4821"_s), text(u"sexta"_s)}}}};
}

QJsonArray otpParams()
{
    return {QJsonObject {{u"type"_s, u"body"_s}, {u"parameters"_s, QJsonArray {text(u"482913"_s)}}},
        QJsonObject {{u"type"_s, u"button"_s}, {u"sub_type"_s, u"url"_s}, {u"index"_s, u"0"_s},
            {u"parameters"_s, QJsonArray {text(u"482913"_s)}}}};
}

QJsonArray promoParams()
{
    return {QJsonObject {{u"type"_s, u"header"_s},
                {u"parameters"_s,
                    QJsonArray {QJsonObject {{u"type"_s, u"image"_s},
                        {u"image"_s, QJsonObject {{u"link"_s, u"https://example.com/a.png"_s}}}}}}},
        QJsonObject {{u"type"_s, u"body"_s}, {u"parameters"_s, QJsonArray {text(u"Ana"_s), text(u"30%"_s)}}},
        QJsonObject {{u"type"_s, u"button"_s}, {u"sub_type"_s, u"url"_s}, {u"index"_s, 1},
            {u"parameters"_s, QJsonArray {text(u"bf"_s)}}}};
}

} // namespace

class TestSandboxStatuses : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> f;

    QJsonObject pricingOf(const QString& wamid)
    {
        [&] { QTRY_COMPARE(f->statusesFor(wamid).size(), 3); }();
        return f->statusesFor(wamid).first().value(u"pricing"_s).toObject();
    }

private Q_SLOTS:
    void init() { f = std::make_unique<SandboxFixture>(); }
    void cleanup() { f.reset(); }

    void statusesArriveInOrderWithPricing()
    {
        QVERIFY(f->start());
        f->inject(ana);
        const auto result = f->send(
            {{u"to"_s, ana}, {u"type"_s, u"text"_s}, {u"text"_s, QJsonObject {{u"body"_s, u"Olá, Ana!"_s}}},
                {u"biz_opaque_callback_data"_s, u"ticket-42"_s}});
        QCOMPARE(result.status, 200);
        // §2.3: contacts with input and wa_id; message_status only for templates.
        QCOMPARE(result.json().value(u"messaging_product"_s).toString(), u"whatsapp"_s);
        QCOMPARE(result.json().value(u"contacts"_s).toArray().first().toObject().value(u"wa_id"_s).toString(),
            ana);
        QVERIFY(
            !result.json().value(u"messages"_s).toArray().first().toObject().contains(u"message_status"_s));
        const QString wamid = SandboxFixture::wamidOf(result);

        QTRY_COMPARE(f->statusesFor(wamid).size(), 3);
        const QList<QJsonObject> statuses = f->statusesFor(wamid);
        const QStringList order {u"sent"_s, u"delivered"_s, u"read"_s};
        for (int i = 0; i < 3; ++i) {
            const QJsonObject status = statuses.at(i);
            QCOMPARE(status.value(u"status"_s).toString(), order.at(i));
            QCOMPARE(status.value(u"recipient_id"_s).toString(), ana);
            QVERIFY(status.value(u"timestamp"_s).isString());
            QCOMPARE(status.value(u"biz_opaque_callback_data"_s).toString(), u"ticket-42"_s);
            QVERIFY(!status.contains(u"conversation"_s)); // v24+: omitted
            QVERIFY(!status.contains(u"errors"_s));
            QCOMPARE(status.contains(u"pricing"_s), i < 2); // with sent and delivered only
        }
        QCOMPARE(
            statuses.first().value(u"pricing"_s).toObject().value(u"pricing_model"_s).toString(), u"PMP"_s);
        QTRY_COMPARE(f->sandbox->sentMessages().constFirst().status, u"read"_s);
    }

    void pricingFollowsTheConfiguredRules_data()
    {
        QTest::addColumn<QString>("regime");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("windowOpen");
        QTest::addColumn<bool>("billable");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("category");
        const QString regular = u"regular"_s;
        const QString free = u"free_customer_service"_s;
        QTest::newRow("2025-07 service")
            << u"2025-07"_s << u"text"_s << true << false << free << u"service"_s;
        QTest::newRow("2026-10 service")
            << u"2026-10"_s << u"text"_s << true << true << regular << u"service"_s;
        QTest::newRow("2025-07 utility in window")
            << u"2025-07"_s << u"utility"_s << true << false << free << u"utility"_s;
        QTest::newRow("2026-10 utility in window")
            << u"2026-10"_s << u"utility"_s << true << true << regular << u"utility"_s;
        QTest::newRow("2025-07 utility outside")
            << u"2025-07"_s << u"utility"_s << false << true << regular << u"utility"_s;
        QTest::newRow("2025-07 marketing in window")
            << u"2025-07"_s << u"marketing"_s << true << true << regular << u"marketing"_s;
        QTest::newRow("2026-10 authentication")
            << u"2026-10"_s << u"authentication"_s << false << true << regular << u"authentication"_s;
    }

    void pricingFollowsTheConfiguredRules()
    {
        QFETCH(QString, regime);
        QFETCH(QString, kind);
        QFETCH(bool, windowOpen);
        QFETCH(bool, billable);
        QFETCH(QString, type);
        QFETCH(QString, category);
        QVERIFY(Atendo::SandboxOptions::apply(f->config, u"pricing"_s, regime).isEmpty());
        QVERIFY(f->start());
        if (windowOpen)
            f->inject(ana);
        HttpClient::Result result;
        if (kind == u"text")
            result = f->sendText(ana, u"Pois não?"_s);
        else if (kind == u"utility")
            result = f->sendTemplate(ana, u"pedido_confirmado"_s, u"pt_BR"_s, orderParams());
        else if (kind == u"marketing")
            result = f->sendTemplate(ana, u"promo_black_friday"_s, u"pt_BR"_s, promoParams());
        else
            result = f->sendTemplate(ana, u"codigo_verificacao"_s, u"pt_BR"_s, otpParams());
        QCOMPARE(result.status, 200);
        const QJsonObject pricing = pricingOf(SandboxFixture::wamidOf(result));
        QCOMPARE(pricing.value(u"billable"_s).toBool(), billable);
        QCOMPARE(pricing.value(u"type"_s).toString(), type);
        QCOMPARE(pricing.value(u"category"_s).toString(), category);
        QCOMPARE(pricing.value(u"pricing_model"_s).toString(), u"PMP"_s);
        const auto sent = f->http.get(f->url(u"/sandbox/sent"_s)).json().value(u"data"_s).toArray();
        QCOMPARE(sent.first().toObject().value(u"pricing"_s).toObject(), pricing);
    }

    void freeEntryPointKeepsTheConversationObject()
    {
        QVERIFY(f->start());
        f->sandbox->injectInbound({{u"from"_s, ana}, {u"text"_s, u"Vi o anúncio"_s}, {u"referral"_s, true}});
        const QString wamid = SandboxFixture::wamidOf(
            f->sendTemplate(ana, u"promo_black_friday"_s, u"pt_BR"_s, promoParams()));
        QTRY_COMPARE(f->statusesFor(wamid).size(), 3);
        const QJsonObject sent = f->statusesFor(wamid).first();
        const QJsonObject pricing = sent.value(u"pricing"_s).toObject();
        QCOMPARE(pricing.value(u"type"_s).toString(), u"free_entry_point"_s);
        QCOMPARE(pricing.value(u"category"_s).toString(), u"referral_conversion"_s);
        QCOMPARE(pricing.value(u"billable"_s).toBool(), false);
        const QJsonObject conversation = sent.value(u"conversation"_s).toObject();
        QCOMPARE(
            conversation.value(u"origin"_s).toObject().value(u"type"_s).toString(), u"referral_conversion"_s);
        const qint64 expiry = conversation.value(u"expiration_timestamp"_s).toString().toLongLong();
        QCOMPARE(expiry - f->sandbox->now().toSecsSinceEpoch(), 72 * 3600);
    }

    void olderGraphVersionsStillCarryConversation()
    {
        QVERIFY(f->start());
        f->inject(ana);
        QJsonObject message {{u"messaging_product"_s, u"whatsapp"_s}, {u"to"_s, ana}, {u"type"_s, u"text"_s},
            {u"text"_s, QJsonObject {{u"body"_s, u"v23"_s}}}};
        const auto result
            = f->http.post(f->url(u"/v23.0/%1/messages"_s.arg(f->config.phoneNumberId)), message, f->token());
        const QString wamid = SandboxFixture::wamidOf(result);
        QTRY_COMPARE(f->statusesFor(wamid).size(), 3);
        QVERIFY(f->statusesFor(wamid).first().contains(u"conversation"_s));
        QVERIFY(!f->statusesFor(wamid).last().contains(u"conversation"_s));
    }

    void reactionsOnlyProduceSent()
    {
        QVERIFY(f->start());
        const QString inbound = f->inject(ana);
        const auto result = f->send({{u"to"_s, ana}, {u"type"_s, u"reaction"_s},
            {u"reaction"_s, QJsonObject {{u"message_id"_s, inbound}, {u"emoji"_s, u"❤️"_s}}}});
        const QString wamid = SandboxFixture::wamidOf(result);
        QTRY_COMPARE(f->statusesFor(wamid).size(), 1);
        QVERIFY(!QSignalSpy(f->receiver.get(), &WebhookReceiver::received).wait(100));
        QCOMPARE(f->statusesFor(wamid).size(), 1);
        QCOMPARE(f->statusesFor(wamid).first().value(u"status"_s).toString(), u"sent"_s);
    }

    void reorderShufflesOnlyWhenAsked_data()
    {
        QTest::addColumn<bool>("reorder");
        QTest::newRow("default") << false;
        QTest::newRow("--reorder") << true;
    }

    void reorderShufflesOnlyWhenAsked()
    {
        QFETCH(bool, reorder);
        f->config.reorder = reorder;
        f->config.batchSize = 50;
        f->config.statusDelaysMs = {0, 0, 0};
        QVERIFY(f->start());
        QStringList wamids;
        for (int i = 0; i < 5; ++i) {
            const QString to = u"55119765432%1"_s.arg(10 + i);
            f->inject(to);
            wamids.append(SandboxFixture::wamidOf(f->sendText(to, u"oi"_s)));
        }
        QTRY_COMPARE(f->receiver->statuses().size(), 15);
        int outOfOrder = 0;
        for (const QString& wamid : wamids) {
            QStringList sequence;
            for (const QJsonObject& status : f->statusesFor(wamid))
                sequence.append(status.value(u"status"_s).toString());
            QCOMPARE(sequence.size(), 3); // none lost or doubled
            if (sequence != QStringList {u"sent"_s, u"delivered"_s, u"read"_s})
                ++outOfOrder;
        }
        QCOMPARE(outOfOrder > 0, reorder);
    }

    void markAsReadIsRecorded()
    {
        QVERIFY(f->start());
        const QString inbound = f->inject(ana);
        const auto result = f->send({{u"status"_s, u"read"_s}, {u"message_id"_s, inbound}});
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json(), (QJsonObject {{u"success"_s, true}}));
        const auto reads = f->http.get(f->url(u"/sandbox/reads"_s)).json().value(u"data"_s).toArray();
        QCOMPARE(reads.size(), 1);
        QCOMPARE(reads.first().toObject().value(u"message_id"_s).toString(), inbound);
        QVERIFY(f->sandbox->sentMessages().isEmpty());
    }

    void sentListShowsWhatWentToWhom()
    {
        QVERIFY(f->start());
        f->inject(ana);
        const QString inbound = f->inject(ana);
        f->send({{u"to"_s, ana}, {u"type"_s, u"text"_s}, {u"text"_s, QJsonObject {{u"body"_s, u"Claro!"_s}}},
            {u"context"_s, QJsonObject {{u"message_id"_s, inbound}}}});
        f->sendTemplate(ana, u"pedido_confirmado"_s, u"pt_BR"_s, orderParams());
        f->clock.advance(std::chrono::hours(25));
        f->sendText(ana, u"fora da janela"_s);
        QTRY_COMPARE(f->receiver->statuses().size(), 7);
        const auto sent = f->http.get(f->url(u"/sandbox/sent"_s)).json().value(u"data"_s).toArray();
        QCOMPARE(sent.size(), 3);
        const QJsonObject reply = sent.at(0).toObject();
        QCOMPARE(reply.value(u"to"_s).toString(), ana);
        QCOMPARE(reply.value(u"text"_s).toString(), u"Claro!"_s);
        QCOMPARE(reply.value(u"context_id"_s).toString(), inbound);
        QCOMPARE(reply.value(u"status"_s).toString(), u"read"_s);
        const QJsonObject templ = sent.at(1).toObject().value(u"template"_s).toObject();
        QCOMPARE(templ.value(u"name"_s).toString(), u"pedido_confirmado"_s);
        QCOMPARE(templ.value(u"params"_s).toArray(), (QJsonArray {u"Ana"_s, u"#4821"_s, u"sexta"_s}));
        const QJsonObject failed = sent.at(2).toObject();
        QCOMPARE(failed.value(u"status"_s).toString(), u"failed"_s);
        QCOMPARE(failed.value(u"error_code"_s).toInt(), 131047);
        QVERIFY(failed.value(u"pricing"_s).isNull());
    }
};

QTEST_GUILESS_MAIN(TestSandboxStatuses)
#include "tst_sandboxstatuses.moc"

// The sandbox and src/cloudapi were written independently from the same
// notes; here every kind of webhook the sandbox emits must parse with
// cloudapi's WebhookParser without a single warning, batched or not.
#include "cloudapi/webhookparser.h"
#include "cloudapi/webhooksignature.h"
#include "sandboxfixture.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSandboxDialect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyWebhookParsesCleanly_data()
    {
        QTest::addColumn<int>("batch");
        QTest::newRow("one update per POST") << 1;
        QTest::newRow("batched") << 50;
    }

    void everyWebhookParsesCleanly()
    {
        QFETCH(int, batch);
        SandboxFixture f;
        f.config.batchSize = batch;
        f.config.batchWindowMs = 30;
        QVERIFY(f.start());
        const QString ana = u"5511987654321"_s;
        const QString previous = u"wamid.previous"_s;
        const QList<QJsonObject> inbound {
            {{u"type"_s, u"text"_s}, {u"text"_s, u"Vi o anúncio"_s}, {u"referral"_s, true},
                {u"user_id"_s, u"BR.1a2b3c4d5e6f7081"_s}, {u"name"_s, u"Ana Beatriz Souza"_s}},
            {{u"type"_s, u"text"_s}, {u"text"_s, u"respondendo"_s}, {u"context_id"_s, previous}},
            {{u"type"_s, u"image"_s}, {u"text"_s, u"foto"_s}},
            {{u"type"_s, u"document"_s}, {u"filename"_s, u"comprovante.pdf"_s}},
            {{u"type"_s, u"location"_s}, {u"latitude"_s, -23.5}, {u"longitude"_s, -46.6}},
            {{u"type"_s, u"button"_s}, {u"text"_s, u"Parar promoções"_s}, {u"context_id"_s, previous}},
            {{u"type"_s, u"reaction"_s}, {u"text"_s, u"👍"_s}, {u"context_id"_s, previous}},
            {{u"type"_s, u"reaction"_s}, {u"context_id"_s, previous}},
        };
        for (QJsonObject request : inbound) {
            request.insert(u"from"_s, ana);
            QVERIFY(!f.sandbox->injectInbound(request).isEmpty());
        }
        const QString delivered = SandboxFixture::wamidOf(f.sendText(ana, u"Olá!"_s));
        f.clock.advance(std::chrono::hours(25));
        const QString failed = SandboxFixture::wamidOf(f.sendText(ana, u"Tarde"_s));
        QCOMPARE(
            f.sandbox->setTemplateStatus(u"oferta_fim_de_semana"_s, {}, u"REJECTED"_s, u"PROMOTIONAL"_s), 1);
        QCOMPARE(f.sandbox->setTemplateQuality(u"pedido_confirmado"_s, u"pt_BR"_s, u"RED"_s), 1);
        f.sandbox->setMarketingPreference(ana, true);

        Atendo::WebhookBatch all;
        const auto collect = [&] {
            all = {};
            for (const WebhookReceiver::Post& post : f.receiver->posts) {
                if (!Atendo::WebhookSignature::verify(post.body, post.signature, f.config.appSecret.toUtf8()))
                    return false;
                const Atendo::WebhookParseResult parsed = Atendo::WebhookParser::parse(post.body);
                if (!parsed.ok())
                    return false;
                all.messages += parsed.batch->messages;
                all.statuses += parsed.batch->statuses;
                all.templateStatuses += parsed.batch->templateStatuses;
                all.templateQualities += parsed.batch->templateQualities;
                all.userPreferences += parsed.batch->userPreferences;
                all.warnings += parsed.batch->warnings;
            }
            return all.messages.size() == inbound.size() && all.statuses.size() == 4
                && all.templateStatuses.size() == 1 && all.templateQualities.size() == 1
                && all.userPreferences.size() == 1;
        };
        QTRY_VERIFY(collect());
        QVERIFY2(all.warnings.isEmpty(), qPrintable(all.warnings.join(u"; "_s)));
        if (batch > 1)
            QVERIFY(f.receiver->posts.size() < 8);

        using Atendo::InboundType;
        const QList<InboundType> types {InboundType::Text, InboundType::Text, InboundType::Image,
            InboundType::Document, InboundType::Location, InboundType::Button, InboundType::Reaction,
            InboundType::Reaction};
        for (qsizetype i = 0; i < types.size(); ++i)
            QCOMPARE(all.messages.at(i).type, types.at(i));
        const Atendo::InboundMessage& first = all.messages.first();
        QCOMPARE(first.from, ana);
        QCOMPARE(first.fromUserId, u"BR.1a2b3c4d5e6f7081"_s);
        QCOMPARE(first.profileName, u"Ana Beatriz Souza"_s);
        QVERIFY(first.isFromAd());
        QCOMPARE(first.timestamp.toSecsSinceEpoch(), f.clock.now().toSecsSinceEpoch() - 25 * 3600);
        QCOMPARE(all.messages.at(1).context->id, previous);
        QCOMPARE(all.messages.at(3).media->filename, u"comprovante.pdf"_s);
        QCOMPARE(all.messages.at(5).button->text, u"Parar promoções"_s);
        QVERIFY(!all.messages.at(6).reaction->removed);
        QVERIFY(all.messages.at(7).reaction->removed);

        QStringList deliveredSteps;
        for (const Atendo::StatusUpdate& status : all.statuses) {
            if (status.wamid == delivered)
                deliveredSteps.append(status.statusName);
        }
        QCOMPARE(deliveredSteps, (QStringList {u"sent"_s, u"delivered"_s, u"read"_s}));
        const auto failure = std::find_if(all.statuses.cbegin(), all.statuses.cend(),
            [&](const Atendo::StatusUpdate& s) { return s.wamid == failed; });
        QVERIFY(failure != all.statuses.cend());
        QCOMPARE(failure->status, Atendo::DeliveryStatus::Failed);
        QCOMPARE(failure->errors.first().code, 131047);
        QCOMPARE(all.templateStatuses.first().event, u"REJECTED"_s);
        QCOMPARE(all.templateStatuses.first().reason, u"PROMOTIONAL"_s);
        QCOMPARE(all.templateQualities.first().newQualityScore, u"RED"_s);
        QVERIFY(all.userPreferences.first().isStop());
        QCOMPARE(all.userPreferences.first().waId, ana);
    }
};

QTEST_GUILESS_MAIN(TestSandboxDialect)
#include "tst_sandboxdialect.moc"

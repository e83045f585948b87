#include "consoleclient.h"
#include "serverharness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Atendo;
using namespace Atendo::Test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

// stats.get: notifications and what they cost, failures by Meta error code,
// opt-outs, templates, volume and waiting times, for team leads only.
class TestServerStats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void costTotalsEqualTheSumOfPricedStatuses();
    void failuresAreCountedByMetaErrorCode();
    void optOutsVolumeAndWaitingTimes();
    void badRangesAreRefused();

private:
    bool optIn(const QString& phone);
    // Starts a conversation with a template; the message id, 0 when refused.
    qint64 sendTemplate(
        const QString& phone, const QString& name, const QString& language, const QJsonObject& params);
    QJsonObject stats(const QJsonObject& args = {});
    static QJsonObject row(const QJsonArray& rows, const QString& key, const QJsonValue& value);

    std::unique_ptr<ServerHarness> m_harness;
    std::unique_ptr<ConsoleClient> m_maria;
    std::unique_ptr<ConsoleClient> m_lead;
    qint64 m_mariaId = 0;
};

void TestServerStats::init()
{
    m_harness = std::make_unique<ServerHarness>();
    QVERIFY(m_harness->start());
    m_mariaId = m_harness->addAgent(u"maria"_s, u"s3cret-maria"_s);
    QVERIFY(m_harness->addAgent(u"ana"_s, u"s3cret-ana"_s, u"team_lead"_s) > 0);
    m_maria = std::make_unique<ConsoleClient>();
    m_lead = std::make_unique<ConsoleClient>();
    QVERIFY(m_maria->open(m_harness->consoleUrl()) && m_maria->login(u"maria"_s, u"s3cret-maria"_s));
    QVERIFY(m_lead->open(m_harness->consoleUrl()) && m_lead->login(u"ana"_s, u"s3cret-ana"_s));
    QTRY_VERIFY(m_harness->count(u"templates"_s) > 0);
}

void TestServerStats::cleanup()
{
    m_maria.reset();
    m_lead.reset();
    m_harness.reset();
}

bool TestServerStats::optIn(const QString& phone)
{
    const QJsonObject body {{u"phone"_s, phone}, {u"name"_s, u"Cliente"_s}, {u"source"_s, u"web_form"_s},
        {u"evidence"_s, u"Checkout form, box ticked"_s}};
    return m_harness
               ->post(m_harness->httpUrl(u"/api/v1/optins"_s), QJsonDocument(body).toJson(),
                   {{"Authorization"_ba, "Bearer test-optin-key"_ba}})
               .status
        == 201;
}

qint64 TestServerStats::sendTemplate(
    const QString& phone, const QString& name, const QString& language, const QJsonObject& params)
{
    const QJsonObject reply = m_maria->call(u"conversation.start"_s,
        {{u"phone"_s, phone}, {u"key"_s, QString(u"stats-"_s + name)},
            {u"template"_s,
                QJsonObject {{u"name"_s, name}, {u"language"_s, language}, {u"params"_s, params}}}});
    if (!reply.contains(u"ok"_s))
        qWarning() << QJsonDocument(reply).toJson().constData();
    return reply.value(u"ok"_s).toObject().value(u"message"_s).toObject().value(u"id"_s).toInteger();
}

QJsonObject TestServerStats::stats(const QJsonObject& args)
{
    const QJsonObject reply = m_lead->call(u"stats.get"_s, args);
    if (!reply.contains(u"ok"_s))
        qWarning() << QJsonDocument(reply).toJson().constData();
    return reply.value(u"ok"_s).toObject();
}

QJsonObject TestServerStats::row(const QJsonArray& rows, const QString& key, const QJsonValue& value)
{
    for (const QJsonValue& item : rows) {
        if (item.toObject().value(key) == value)
            return item.toObject();
    }
    return {};
}

void TestServerStats::costTotalsEqualTheSumOfPricedStatuses()
{
    struct Send
    {
        QString phone, name, language;
        QJsonObject params;
    };
    const QList<Send> sends {
        {u"+5511987650201"_s, u"pedido_confirmado"_s, u"pt_BR"_s,
            {{u"body"_s, QJsonObject {{u"1"_s, u"Ana"_s}, {u"2"_s, u"A-1"_s}, {u"3"_s, u"sexta"_s}}}}},
        {u"+5511987650202"_s, u"novidades_semana"_s, u"en_US"_s,
            {{u"body"_s, QJsonObject {{u"first_name"_s, u"Mark"_s}, {u"highlight"_s, u"linen shirts"_s}}}}},
        {u"+5511987650203"_s, u"verification_code"_s, u"en_US"_s,
            {{u"body"_s, QJsonObject {{u"1"_s, u"482913"_s}}},
                {u"buttons"_s, QJsonObject {{u"0"_s, u"482913"_s}}}}},
        {u"+5511987650204"_s, u"lembrete_pagamento"_s, u"pt_BR"_s,
            {{u"body"_s,
                QJsonObject {{u"first_name"_s, u"Carla"_s}, {u"amount"_s, u"R$ 129,90"_s},
                    {u"due_date"_s, u"10/12"_s}}}}},
    };
    QHash<qint64, QString> sent;
    for (const Send& send : sends) {
        QVERIFY(optIn(send.phone));
        const qint64 id = sendTemplate(send.phone, send.name, send.language, send.params);
        QVERIFY2(id > 0, qPrintable(send.name));
        sent.insert(id, send.name);
    }
    // Every message is priced by Meta's status webhooks (the last report per message counts).
    QHash<qint64, QJsonObject> pricing;
    QVERIFY(m_lead->waitForEvent(u"message.status"_s, [&](const QJsonObject& data) {
        const qint64 id = data.value(u"message_id"_s).toInteger();
        if (sent.contains(id) && data.contains(u"pricing"_s))
            pricing.insert(id, data.value(u"pricing"_s).toObject());
        return pricing.size() == sent.size();
    }));
    QTRY_COMPARE(
        m_harness->count(u"messages"_s, u"kind = 'template' AND status IN ('delivered', 'read')"_s), 4);
    // Statuses after the first priced one may re-report pricing; take the final figures.
    pricing.clear();
    for (const QJsonObject& event : m_lead->events(u"message.status"_s)) {
        const QJsonObject data = event.value(u"data"_s).toObject();
        if (sent.contains(data.value(u"message_id"_s).toInteger()) && data.contains(u"pricing"_s))
            pricing.insert(data.value(u"message_id"_s).toInteger(), data.value(u"pricing"_s).toObject());
    }
    QMap<QString, qint64> microsByCategory;
    QMap<QString, int> billableByCategory;
    qint64 total = 0;
    for (const QJsonObject& price : std::as_const(pricing)) {
        const QString category = price.value(u"category"_s).toString();
        microsByCategory[category] += price.value(u"price_micros"_s).toInteger();
        billableByCategory[category] += price.value(u"billable"_s).toBool() ? 1 : 0;
        total += price.value(u"price_micros"_s).toInteger();
    }
    QVERIFY(microsByCategory.size() >= 3); // utility, marketing, authentication
    QVERIFY(total > 0);

    const QJsonObject result = stats({{u"from"_s, u"2026-11-25"_s}, {u"to"_s, u"2026-11-25"_s}});
    QCOMPARE(result.value(u"currency"_s).toString(), u"USD"_s);
    const QJsonArray categories = result.value(u"templates_by_category"_s).toArray();
    qint64 reported = 0;
    int sentCount = 0;
    for (const QJsonValue& value : categories) {
        reported += value.toObject().value(u"estimated_micros"_s).toInteger();
        sentCount += value.toObject().value(u"sent"_s).toInt();
    }
    QCOMPARE(reported, total);
    QCOMPARE(sentCount, 4);
    for (auto it = microsByCategory.cbegin(); it != microsByCategory.cend(); ++it) {
        const QJsonObject line = row(categories, u"category"_s, it.key());
        QCOMPARE(line.value(u"estimated_micros"_s).toInteger(), it.value());
        QCOMPARE(line.value(u"billable_reported"_s).toInt(), billableByCategory.value(it.key()));
    }
    QCOMPARE(row(categories, u"category"_s, u"marketing"_s).value(u"estimated_micros"_s).toInteger(), 62500);
    QCOMPARE(row(categories, u"category"_s, u"utility"_s).value(u"delivered"_s).toInt(), 2);
    const QJsonObject maria = row(result.value(u"templates_by_agent"_s).toArray(), u"agent_id"_s, m_mariaId);
    QCOMPARE(maria.value(u"sent"_s).toInt(), 4);
    QCOMPARE(maria.value(u"estimated_micros"_s).toInteger(), total);
    QVERIFY(!row(result.value(u"templates"_s).toArray(), u"name"_s, u"pesquisa_satisfacao"_s).isEmpty());

    // Another day holds none of it.
    const QJsonObject yesterday = stats({{u"from"_s, u"2026-11-24"_s}, {u"to"_s, u"2026-11-24"_s}});
    QVERIFY(yesterday.value(u"templates_by_category"_s).toArray().isEmpty());
}

void TestServerStats::failuresAreCountedByMetaErrorCode()
{
    QVERIFY(!m_harness->customerSays(u"5511987650210"_s, u"Oi"_s).isEmpty());
    const qint64 id = m_maria->conversationIdFor(u"+5511987650210"_s);
    QVERIFY(id > 0);
    QVERIFY(m_lead->call(u"board.subscribe"_s).contains(u"ok"_s));
    // Meta's clock is a day ahead of ours: our window is open, Meta's closed (131047).
    m_harness->sandbox->advanceClock(25 * 3600);
    const QJsonObject reply = m_maria->call(u"message.send"_s,
        {{u"conversation_id"_s, id}, {u"key"_s, u"late-reply-0210"_s}, {u"kind"_s, u"text"_s},
            {u"text"_s, u"Oi!"_s}});
    const qint64 messageId
        = reply.value(u"ok"_s).toObject().value(u"message"_s).toObject().value(u"id"_s).toInteger();
    QVERIFY(messageId > 0);
    QVERIFY(m_maria->waitForEvent(u"message.status"_s, [&](const QJsonObject& data) {
        return data.value(u"message_id"_s).toInteger() == messageId
            && data.value(u"status"_s).toString() == u"failed"
            && data.value(u"error"_s).toObject().value(u"code"_s).toString() == u"meta_131047";
    }));
    const QJsonArray failures = stats().value(u"failures_by_code"_s).toArray();
    QCOMPARE(failures.size(), 1);
    QCOMPARE(row(failures, u"code"_s, u"meta_131047"_s).value(u"count"_s).toInt(), 1);
    // The board counts it among the last hour's Meta failures.
    QVERIFY(m_lead->waitForEvent(u"board"_s, [](const QJsonObject& data) {
        return data.value(u"board"_s)
                   .toObject()
                   .value(u"outbox"_s)
                   .toObject()
                   .value(u"failed_last_hour"_s)
                   .toInt()
            == 1;
    }));
}

void TestServerStats::optOutsVolumeAndWaitingTimes()
{
    QVERIFY(!m_harness->customerSays(u"5511987650220"_s, u"Quero saber do meu pedido"_s).isEmpty());
    const qint64 id = m_maria->conversationIdFor(u"+5511987650220"_s);
    QVERIFY(id > 0);
    m_harness->clock.advance(2min);
    QVERIFY(m_maria
                ->call(u"message.send"_s,
                    {{u"conversation_id"_s, id}, {u"key"_s, u"answer-0220"_s}, {u"kind"_s, u"text"_s},
                        {u"text"_s, u"Já foi enviado!"_s}})
                .contains(u"ok"_s));
    QVERIFY(!m_harness->customerSays(u"5511987650220"_s, u"PARAR"_s).isEmpty());
    QVERIFY(m_maria->waitForEvent(u"contact.changed"_s, [](const QJsonObject& data) {
        return data.value(u"contact"_s).toObject().value(u"consent_state"_s).toString() == u"opted_out";
    }));

    const QJsonObject result = stats();
    QCOMPARE(result.value(u"opt_outs"_s).toInt(), 1);
    const QJsonArray hours = result.value(u"volume_per_hour"_s).toArray();
    QCOMPARE(hours.size(), 1);
    QCOMPARE(hours.first().toObject().value(u"hour"_s).toString(), u"2026-11-25T14:00:00.000Z"_s);
    QCOMPARE(hours.first().toObject().value(u"inbound"_s).toInt(), 2);
    QCOMPARE(hours.first().toObject().value(u"outbound"_s).toInt(), 1);
    // A 120 s wait lands in the (60, 300] bucket.
    const QJsonArray histogram = result.value(u"waiting_histogram"_s).toArray();
    QCOMPARE(histogram.size(), 5);
    QCOMPARE(histogram.at(1).toObject().value(u"upper_s"_s).toInt(), 300);
    QCOMPARE(histogram.at(1).toObject().value(u"count"_s).toInt(), 1);
    QVERIFY(histogram.at(4).toObject().value(u"upper_s"_s).isNull());
    const QJsonObject first
        = row(result.value(u"first_response_by_agent"_s).toArray(), u"agent_id"_s, m_mariaId);
    QCOMPARE(first.value(u"median_s"_s).toInt(), 120);
    QCOMPARE(first.value(u"count"_s).toInt(), 1);
}

void TestServerStats::badRangesAreRefused()
{
    const auto code = [this](const QJsonObject& args) {
        return m_lead->call(u"stats.get"_s, args).value(u"err"_s).toObject().value(u"code"_s).toString();
    };
    QCOMPARE(code({{u"from"_s, u"25/11/2026"_s}}), u"bad_request"_s);
    QCOMPARE(code({{u"from"_s, u"2026-11-25"_s}, {u"to"_s, u"2026-11-24"_s}}), u"bad_request"_s);
    QCOMPARE(code({{u"from"_s, u"2024-01-01"_s}, {u"to"_s, u"2026-11-25"_s}}), u"bad_request"_s);
    QCOMPARE(code({{u"from"_s, 20261125}}), u"bad_request"_s);
    QCOMPARE(
        m_maria->call(u"stats.get"_s).value(u"err"_s).toObject().value(u"code"_s).toString(), u"forbidden"_s);
}

QTEST_GUILESS_MAIN(TestServerStats)
#include "tst_serverstats.moc"

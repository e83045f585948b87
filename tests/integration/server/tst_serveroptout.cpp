#include "consoleclient.h"
#include "serverharness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Atendo;
using namespace Atendo::Test;
using namespace Qt::StringLiterals;

// Opt-out is final until the person comes back: PARAR, an agent's record of a
// verbal request, Meta's marketing stop, and template status changes.
class TestServerOptOut : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void pararMakesTheContactNonContactable();
    void agentRecordsAVerbalOptOut();
    void marketingStopBlocksOnlyMarketing();
    void pausedTemplateIsRefusedLive();

private:
    QJsonObject send(const QString& key, const QJsonObject& extra);
    QJsonObject templateArgs(const QString& name, const QJsonObject& body) const;
    std::unique_ptr<ServerHarness> m_harness;
    std::unique_ptr<ConsoleClient> m_maria;
    qint64 m_conversation = 0;
    qint64 m_contact = 0;
};

void TestServerOptOut::init()
{
    m_harness = std::make_unique<ServerHarness>();
    QVERIFY(m_harness->start());
    QVERIFY(m_harness->addAgent(u"maria"_s, u"s3cret-maria"_s) > 0);
    m_maria = std::make_unique<ConsoleClient>();
    QVERIFY(m_maria->open(m_harness->consoleUrl()) && m_maria->login(u"maria"_s, u"s3cret-maria"_s));
    QTRY_VERIFY(m_harness->count(u"templates"_s) > 0);
    QVERIFY(!m_harness->customerSays(u"5511987654321"_s, u"Oi, tudo bem?"_s).isEmpty());
    m_conversation = m_maria->conversationIdFor(u"+5511987654321"_s);
    QVERIFY(m_conversation > 0);
    m_contact = m_maria->lastEventData(u"conversation.changed"_s)
                    .value(u"conversation"_s)
                    .toObject()
                    .value(u"contact"_s)
                    .toObject()
                    .value(u"id"_s)
                    .toInteger();
}

void TestServerOptOut::cleanup()
{
    m_maria.reset();
    m_harness.reset();
}

QJsonObject TestServerOptOut::send(const QString& key, const QJsonObject& extra)
{
    QJsonObject args = extra;
    args.insert(u"conversation_id"_s, m_conversation);
    args.insert(u"key"_s, key);
    return m_maria->call(u"message.send"_s, args);
}

QJsonObject TestServerOptOut::templateArgs(const QString& name, const QJsonObject& body) const
{
    return {{u"kind"_s, u"template"_s},
        {u"template"_s,
            QJsonObject {{u"name"_s, name}, {u"language"_s, u"pt_BR"_s},
                {u"params"_s, QJsonObject {{u"body"_s, body}}}}}};
}

void TestServerOptOut::pararMakesTheContactNonContactable()
{
    QVERIFY(!m_harness->customerSays(u"5511987654321"_s, u"PARAR"_s).isEmpty());
    QVERIFY(m_maria->waitForEvent(u"contact.changed"_s, [](const QJsonObject& data) {
        const QJsonObject contact = data.value(u"contact"_s).toObject();
        const QJsonArray history = contact.value(u"consent_history"_s).toArray();
        return contact.value(u"consent_state"_s).toString() == u"opted_out" && history.size() == 1
            && history.first().toObject().value(u"source"_s).toString() == u"keyword"
            && history.first().toObject().value(u"actor"_s).toString() == u"customer";
    }));
    QVERIFY(m_maria->waitForEvent(u"conversation.changed"_s, [](const QJsonObject& data) {
        return data.value(u"conversation"_s)
                   .toObject()
                   .value(u"contact"_s)
                   .toObject()
                   .value(u"consent_state"_s)
                   .toString()
            == u"opted_out";
    }));
    // Inside the window, by any path: nothing goes out.
    const auto code = [](const QJsonObject& reply) {
        return reply.value(u"err"_s).toObject().value(u"code"_s).toString();
    };
    QCOMPARE(code(send(u"after-parar-01"_s, {{u"kind"_s, u"text"_s}, {u"text"_s, u"Tem certeza?"_s}})),
        u"contact_opted_out"_s);
    QCOMPARE(code(send(u"after-parar-02"_s,
                 {{u"kind"_s, u"reaction"_s}, {u"target_id"_s, 1}, {u"emoji"_s, u"😢"_s}})),
        u"contact_opted_out"_s);
    QCOMPARE(code(send(u"after-parar-03"_s,
                 templateArgs(u"pedido_confirmado"_s,
                     {{u"1"_s, u"João"_s}, {u"2"_s, u"A-1"_s}, {u"3"_s, u"hoje"_s}}))),
        u"contact_opted_out"_s);
    const QJsonObject start = m_maria->call(u"conversation.start"_s,
        {{u"contact_id"_s, m_contact}, {u"key"_s, u"after-parar-04"_s},
            {u"template"_s,
                templateArgs(u"pedido_confirmado"_s, {{u"1"_s, u"J"_s}, {u"2"_s, u"A"_s}, {u"3"_s, u"h"_s}})
                    .value(u"template"_s)}});
    QCOMPARE(code(start), u"contact_opted_out"_s);
    // The opt-in API is a new consent by the person and lifts it; a web form
    // entry after the keyword is later than the opt-out.
    m_harness->clock.advance(std::chrono::minutes(1));
    QCOMPARE(m_harness
                 ->post(m_harness->httpUrl(u"/api/v1/optins"_s),
                     R"({"phone":"+5511987654321","source":"web_form","evidence":"form 77"})",
                     {{"Authorization"_ba, "Bearer test-optin-key"}})
                 .status,
        201);
    QVERIFY(send(u"after-optin-01"_s, {{u"kind"_s, u"text"_s}, {u"text"_s, u"Bem-vindo de volta!"_s}})
                .contains(u"ok"_s));
    QCOMPARE(m_harness->count(u"messages"_s, u"direction = 'out'"_s), 1);
    QTRY_COMPARE(m_harness->sandbox->sentMessages().size(), 1);
}

void TestServerOptOut::agentRecordsAVerbalOptOut()
{
    const QJsonObject noEvidence
        = m_maria->call(u"contact.opt_out"_s, {{u"contact_id"_s, m_contact}, {u"evidence"_s, u"  "_s}});
    QCOMPARE(noEvidence.value(u"err"_s).toObject().value(u"code"_s).toString(), u"bad_request"_s);
    const QJsonObject reply = m_maria->call(u"contact.opt_out"_s,
        {{u"contact_id"_s, m_contact}, {u"evidence"_s, u"Pediu por telefone para não receber mais"_s}});
    const QJsonObject contact = reply.value(u"ok"_s).toObject().value(u"contact"_s).toObject();
    QCOMPARE(contact.value(u"consent_state"_s).toString(), u"opted_out"_s);
    const QJsonObject entry = contact.value(u"consent_history"_s).toArray().last().toObject();
    QCOMPARE(entry.value(u"actor"_s).toString(), u"agent:maria"_s);
    QCOMPARE(entry.value(u"source"_s).toString(), u"agent_on_customer_request"_s);
    QCOMPARE(send(u"verbal-out-01"_s, {{u"kind"_s, u"text"_s}, {u"text"_s, u"Ok!"_s}})
                 .value(u"err"_s)
                 .toObject()
                 .value(u"code"_s)
                 .toString(),
        u"contact_opted_out"_s);
    // There is no op to record an opt-in.
    QCOMPARE(m_maria->call(u"contact.opt_in"_s, {{u"contact_id"_s, m_contact}})
                 .value(u"err"_s)
                 .toObject()
                 .value(u"code"_s)
                 .toString(),
        u"unknown_op"_s);
}

void TestServerOptOut::marketingStopBlocksOnlyMarketing()
{
    m_harness->sandbox->setMarketingPreference(u"5511987654321"_s, true);
    QVERIFY(m_maria->waitForEvent(u"contact.changed"_s, [](const QJsonObject& data) {
        return data.value(u"contact"_s).toObject().value(u"marketing_stopped"_s).toBool();
    }));
    QJsonObject promo = templateArgs(u"promo_black_friday"_s, {{u"1"_s, u"João"_s}, {u"2"_s, u"30%"_s}});
    QCOMPARE(send(u"promo-stop-01"_s, promo).value(u"err"_s).toObject().value(u"code"_s).toString(),
        u"marketing_stopped"_s);
    QVERIFY(send(u"service-ok-01"_s, {{u"kind"_s, u"text"_s}, {u"text"_s, u"Seu pedido saiu."_s}})
                .contains(u"ok"_s));
}

void TestServerOptOut::pausedTemplateIsRefusedLive()
{
    QVERIFY(m_harness->sandbox->setTemplateStatus(u"pedido_confirmado"_s, u"pt_BR"_s, u"PAUSED"_s) > 0);
    QVERIFY(m_maria->waitForEvent(u"template.changed"_s, [](const QJsonObject& data) {
        const QJsonObject tmpl = data.value(u"template"_s).toObject();
        return tmpl.value(u"name"_s).toString() == u"pedido_confirmado"
            && tmpl.value(u"status"_s).toString() == u"PAUSED";
    }));
    const QJsonObject reply = send(u"paused-tpl-01"_s,
        templateArgs(u"pedido_confirmado"_s, {{u"1"_s, u"João"_s}, {u"2"_s, u"A-1"_s}, {u"3"_s, u"hoje"_s}}));
    QCOMPARE(reply.value(u"err"_s).toObject().value(u"code"_s).toString(), u"template_not_approved"_s);
}

QTEST_GUILESS_MAIN(TestServerOptOut)
#include "tst_serveroptout.moc"

#include "consoleclient.h"
#include "serverharness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Atendo;
using namespace Atendo::Test;
using namespace Qt::StringLiterals;

// Templates to opted-in contacts: refused unless approved, filled and
// consented; once sent, their statuses and price come back to every console.
class TestServerTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void optInApiNeedsTheKey();
    void templateGoesOutAndStatusesAndPriceComeBack();
    void templateToContactWithoutOptInIsRefused();
    void unapprovedTemplateIsRefused();
    void invalidParametersAreListed();
    void startingNeverTakesAColleaguesConversation();

private:
    ServerHarness::HttpResult optIn(const QString& phone, const QByteArray& key = "test-optin-key");
    QJsonObject start(const QString& phone, const QString& key, const QString& name, const QJsonObject& body);
    std::unique_ptr<ServerHarness> m_harness;
    std::unique_ptr<ConsoleClient> m_maria;
};

void TestServerTemplate::init()
{
    m_harness = std::make_unique<ServerHarness>();
    QVERIFY(m_harness->start());
    QVERIFY(m_harness->addAgent(u"maria"_s, u"s3cret-maria"_s) > 0);
    m_maria = std::make_unique<ConsoleClient>();
    QVERIFY(m_maria->open(m_harness->consoleUrl()) && m_maria->login(u"maria"_s, u"s3cret-maria"_s));
    // The server synchronised Meta's templates when it started.
    QTRY_VERIFY(m_harness->count(u"templates"_s) > 0);
}

void TestServerTemplate::cleanup()
{
    m_maria.reset();
    m_harness.reset();
}

ServerHarness::HttpResult TestServerTemplate::optIn(const QString& phone, const QByteArray& key)
{
    const QJsonObject body {{u"phone"_s, phone}, {u"name"_s, u"João Pereira"_s}, {u"source"_s, u"web_form"_s},
        {u"evidence"_s, u"Checkout form, box 'Receber avisos pelo WhatsApp' ticked"_s}};
    return m_harness->post(m_harness->httpUrl(u"/api/v1/optins"_s), QJsonDocument(body).toJson(),
        {{"Authorization"_ba, "Bearer " + key}});
}

QJsonObject TestServerTemplate::start(
    const QString& phone, const QString& key, const QString& name, const QJsonObject& body)
{
    return m_maria->call(u"conversation.start"_s,
        {{u"phone"_s, phone}, {u"key"_s, key},
            {u"template"_s,
                QJsonObject {{u"name"_s, name}, {u"language"_s, u"pt_BR"_s},
                    {u"params"_s, QJsonObject {{u"body"_s, body}}}}}});
}

void TestServerTemplate::optInApiNeedsTheKey()
{
    QCOMPARE(optIn(u"+5511987654321"_s, "wrong-key").status, 401);
    QCOMPARE(m_harness->count(u"consent_events"_s), 0);
    const auto bad = m_harness->post(m_harness->httpUrl(u"/api/v1/optins"_s),
        "{\"phone\":\"+5511987654321\"}", {{"Authorization"_ba, "Bearer test-optin-key"}});
    QCOMPARE(bad.status, 400);
    QCOMPARE(m_harness->count(u"consent_events"_s), 0);
    const auto ok = optIn(u"+5511987654321"_s);
    QCOMPARE(ok.status, 201);
    QCOMPARE(QJsonDocument::fromJson(ok.body).object().value(u"consent_state"_s).toString(), u"opted_in"_s);
    QVERIFY(m_maria->waitForEvent(u"contact.changed"_s, [](const QJsonObject& data) {
        const QJsonArray history = data.value(u"contact"_s).toObject().value(u"consent_history"_s).toArray();
        return history.size() == 1 && history.first().toObject().value(u"source"_s).toString() == u"web_form"
            && history.first().toObject().value(u"actor"_s).toString() == u"api:optins";
    }));
}

void TestServerTemplate::templateGoesOutAndStatusesAndPriceComeBack()
{
    QCOMPARE(optIn(u"+5511987654321"_s).status, 201);
    const QJsonObject reply = start(u"+5511987654321"_s, u"5d8e1f0a-0001"_s, u"pedido_confirmado"_s,
        {{u"1"_s, u"João"_s}, {u"2"_s, u"A-1029"_s}, {u"3"_s, u"sexta-feira"_s}});
    const QJsonObject ok = reply.value(u"ok"_s).toObject();
    QVERIFY2(!ok.isEmpty(), QJsonDocument(reply).toJson().constData());
    QCOMPARE(ok.value(u"conversation"_s).toObject().value(u"assignee_id"_s).toInteger(), m_maria->agentId());
    const QJsonObject message = ok.value(u"message"_s).toObject();
    QCOMPARE(message.value(u"kind"_s).toString(), u"template"_s);
    QVERIFY(message.value(u"text"_s).toString().contains(u"Olá João, seu pedido A-1029"_s));
    const qint64 id = message.value(u"id"_s).toInteger();

    for (const QString& status : {u"sent"_s, u"delivered"_s, u"read"_s}) {
        QVERIFY2(m_maria->waitForEvent(u"message.status"_s,
                     [&](const QJsonObject& data) {
                         return data.value(u"message_id"_s).toInteger() == id
                             && data.value(u"status"_s).toString() == status;
                     }),
            qPrintable(status));
    }
    // Meta's pricing (utility, billable outside the window) with the rate card's estimate for Brazil.
    QVERIFY(m_maria->waitForEvent(u"message.status"_s, [&](const QJsonObject& data) {
        const QJsonObject pricing = data.value(u"pricing"_s).toObject();
        return data.value(u"message_id"_s).toInteger() == id
            && pricing.value(u"category"_s).toString() == u"utility" && pricing.value(u"billable"_s).toBool()
            && pricing.value(u"price_micros"_s).toInteger() == 6800
            && pricing.value(u"currency"_s).toString() == u"USD";
    }));
    const QList<SentMessage> sent = m_harness->sandbox->sentMessages();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().templateName, u"pedido_confirmado"_s);
    QCOMPARE(sent.first().to, u"5511987654321"_s);
    QCOMPARE(m_harness->count(u"billing"_s), 1);
}

void TestServerTemplate::templateToContactWithoutOptInIsRefused()
{
    const QJsonObject unknown = start(u"+5511900000001"_s, u"no-optin-0001"_s, u"pedido_confirmado"_s,
        {{u"1"_s, u"Ana"_s}, {u"2"_s, u"A-1"_s}, {u"3"_s, u"hoje"_s}});
    QCOMPARE(unknown.value(u"err"_s).toObject().value(u"code"_s).toString(), u"no_opt_in"_s);
    QCOMPARE(m_harness->count(u"conversations"_s), 0);
    QVERIFY(m_harness->sandbox->sentMessages().isEmpty());
}

void TestServerTemplate::unapprovedTemplateIsRefused()
{
    QCOMPARE(optIn(u"+5511987654321"_s).status, 201);
    for (const QString& name : {u"oferta_fim_de_semana"_s, u"pesquisa_satisfacao"_s, u"nao_existe"_s}) {
        const QJsonObject reply
            = start(u"+5511987654321"_s, u"unapproved-"_s + name, name, {{u"1"_s, u"Ana"_s}});
        QCOMPARE(reply.value(u"err"_s).toObject().value(u"code"_s).toString(), u"template_not_approved"_s);
    }
    QCOMPARE(m_harness->count(u"messages"_s), 0);
    QCOMPARE(m_harness->count(u"conversations"_s), 0);
}

void TestServerTemplate::invalidParametersAreListed()
{
    QCOMPARE(optIn(u"+5511987654321"_s).status, 201);
    const QJsonObject reply = start(u"+5511987654321"_s, u"bad-params-0001"_s, u"pedido_confirmado"_s,
        {{u"1"_s, u" "_s}, {u"2"_s, u"A-1\n029"_s}});
    const QJsonObject err = reply.value(u"err"_s).toObject();
    QCOMPARE(err.value(u"code"_s).toString(), u"template_params_invalid"_s);
    const QJsonArray fields = err.value(u"details"_s).toObject().value(u"fields"_s).toArray();
    QCOMPARE(fields.size(), 3);
    QCOMPARE(fields.at(0).toObject().value(u"reason"_s).toString(), u"empty"_s);
    QCOMPARE(fields.at(1).toObject().value(u"reason"_s).toString(), u"newline"_s);
    QCOMPARE(fields.at(2).toObject().value(u"reason"_s).toString(), u"missing"_s);
    QCOMPARE(m_harness->count(u"messages"_s), 0);
    QVERIFY(m_harness->sandbox->sentMessages().isEmpty());
}

void TestServerTemplate::startingNeverTakesAColleaguesConversation()
{
    QVERIFY(m_harness->addAgent(u"lucas"_s, u"s3cret-lucas"_s) > 0);
    ConsoleClient lucas;
    QVERIFY(lucas.open(m_harness->consoleUrl()) && lucas.login(u"lucas"_s, u"s3cret-lucas"_s));
    QCOMPARE(optIn(u"+5511987654321"_s).status, 201);
    const QJsonObject first = start(u"+5511987654321"_s, u"5d8e1f0a-0101"_s, u"pedido_confirmado"_s,
        {{u"1"_s, u"João"_s}, {u"2"_s, u"A-1029"_s}, {u"3"_s, u"sexta-feira"_s}});
    const qint64 id
        = first.value(u"ok"_s).toObject().value(u"conversation"_s).toObject().value(u"id"_s).toInteger();
    QVERIFY2(id > 0, QJsonDocument(first).toJson().constData());
    QTRY_COMPARE(m_harness->sandbox->sentMessages().size(), 1);

    // Lucas tries to start one with the same contact while Maria holds it open.
    const QJsonObject refused = lucas.call(u"conversation.start"_s,
        {{u"phone"_s, u"+5511987654321"_s}, {u"key"_s, u"5d8e1f0a-0102"_s},
            {u"template"_s,
                QJsonObject {{u"name"_s, u"pedido_confirmado"_s}, {u"language"_s, u"pt_BR"_s},
                    {u"params"_s,
                        QJsonObject {{u"body"_s,
                            QJsonObject {{u"1"_s, u"João"_s}, {u"2"_s, u"A-1029"_s},
                                {u"3"_s, u"sexta-feira"_s}}}}}}}});
    const QJsonObject error = refused.value(u"err"_s).toObject();
    QCOMPARE(error.value(u"code"_s).toString(), u"not_assigned"_s);
    QCOMPARE(error.value(u"details"_s).toObject().value(u"conversation_id"_s).toInteger(), id);
    QCOMPARE(m_harness->sandbox->sentMessages().size(), 1);
    QCOMPARE(m_harness->count(u"messages"_s), 1);

    // Still Maria's.
    const QJsonObject got = m_maria->call(u"conversation.get"_s, {{u"conversation_id"_s, id}});
    QCOMPARE(
        got.value(u"ok"_s).toObject().value(u"conversation"_s).toObject().value(u"assignee_id"_s).toInteger(),
        m_maria->agentId());
}

QTEST_GUILESS_MAIN(TestServerTemplate)
#include "tst_servertemplate.moc"

#include "consoleclient.h"
#include "serverharness.h"

#include <QTest>

using namespace Atendo;
using namespace Atendo::Test;
using namespace Qt::StringLiterals;

// Bad input gets its error code and changes nothing; a flood from one console
// does not slow the others. Also /healthz and /metrics.
class TestServerBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void malformedFrames_data();
    void malformedFrames();
    void unknownOpAndWrongTypes();
    void oversizedFrameIsRefused();
    void opsBeyondTheRoleAreForbidden();
    void floodIsLimitedPerSession();
    void healthAndMetrics();

private:
    static QString code(const QJsonObject& reply)
    {
        return reply.value(u"err"_s).toObject().value(u"code"_s).toString();
    }
    std::unique_ptr<ServerHarness> m_harness;
    std::unique_ptr<ConsoleClient> m_maria;
};

void TestServerBadInput::init()
{
    m_harness = std::make_unique<ServerHarness>();
    QVERIFY(m_harness->start());
    QVERIFY(m_harness->addAgent(u"maria"_s, u"s3cret-maria"_s) > 0);
    m_maria = std::make_unique<ConsoleClient>();
    QVERIFY(m_maria->open(m_harness->consoleUrl()) && m_maria->login(u"maria"_s, u"s3cret-maria"_s));
}

void TestServerBadInput::cleanup()
{
    m_maria.reset();
    m_harness.reset();
}

void TestServerBadInput::malformedFrames_data()
{
    QTest::addColumn<QString>("frame");
    QTest::newRow("not json") << u"{\"id\": 1, \"op\": "_s;
    QTest::newRow("array") << u"[1, 2, 3]"_s;
    QTest::newRow("no id") << u"{\"op\": \"ping\"}"_s;
    QTest::newRow("empty op") << u"{\"id\": 1, \"op\": \"\"}"_s;
    QTest::newRow("args not object") << u"{\"id\": 1, \"op\": \"ping\", \"args\": [1]}"_s;
}

void TestServerBadInput::malformedFrames()
{
    QFETCH(QString, frame);
    const QJsonObject reply = m_maria->sendRaw(frame);
    QCOMPARE(code(reply), u"bad_request"_s);
    // The connection survives and still works.
    QVERIFY(m_maria->call(u"ping"_s).contains(u"ok"_s));
}

void TestServerBadInput::unknownOpAndWrongTypes()
{
    QCOMPARE(code(m_maria->call(u"conversation.delete"_s, {{u"conversation_id"_s, 1}})), u"unknown_op"_s);
    const QJsonObject wrongType = m_maria->call(u"conversation.claim"_s, {{u"conversation_id"_s, u"one"_s}});
    QCOMPARE(code(wrongType), u"bad_request"_s);
    QCOMPARE(wrongType.value(u"err"_s).toObject().value(u"details"_s).toObject().value(u"field"_s).toString(),
        u"conversation_id"_s);
    QCOMPARE(code(m_maria->call(u"conversation.claim"_s)), u"bad_request"_s);
    QCOMPARE(code(m_maria->call(u"conversations.list"_s, {{u"limit"_s, 501}})), u"bad_request"_s);
    QCOMPARE(code(m_maria->call(u"conversations.list"_s, {{u"scope"_s, u"everything"_s}})), u"bad_request"_s);
    QCOMPARE(code(m_maria->call(u"search"_s, {{u"query"_s, u"a"_s}})), u"bad_request"_s);
    QCOMPARE(code(m_maria->call(u"presence.set"_s, {{u"status"_s, u"offline"_s}})), u"bad_request"_s);
    QCOMPARE(code(m_maria->call(u"conversation.get"_s, {{u"conversation_id"_s, 77}})), u"not_found"_s);
    QCOMPARE(m_harness->count(u"conversations"_s), 0);
}

void TestServerBadInput::oversizedFrameIsRefused()
{
    const QString huge
        = u"{\"id\": 9, \"op\": \"ping\", \"args\": {\"pad\": \"%1\"}}"_s.arg(QString(1024 * 1024, u'x'));
    const QJsonObject reply = m_maria->sendRaw(huge);
    QCOMPARE(code(reply), u"frame_too_large"_s);
    QVERIFY(m_maria->call(u"ping"_s).contains(u"ok"_s));
}

void TestServerBadInput::opsBeyondTheRoleAreForbidden()
{
    const QJsonObject reply = m_maria->call(u"templates.sync"_s);
    QCOMPARE(code(reply), u"forbidden"_s);
    QCOMPARE(
        reply.value(u"err"_s).toObject().value(u"details"_s).toObject().value(u"required_role"_s).toString(),
        u"team_lead"_s);
}

void TestServerBadInput::floodIsLimitedPerSession()
{
    QVERIFY(m_harness->addAgent(u"joao"_s, u"s3cret-joao"_s) > 0);
    ConsoleClient joao;
    QVERIFY(joao.open(m_harness->consoleUrl()) && joao.login(u"joao"_s, u"s3cret-joao"_s));
    const qsizetype before = m_maria->replies().size();
    for (int i = 0; i < 150; ++i)
        m_maria->send(u"{\"id\": \"f%1\", \"op\": \"ping\"}"_s.arg(i));
    QTRY_COMPARE(m_maria->replies().size(), before + 150);
    int limited = 0;
    for (qsizetype i = before; i < m_maria->replies().size(); ++i) {
        const QJsonObject reply = m_maria->replies().at(i);
        if (code(reply) == u"rate_limited") {
            ++limited;
            QVERIFY(reply.value(u"err"_s)
                        .toObject()
                        .value(u"details"_s)
                        .toObject()
                        .value(u"retry_after_ms"_s)
                        .toInteger()
                > 0);
        }
    }
    QVERIFY(limited >= 40);
    // João's session is not slowed by Maria's flood.
    QVERIFY(joao.call(u"ping"_s).contains(u"ok"_s));
}

void TestServerBadInput::healthAndMetrics()
{
    const auto health = m_harness->get(m_harness->httpUrl(u"/healthz"_s));
    QCOMPARE(health.status, 200);
    QVERIFY(health.body.contains("\"ok\""));
    QVERIFY(!m_harness->customerSays(u"5511987654321"_s, u"Oi"_s).isEmpty());
    QTRY_COMPARE(m_harness->count(u"messages"_s), 1);
    const auto metrics = m_harness->get(m_harness->httpUrl(u"/metrics"_s));
    QCOMPARE(metrics.status, 200);
    QVERIFY(metrics.body.contains("atendo_console_connections 1\n"));
    QVERIFY(metrics.body.contains("atendo_outbox_depth 0\n"));
    QVERIFY(metrics.body.contains("atendo_messages_total{direction=\"in\"} 1\n"));
    QVERIFY(metrics.body.contains("atendo_webhook_latency_seconds_count"));
    QVERIFY(metrics.body.contains("# TYPE atendo_webhook_latency_seconds histogram"));
}

QTEST_GUILESS_MAIN(TestServerBadInput)
#include "tst_serverbadinput.moc"

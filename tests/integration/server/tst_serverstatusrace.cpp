#include "consoleclient.h"
#include "server/metrics.h"
#include "serverharness.h"

#include <QJsonObject>
#include <QTest>

using namespace Atendo;
using namespace Atendo::Test;
using namespace Qt::StringLiterals;

// Meta posts a message's `sent` status as soon as it accepts it, so the
// webhook can reach the server before the Graph reply that tells the outbox
// the wamid. Those statuses are held and applied once the wamid is known.
class TestServerStatusRace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void statusesAheadOfTheSendReplyAreKept();
    void failureAheadOfTheSendReplyIsKept();

private:
    qint64 webhooksAnswered() const;
    // Until Meta's reply is written, every status of the accepted message
    // reaches the server first: the reply waits for `statuses` webhooks.
    void holdRepliesUntilStatusesArrive(int statuses);
    qint64 sendText(const QString& key, const QString& text);

    std::unique_ptr<ServerHarness> m_harness;
    std::unique_ptr<ConsoleClient> m_maria;
    qint64 m_conversation = 0;
    int m_raced = 0;
};

void TestServerStatusRace::init()
{
    m_harness = std::make_unique<ServerHarness>();
    SandboxConfig config = m_harness->sandbox->config();
    config.statusDelaysMs = {0, 0, 0};
    m_harness->sandbox = std::make_unique<Sandbox>(config, &m_harness->clock);
    QVERIFY(m_harness->start());
    QVERIFY(m_harness->addAgent(u"maria"_s, u"s3cret-maria"_s) > 0);
    m_maria = std::make_unique<ConsoleClient>();
    QVERIFY(m_maria->open(m_harness->consoleUrl()) && m_maria->login(u"maria"_s, u"s3cret-maria"_s));
    QVERIFY(!m_harness->customerSays(u"5511987654321"_s, u"Chegou?"_s).isEmpty());
    m_conversation = m_maria->conversationIdFor(u"+5511987654321"_s);
    QVERIFY(m_conversation > 0);
    m_raced = 0;
}

void TestServerStatusRace::cleanup()
{
    m_maria.reset();
    m_harness.reset();
}

qint64 TestServerStatusRace::webhooksAnswered() const
{
    return m_harness->server->metrics().counter(u"atendo_webhook_requests_total{outcome=\"ok\"}"_s);
}

void TestServerStatusRace::holdRepliesUntilStatusesArrive(int statuses)
{
    // messageAccepted is emitted while the sandbox builds its answer to the
    // server's POST; waiting here delays that answer, not the webhooks.
    connect(m_harness->sandbox.get(), &Sandbox::messageAccepted, this, [this, statuses] {
        const qint64 before = webhooksAnswered();
        if (QTest::qWaitFor([&] { return webhooksAnswered() >= before + statuses; }, 5000))
            ++m_raced;
    });
}

qint64 TestServerStatusRace::sendText(const QString& key, const QString& text)
{
    const QJsonObject reply = m_maria->call(u"message.send"_s,
        {{u"conversation_id"_s, m_conversation}, {u"key"_s, key}, {u"kind"_s, u"text"_s}, {u"text"_s, text}});
    return reply.value(u"ok"_s).toObject().value(u"message"_s).toObject().value(u"id"_s).toInteger();
}

void TestServerStatusRace::statusesAheadOfTheSendReplyAreKept()
{
    holdRepliesUntilStatusesArrive(3);
    const qint64 id = sendText(u"race-key-0001"_s, u"Chegou sim, ontem às 18h."_s);
    QVERIFY(id > 0);
    QJsonObject read;
    QVERIFY(m_maria->waitForEvent(u"message.status"_s, [&](const QJsonObject& data) {
        if (data.value(u"message_id"_s).toInteger() != id || data.value(u"status"_s) != u"read"_s)
            return false;
        read = data;
        return true;
    }));
    QCOMPARE(m_raced, 1);
    const QString wamid = m_harness->sandbox->sentMessages().constFirst().wamid;
    QCOMPARE(read.value(u"wamid"_s).toString(), wamid);
    // Meta's price rode on `sent` and `delivered`, both ahead of the reply.
    QCOMPARE(read.value(u"pricing"_s).toObject().value(u"category"_s).toString(), u"service"_s);
    QCOMPARE(m_harness->count(u"message_statuses"_s, u"wamid = '%1'"_s.arg(wamid)), 3);
    QCOMPARE(m_harness->count(u"billing"_s, u"message_id = %1"_s.arg(id)), 1);
    QCOMPARE(m_harness->count(u"messages"_s, u"id = %1 AND status = 'read'"_s.arg(id)), 1);
}

void TestServerStatusRace::failureAheadOfTheSendReplyIsKept()
{
    // Meta's window is closed (only its clock moved): it accepts, then fails the message.
    m_harness->sandbox->advanceClock(24 * 3600 + 1);
    holdRepliesUntilStatusesArrive(1);
    const qint64 id = sendText(u"race-key-0002"_s, u"Ainda precisa de ajuda?"_s);
    QVERIFY(id > 0);
    QJsonObject failed;
    QVERIFY(m_maria->waitForEvent(u"message.status"_s, [&](const QJsonObject& data) {
        if (data.value(u"message_id"_s).toInteger() != id || data.value(u"status"_s) != u"failed"_s)
            return false;
        failed = data;
        return true;
    }));
    QCOMPARE(m_raced, 1);
    QCOMPARE(failed.value(u"error"_s).toObject().value(u"code"_s).toString(), u"meta_131047"_s);
    QCOMPARE(m_harness->count(u"messages"_s, u"id = %1 AND status = 'failed'"_s.arg(id)), 1);
}

QTEST_GUILESS_MAIN(TestServerStatusRace)
#include "tst_serverstatusrace.moc"

#include "consoleclient.h"
#include "server/metrics.h"
#include "serverharness.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace Atendo;
using namespace Atendo::Test;
using namespace Qt::StringLiterals;

namespace {

const QString Customer = u"5511987654321"_s;

} // namespace

// The outbox against the sandbox's real limits: Meta's throughput (130429)
// and pair limit (131056) answers and an unreachable Graph API are retried
// with backoff on the shared TestClock until the message goes out exactly
// once, or it fails with a clear reason after the configured attempts; the
// server's own pair limit spaces a burst so Meta never has to refuse; and a
// message still waiting when the customer says PARAR never goes.
class TestServerOutbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void throughputLimitIsRetriedUntilEachGoesOutOnce();
    void pairLimitAnswerIsRetried();
    void unreachableGraphIsRetriedUntilItIsBack();
    void unreachableGraphFailsAfterMaxAttempts();
    void burstToOneCustomerIsSpacedByThePairLimit();
    void messageQueuedBeforeOptOutIsHeldBack();

private:
    using SandboxTweak = std::function<void(SandboxConfig&)>;
    using ServerTweak = std::function<void(ServerConfig&)>;
    void start(const SandboxTweak& sandbox = {}, const ServerTweak& server = {});
    qint64 sendText(const QString& key, const QString& text);
    int sentWithKey(const QString& key) const;
    int sentCount() const { return int(m_harness->sandbox->sentMessages().size()); }
    qint64 retries(const QString& reason) const;
    bool waitForStatus(qint64 messageId, const QString& status, QJsonObject* data = nullptr);
    // Moves the shared clock by `step` until `done` holds (at most `steps` times).
    bool advanceUntil(std::chrono::milliseconds step, int steps, const std::function<bool()>& done);
    void restartSandbox(quint16 port, const SandboxConfig& config);

    std::unique_ptr<ServerHarness> m_harness;
    std::unique_ptr<ConsoleClient> m_maria;
    qint64 m_conversation = 0;
};

void TestServerOutbox::start(const SandboxTweak& sandbox, const ServerTweak& server)
{
    m_harness = std::make_unique<ServerHarness>();
    if (sandbox) {
        SandboxConfig config = m_harness->sandbox->config();
        sandbox(config);
        m_harness->sandbox = std::make_unique<Sandbox>(config, &m_harness->clock);
    }
    if (server)
        server(m_harness->config);
    QVERIFY(m_harness->start());
    QVERIFY(m_harness->addAgent(u"maria"_s, u"s3cret-maria"_s) > 0);
    m_maria = std::make_unique<ConsoleClient>();
    QVERIFY(m_maria->open(m_harness->consoleUrl()) && m_maria->login(u"maria"_s, u"s3cret-maria"_s));
    QVERIFY(!m_harness->customerSays(Customer, u"Meu pedido já saiu?"_s).isEmpty());
    m_conversation = m_maria->conversationIdFor(u"+"_s + Customer);
    QVERIFY(m_conversation > 0);
}

void TestServerOutbox::cleanup()
{
    m_maria.reset();
    m_harness.reset();
}

qint64 TestServerOutbox::sendText(const QString& key, const QString& text)
{
    const QJsonObject reply = m_maria->call(u"message.send"_s,
        {{u"conversation_id"_s, m_conversation}, {u"key"_s, key}, {u"kind"_s, u"text"_s}, {u"text"_s, text}});
    return reply.value(u"ok"_s).toObject().value(u"message"_s).toObject().value(u"id"_s).toInteger();
}

int TestServerOutbox::sentWithKey(const QString& key) const
{
    // The server passes the console's idempotency key as biz_opaque_callback_data.
    int n = 0;
    const QList<SentMessage> sent = m_harness->sandbox->sentMessages();
    for (const SentMessage& message : sent)
        n += message.bizOpaque == key ? 1 : 0;
    return n;
}

qint64 TestServerOutbox::retries(const QString& reason) const
{
    return m_harness->server->metrics().counter(u"atendo_outbox_retries_total{reason=\"%1\"}"_s.arg(reason));
}

bool TestServerOutbox::waitForStatus(qint64 messageId, const QString& status, QJsonObject* data)
{
    return m_maria->waitForEvent(u"message.status"_s, [&](const QJsonObject& event) {
        if (event.value(u"message_id"_s).toInteger() != messageId
            || event.value(u"status"_s).toString() != status)
            return false;
        if (data)
            *data = event;
        return true;
    });
}

bool TestServerOutbox::advanceUntil(
    std::chrono::milliseconds step, int steps, const std::function<bool()>& done)
{
    for (int i = 0; i < steps && !done(); ++i) {
        m_harness->clock.advance(step);
        // The worker looks at the outbox every 100 ms of real time.
        (void)QTest::qWaitFor(done, 1000);
    }
    return done();
}

void TestServerOutbox::restartSandbox(quint16 port, const SandboxConfig& config)
{
    m_harness->sandbox = std::make_unique<Sandbox>(config, &m_harness->clock);
    QVERIFY(m_harness->sandbox->listen(QHostAddress::LocalHost, port));
    QSignalSpy handshake(m_harness->sandbox.get(), &Sandbox::handshakeFinished);
    m_harness->sandbox->setWebhookUrl(m_harness->httpUrl(u"/webhooks/whatsapp"_s));
    QVERIFY(handshake.wait(5000));
}

void TestServerOutbox::throughputLimitIsRetriedUntilEachGoesOutOnce()
{
    // Meta allows one send a second; the server would send a hundred.
    start([](SandboxConfig& c) { c.messagesPerSecond = 1; },
        [](ServerConfig& c) { c.throughputPerSecond = 100; });
    const QStringList keys {u"mps-key-0001"_s, u"mps-key-0002"_s, u"mps-key-0003"_s};
    QList<qint64> ids;
    for (const QString& key : keys)
        ids.append(sendText(key, u"Saiu sim: "_s + key));
    QVERIFY(!ids.contains(0));
    // The first goes; Meta answers 130429 to the others, which wait their backoff.
    QTRY_COMPARE(retries(u"130429"_s), 2);
    QCOMPARE(sentCount(), 1);
    QVERIFY(m_harness->count(u"outbox"_s, u"state = 'pending' AND last_error LIKE '130429%'"_s) == 2);
    // Each second of Meta's clock lets one more through.
    QVERIFY(advanceUntil(std::chrono::seconds(1), 6, [&] { return sentCount() == 3; }));
    for (const QString& key : keys)
        QCOMPARE(sentWithKey(key), 1);
    for (const qint64 id : std::as_const(ids))
        QVERIFY(waitForStatus(id, u"sent"_s));
    QCOMPARE(retries(u"130429"_s), 3);
    QTRY_COMPARE(m_harness->count(u"outbox"_s, u"state = 'done'"_s), 3);
    QCOMPARE(m_harness->count(u"messages"_s, u"direction = 'out' AND status = 'failed'"_s), 0);
}

void TestServerOutbox::pairLimitAnswerIsRetried()
{
    // The server's own pair limit is out of the way, so Meta's answers 131056.
    start({}, [](ServerConfig& c) {
        c.pairBurst = 1000;
        c.pairPerSecond = 1000;
    });
    QList<qint64> ids;
    for (int i = 1; i <= 46; ++i)
        ids.append(sendText(u"pair-key-%1"_s.arg(i, 4, 10, QChar(u'0')), u"Linha %1"_s.arg(i)));
    QVERIFY(!ids.contains(0));
    QTRY_COMPARE(sentCount(), 45);
    QTRY_COMPARE(retries(u"131056"_s), 1);
    QCOMPARE(m_harness->count(u"outbox"_s, u"state = 'pending'"_s), 1);
    // Meta's bucket gives one message back every 6 s.
    const qint64 refused = m_harness->sandbox->now().toSecsSinceEpoch();
    QVERIFY(advanceUntil(std::chrono::seconds(6), 3, [&] { return sentCount() == 46; }));
    QCOMPARE(m_harness->sandbox->sentMessages().last().at, refused + 6);
    QCOMPARE(sentWithKey(u"pair-key-0046"_s), 1);
    // Its wamid is recorded: it can never be sent again.
    QTRY_COMPARE(m_harness->count(u"messages"_s, u"direction = 'out' AND wamid IS NOT NULL"_s), 46);
    QTRY_COMPARE(m_harness->count(u"outbox"_s, u"state = 'done'"_s), 46);
    QCOMPARE(m_harness->count(u"messages"_s, u"direction = 'out' AND status = 'failed'"_s), 0);
}

void TestServerOutbox::unreachableGraphIsRetriedUntilItIsBack()
{
    start();
    const quint16 port = m_harness->sandbox->port();
    const SandboxConfig config = m_harness->sandbox->config();
    m_harness->sandbox.reset();
    const qint64 id = sendText(u"net-key-0001"_s, u"Seu pedido saiu às 9h."_s);
    QVERIFY(id > 0);
    QTRY_COMPARE(retries(u"network"_s), 1);
    QCOMPARE(m_harness->count(u"outbox"_s, u"state = 'pending' AND attempts = 1"_s), 1);
    // Still down at the next attempt.
    QVERIFY(advanceUntil(std::chrono::seconds(1), 3, [&] { return retries(u"network"_s) == 2; }));

    // WhatsApp is back (a fresh sandbox on the same port, where the customer writes again).
    restartSandbox(port, config);
    QVERIFY(!m_harness->customerSays(Customer, u"Alô?"_s).isEmpty());
    QTRY_COMPARE(m_harness->count(u"messages"_s, u"direction = 'in'"_s), 2);
    QVERIFY(advanceUntil(std::chrono::seconds(1), 5, [&] { return sentCount() == 1; }));
    QVERIFY(waitForStatus(id, u"delivered"_s));
    QCOMPARE(sentWithKey(u"net-key-0001"_s), 1);
    QTRY_COMPARE(m_harness->count(u"outbox"_s, u"state = 'done' AND attempts = 3"_s), 1);
}

void TestServerOutbox::unreachableGraphFailsAfterMaxAttempts()
{
    start({}, [](ServerConfig& c) { c.maxSendAttempts = 3; });
    m_harness->sandbox.reset();
    const qint64 id = sendText(u"net-key-0002"_s, u"Seu pedido saiu às 9h."_s);
    QVERIFY(id > 0);
    QJsonObject failed;
    QVERIFY(advanceUntil(std::chrono::seconds(1), 8, [&] {
        return m_maria->waitForEvent(
            u"message.status"_s,
            [&](const QJsonObject& data) {
                if (data.value(u"message_id"_s).toInteger() != id || data.value(u"status"_s) != u"failed"_s)
                    return false;
                failed = data;
                return true;
            },
            0);
    }));
    const QJsonObject error = failed.value(u"error"_s).toObject();
    QCOMPARE(error.value(u"code"_s).toString(), u"network"_s);
    const QString message = error.value(u"message"_s).toString();
    QVERIFY2(message.startsWith(u"Gave up after 3 attempts. WhatsApp could not be reached: "_s),
        qPrintable(message));
    QCOMPARE(retries(u"network"_s), 2);
    QCOMPARE(m_harness->count(u"outbox"_s, u"state = 'failed' AND attempts = 3"_s), 1);
    QCOMPARE(m_harness->count(u"messages"_s, u"status = 'failed' AND error_code = 'network'"_s), 1);
}

void TestServerOutbox::burstToOneCustomerIsSpacedByThePairLimit()
{
    start();
    QList<qint64> ids;
    for (int i = 1; i <= 50; ++i)
        ids.append(sendText(u"burst-key-%1"_s.arg(i, 4, 10, QChar(u'0')), u"Item %1 do catálogo"_s.arg(i)));
    QVERIFY(!ids.contains(0));
    // Meta's burst of 45 at once; the server keeps the rest.
    QTRY_COMPARE(sentCount(), 45);
    QTRY_COMPARE(m_harness->count(u"outbox"_s, u"state = 'pending'"_s), 5);
    // Then one every 6 s, never earlier: Meta records when it accepted each.
    const qint64 start = m_harness->sandbox->now().toSecsSinceEpoch();
    for (int step = 1; step <= 5; ++step) {
        m_harness->clock.advance(std::chrono::seconds(6));
        QTRY_COMPARE(sentCount(), 45 + step);
    }
    const QList<SentMessage> sent = m_harness->sandbox->sentMessages();
    for (int step = 1; step <= 5; ++step)
        QCOMPARE(sent.at(44 + step).at, start + 6 * step);
    for (int i = 1; i <= 50; ++i)
        QCOMPARE(sentWithKey(u"burst-key-%1"_s.arg(i, 4, 10, QChar(u'0'))), 1);
    // Meta never had to refuse one.
    QCOMPARE(retries(u"131056"_s), 0);
    QCOMPARE(retries(u"130429"_s), 0);
    QTRY_COMPARE(m_harness->count(u"outbox"_s, u"state = 'done'"_s), 50);
    QTRY_COMPARE(m_harness->count(u"messages"_s, u"direction = 'out' AND wamid IS NOT NULL"_s), 50);
}

void TestServerOutbox::messageQueuedBeforeOptOutIsHeldBack()
{
    // A pair limit of one keeps the second message waiting for 6 s.
    start({}, [](ServerConfig& c) { c.pairBurst = 1; });
    const qint64 first = sendText(u"optout-key-0001"_s, u"Seu pedido saiu."_s);
    const qint64 second = sendText(u"optout-key-0002"_s, u"Aproveite também nossas ofertas!"_s);
    QVERIFY(first > 0 && second > 0);
    QTRY_COMPARE(sentCount(), 1);
    QTRY_COMPARE(m_harness->count(u"outbox"_s, u"state = 'pending' AND last_error = 'pair_limit'"_s), 1);

    QVERIFY(!m_harness->customerSays(Customer, u"PARAR"_s).isEmpty());
    QVERIFY(m_maria->waitForEvent(u"contact.changed"_s, [](const QJsonObject& data) {
        return data.value(u"contact"_s).toObject().value(u"consent_state"_s).toString() == u"opted_out";
    }));
    m_harness->clock.advance(std::chrono::seconds(6));
    QJsonObject failed;
    QVERIFY(waitForStatus(second, u"failed"_s, &failed));
    const QJsonObject error = failed.value(u"error"_s).toObject();
    QCOMPARE(error.value(u"code"_s).toString(), u"contact_opted_out"_s);
    QVERIFY(!error.value(u"message"_s).toString().isEmpty());
    QCOMPARE(sentCount(), 1);
    QCOMPARE(sentWithKey(u"optout-key-0002"_s), 0);
    QCOMPARE(m_harness->count(u"outbox"_s, u"state = 'failed' AND last_error = 'contact_opted_out'"_s), 1);
}

QTEST_GUILESS_MAIN(TestServerOutbox)
#include "tst_serveroutbox.moc"

#include "consoleclient.h"
#include "serverharness.h"

#include <QJsonObject>
#include <QTest>

using namespace Atendo;
using namespace Atendo::Test;
using namespace Qt::StringLiterals;

namespace {

const QString Customer = u"5511987654321"_s;
const QString Confirmation = u"Pronto! Você voltará a receber nossas mensagens. Para sair, envie PARAR."_s;

} // namespace

// [consent] opt_in_confirmation: a customer who opts back in by keyword
// inside the window gets the configured text once; an opt-out gets nothing.
class TestServerOptInConfirm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void optInByKeywordIsConfirmedOnce();
    void lateKeywordOutsideTheWindowIsNotAnswered();
    void nothingWithoutConfiguration();

private:
    void optOut();
    bool waitForConsent(const QString& state);
    [[nodiscard]] int confirmationsSent() const;

    std::unique_ptr<ServerHarness> m_harness;
    std::unique_ptr<ConsoleClient> m_maria;
};

void TestServerOptInConfirm::init()
{
    m_harness = std::make_unique<ServerHarness>();
    if (QByteArray(QTest::currentTestFunction()) != "nothingWithoutConfiguration")
        m_harness->config.optInConfirmation = Confirmation;
    QVERIFY(m_harness->start());
    QVERIFY(m_harness->addAgent(u"maria"_s, u"s3cret-maria"_s) > 0);
    m_maria = std::make_unique<ConsoleClient>();
    QVERIFY(m_maria->open(m_harness->consoleUrl()) && m_maria->login(u"maria"_s, u"s3cret-maria"_s));
    QVERIFY(!m_harness->customerSays(Customer, u"Oi"_s).isEmpty());
    QVERIFY(m_maria->conversationIdFor(u"+"_s + Customer) > 0);
    optOut();
}

void TestServerOptInConfirm::cleanup()
{
    m_maria.reset();
    m_harness.reset();
}

bool TestServerOptInConfirm::waitForConsent(const QString& state)
{
    return m_maria->waitForEvent(u"contact.changed"_s, [&](const QJsonObject& data) {
        return data.value(u"contact"_s).toObject().value(u"consent_state"_s).toString() == state;
    });
}

void TestServerOptInConfirm::optOut()
{
    QVERIFY(!m_harness->customerSays(Customer, u"PARAR"_s).isEmpty());
    QVERIFY(waitForConsent(u"opted_out"_s));
    // After an opt-out nothing goes out, not even a confirmation.
    QCOMPARE(m_harness->count(u"messages"_s, u"direction = 'out'"_s), 0);
    m_maria->clearEvents();
}

int TestServerOptInConfirm::confirmationsSent() const
{
    int n = 0;
    const QList<SentMessage> sent = m_harness->sandbox->sentMessages();
    for (const SentMessage& message : sent)
        n += message.text == Confirmation ? 1 : 0;
    return n;
}

void TestServerOptInConfirm::optInByKeywordIsConfirmedOnce()
{
    QVERIFY(!m_harness->customerSays(Customer, u"VOLTAR"_s).isEmpty());
    QVERIFY(waitForConsent(u"opted_in"_s));
    qint64 id = 0;
    QVERIFY(m_maria->waitForEvent(u"message.created"_s, [&](const QJsonObject& data) {
        const QJsonObject message = data.value(u"message"_s).toObject();
        if (message.value(u"direction"_s) != u"out"_s)
            return false;
        id = message.value(u"id"_s).toInteger();
        return message.value(u"text"_s).toString() == Confirmation;
    }));
    QVERIFY(m_maria->waitForEvent(u"message.status"_s, [&](const QJsonObject& data) {
        return data.value(u"message_id"_s).toInteger() == id && data.value(u"status"_s) == u"delivered"_s;
    }));
    QCOMPARE(confirmationsSent(), 1);
    QCOMPARE(m_harness->sandbox->sentMessages().constFirst().to, Customer);

    // Saying it again while already opted in changes nothing and sends nothing more.
    QVERIFY(!m_harness->customerSays(Customer, u"VOLTAR"_s).isEmpty());
    QTRY_COMPARE(m_harness->count(u"messages"_s, u"direction = 'in'"_s), 4);
    QCOMPARE(m_harness->count(u"messages"_s, u"direction = 'out'"_s), 1);
    QCOMPARE(m_harness->count(u"outbox"_s), 1);
    QCOMPARE(confirmationsSent(), 1);
}

void TestServerOptInConfirm::lateKeywordOutsideTheWindowIsNotAnswered()
{
    // The opt-in counts from when it was written, 25 h ago, but the window it
    // opened is over: no free-form message may go.
    m_harness->clock.advance(std::chrono::hours(26));
    const qint64 writtenAt = m_harness->sandbox->now().addSecs(-25 * 3600).toSecsSinceEpoch();
    QString error;
    QVERIFY(!m_harness->sandbox
                 ->injectInbound(QJsonObject {{u"from"_s, Customer}, {u"name"_s, u"João Pereira"_s},
                                     {u"text"_s, u"VOLTAR"_s}, {u"timestamp"_s, writtenAt}},
                     &error)
                 .isEmpty());
    QVERIFY2(waitForConsent(u"opted_in"_s), qPrintable(error));
    QCOMPARE(m_harness->count(u"messages"_s, u"direction = 'out'"_s), 0);
    QCOMPARE(m_harness->count(u"outbox"_s), 0);
}

void TestServerOptInConfirm::nothingWithoutConfiguration()
{
    QVERIFY(!m_harness->customerSays(Customer, u"VOLTAR"_s).isEmpty());
    QVERIFY(waitForConsent(u"opted_in"_s));
    QCOMPARE(m_harness->count(u"messages"_s, u"direction = 'out'"_s), 0);
    QCOMPARE(m_harness->count(u"outbox"_s), 0);
}

QTEST_GUILESS_MAIN(TestServerOptInConfirm)
#include "tst_serveroptinconfirm.moc"

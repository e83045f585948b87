#include "consoleclient.h"
#include "serverharness.h"

#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Atendo;
using namespace Atendo::Test;
using namespace Qt::StringLiterals;

// routing/auto_assign: new conversations go round-robin to online agents
// under their capacity; an away agent gets none; with everyone full the
// conversation waits in the queue.
class TestServerAutoAssign : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void roundRobinAmongOnlineAgentsUnderCapacity();
    void offByDefault();

private:
    std::unique_ptr<ConsoleClient> login(const QString& username);
    // The assignee pushed with the customer's conversation (0: the queue).
    qint64 assigneeAfterCustomerWrites(const QString& waId, qint64* conversationId = nullptr);

    std::unique_ptr<ServerHarness> m_harness;
    std::unique_ptr<ConsoleClient> m_ana;
    std::unique_ptr<ConsoleClient> m_bruno;
    std::unique_ptr<ConsoleClient> m_carla;
};

void TestServerAutoAssign::init()
{
    m_harness = std::make_unique<ServerHarness>();
    m_harness->config.autoAssign = QByteArray(QTest::currentTestFunction()) != "offByDefault";
    QVERIFY(m_harness->start());
    QVERIFY(m_harness->addAgent(u"ana"_s, u"s3cret-ana1"_s, u"agent"_s, 1) > 0);
    QVERIFY(m_harness->addAgent(u"bruno"_s, u"s3cret-bruno"_s, u"agent"_s, 1) > 0);
    QVERIFY(m_harness->addAgent(u"carla"_s, u"s3cret-carla"_s, u"agent"_s, 5) > 0);
    m_ana = login(u"ana"_s);
    m_bruno = login(u"bruno"_s);
    m_carla = login(u"carla"_s);
    QVERIFY(m_ana && m_bruno && m_carla);
    // Carla is at her desk but not taking new customers.
    QVERIFY(m_carla->call(u"presence.set"_s, {{u"status"_s, u"away"_s}}).contains(u"ok"_s));
    QVERIFY(m_ana->waitForEvent(u"presence"_s, [&](const QJsonObject& data) {
        return data.value(u"agent_id"_s).toInteger() == m_carla->agentId()
            && data.value(u"presence"_s).toString() == u"away";
    }));
}

void TestServerAutoAssign::cleanup()
{
    m_ana.reset();
    m_bruno.reset();
    m_carla.reset();
    m_harness.reset();
}

std::unique_ptr<ConsoleClient> TestServerAutoAssign::login(const QString& username)
{
    auto console = std::make_unique<ConsoleClient>();
    const QString password = u"s3cret-"_s + (username == u"ana" ? u"ana1"_s : username);
    if (!console->open(m_harness->consoleUrl()) || !console->login(username, password))
        return nullptr;
    return console;
}

qint64 TestServerAutoAssign::assigneeAfterCustomerWrites(const QString& waId, qint64* conversationId)
{
    if (m_harness->customerSays(waId, u"Olá, quero falar com alguém"_s).isEmpty())
        return -1;
    qint64 assignee = -1;
    m_ana->waitForEvent(u"conversation.changed"_s, [&](const QJsonObject& data) {
        const QJsonObject conversation = data.value(u"conversation"_s).toObject();
        if (conversation.value(u"contact"_s).toObject().value(u"phone"_s).toString() != u"+"_s + waId)
            return false;
        assignee = conversation.value(u"assignee_id"_s).toInteger();
        if (conversationId)
            *conversationId = conversation.value(u"id"_s).toInteger();
        return true;
    });
    return assignee;
}

void TestServerAutoAssign::roundRobinAmongOnlineAgentsUnderCapacity()
{
    qint64 firstConversation = 0;
    const qint64 first = assigneeAfterCustomerWrites(u"5511987650001"_s, &firstConversation);
    const qint64 second = assigneeAfterCustomerWrites(u"5511987650002"_s);
    const QSet<qint64> online {m_ana->agentId(), m_bruno->agentId()};
    QVERIFY(online.contains(first));
    QVERIFY(online.contains(second));
    QVERIFY(first != second);
    // Both are at capacity (1): the third waits in the queue; Carla is away.
    qint64 queued = 0;
    QCOMPARE(assigneeAfterCustomerWrites(u"5511987650003"_s, &queued), 0);
    QVERIFY(queued > 0);
    QCOMPARE(m_harness->count(u"conversations"_s, u"assignee_id = %1"_s.arg(m_carla->agentId())), 0);
    QCOMPARE(m_harness->count(u"conversations"_s, u"assignee_id IS NULL OR assignee_id = 0"_s), 1);

    // The first agent resolves theirs: the next new customer goes to them, the only one with room.
    ConsoleClient* firstConsole = first == m_ana->agentId() ? m_ana.get() : m_bruno.get();
    QVERIFY(firstConsole->call(u"conversation.resolve"_s, {{u"conversation_id"_s, firstConversation}})
                .contains(u"ok"_s));
    QCOMPARE(assigneeAfterCustomerWrites(u"5511987650004"_s), first);
    QCOMPARE(m_harness->count(u"conversations"_s, u"assignee_id = %1"_s.arg(m_carla->agentId())), 0);
}

void TestServerAutoAssign::offByDefault()
{
    QCOMPARE(assigneeAfterCustomerWrites(u"5511987650001"_s), 0);
    QCOMPARE(assigneeAfterCustomerWrites(u"5511987650002"_s), 0);
}

QTEST_GUILESS_MAIN(TestServerAutoAssign)
#include "tst_serverautoassign.moc"

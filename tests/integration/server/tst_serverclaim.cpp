#include "consoleclient.h"
#include "serverharness.h"

#include <QTest>

using namespace Atendo;
using namespace Atendo::Test;
using namespace Qt::StringLiterals;

// Claiming, transferring and resolving conversations between agents.
class TestServerClaim : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void twoAgentsRaceToClaimOneWins();
    void agentTransfersOnlyOwnConversations();
    void teamLeadTransfersAnyConversation();
    void sendingInAnotherAgentsConversationIsRefused();

private:
    qint64 newConversation(const QString& waId);
    std::unique_ptr<ServerHarness> m_harness;
    ConsoleClient* m_maria = nullptr;
    ConsoleClient* m_joao = nullptr;
    ConsoleClient* m_lead = nullptr;
    qint64 m_leadId = 0;
};

void TestServerClaim::init()
{
    m_harness = std::make_unique<ServerHarness>();
    QVERIFY(m_harness->start());
    QVERIFY(m_harness->addAgent(u"maria"_s, u"s3cret-maria"_s) > 0);
    QVERIFY(m_harness->addAgent(u"joao"_s, u"s3cret-joao"_s) > 0);
    m_leadId = m_harness->addAgent(u"lia"_s, u"s3cret-lia"_s, u"team_lead"_s);
    m_maria = new ConsoleClient(this);
    m_joao = new ConsoleClient(this);
    m_lead = new ConsoleClient(this);
    QVERIFY(m_maria->open(m_harness->consoleUrl()) && m_maria->login(u"maria"_s, u"s3cret-maria"_s));
    QVERIFY(m_joao->open(m_harness->consoleUrl()) && m_joao->login(u"joao"_s, u"s3cret-joao"_s));
    QVERIFY(m_lead->open(m_harness->consoleUrl()) && m_lead->login(u"lia"_s, u"s3cret-lia"_s));
}

void TestServerClaim::cleanup()
{
    delete m_maria;
    delete m_joao;
    delete m_lead;
    m_harness.reset();
}

qint64 TestServerClaim::newConversation(const QString& waId)
{
    if (m_harness->customerSays(waId, u"Preciso de ajuda"_s).isEmpty())
        return 0;
    return m_maria->conversationIdFor(u'+' + waId);
}

void TestServerClaim::twoAgentsRaceToClaimOneWins()
{
    const qint64 id = newConversation(u"5511987650001"_s);
    QVERIFY(id > 0);
    QVERIFY(m_joao->conversationIdFor(u"+5511987650001"_s) == id);
    // Both requests leave before either reply arrives.
    const QString claim
        = u"{\"id\":\"race\",\"op\":\"conversation.claim\",\"args\":{\"conversation_id\":%1}}"_s.arg(id);
    const qsizetype mariaBefore = m_maria->replies().size();
    const qsizetype joaoBefore = m_joao->replies().size();
    m_maria->send(claim);
    m_joao->send(claim);
    QTRY_VERIFY(m_maria->replies().size() > mariaBefore && m_joao->replies().size() > joaoBefore);
    const QJsonObject mariaReply = m_maria->replies().at(mariaBefore);
    const QJsonObject joaoReply = m_joao->replies().at(joaoBefore);
    QCOMPARE(int(mariaReply.contains(u"ok"_s)) + int(joaoReply.contains(u"ok"_s)), 1);
    const QJsonObject loser = mariaReply.contains(u"ok"_s) ? joaoReply : mariaReply;
    const ConsoleClient* winner = mariaReply.contains(u"ok"_s) ? m_maria : m_joao;
    QCOMPARE(loser.value(u"err"_s).toObject().value(u"code"_s).toString(), u"conflict"_s);
    QCOMPARE(
        loser.value(u"err"_s).toObject().value(u"details"_s).toObject().value(u"assignee_id"_s).toInteger(),
        winner->agentId());
    // Everyone, the loser included, sees who holds it.
    QVERIFY(m_lead->waitForEvent(u"conversation.changed"_s, [&](const QJsonObject& data) {
        return data.value(u"conversation"_s).toObject().value(u"assignee_id"_s).toInteger()
            == winner->agentId();
    }));
}

void TestServerClaim::agentTransfersOnlyOwnConversations()
{
    const qint64 id = newConversation(u"5511987650002"_s);
    QVERIFY(id > 0);
    QVERIFY(m_maria->call(u"conversation.claim"_s, {{u"conversation_id"_s, id}}).contains(u"ok"_s));
    const QJsonObject stolen = m_joao->call(
        u"conversation.transfer"_s, {{u"conversation_id"_s, id}, {u"to_agent_id"_s, m_joao->agentId()}});
    QCOMPARE(stolen.value(u"err"_s).toObject().value(u"code"_s).toString(), u"not_assigned"_s);
    const QJsonObject handed = m_maria->call(
        u"conversation.transfer"_s, {{u"conversation_id"_s, id}, {u"to_agent_id"_s, m_joao->agentId()}});
    QCOMPARE(handed.value(u"ok"_s)
                 .toObject()
                 .value(u"conversation"_s)
                 .toObject()
                 .value(u"assignee_id"_s)
                 .toInteger(),
        m_joao->agentId());
    const QJsonObject queued = m_joao->call(
        u"conversation.transfer"_s, {{u"conversation_id"_s, id}, {u"to_agent_id"_s, QJsonValue::Null}});
    QVERIFY(queued.value(u"ok"_s)
                .toObject()
                .value(u"conversation"_s)
                .toObject()
                .value(u"assignee_id"_s)
                .isNull());
    const QJsonObject nobody = m_joao->call(
        u"conversation.transfer"_s, {{u"conversation_id"_s, 999}, {u"to_agent_id"_s, QJsonValue::Null}});
    QCOMPARE(nobody.value(u"err"_s).toObject().value(u"code"_s).toString(), u"not_found"_s);
}

void TestServerClaim::teamLeadTransfersAnyConversation()
{
    const qint64 id = newConversation(u"5511987650003"_s);
    QVERIFY(id > 0);
    QVERIFY(m_maria->call(u"conversation.claim"_s, {{u"conversation_id"_s, id}}).contains(u"ok"_s));
    const QJsonObject moved = m_lead->call(
        u"conversation.transfer"_s, {{u"conversation_id"_s, id}, {u"to_agent_id"_s, m_joao->agentId()}});
    QVERIFY(moved.contains(u"ok"_s));
    QVERIFY(m_maria->waitForEvent(u"conversation.changed"_s, [&](const QJsonObject& data) {
        return data.value(u"conversation"_s).toObject().value(u"assignee_id"_s).toInteger()
            == m_joao->agentId();
    }));
    // Agents may not sync templates; team leads may.
    QCOMPARE(m_maria->call(u"templates.sync"_s).value(u"err"_s).toObject().value(u"code"_s).toString(),
        u"forbidden"_s);
    QVERIFY(m_lead->call(u"templates.sync"_s).contains(u"ok"_s));
}

void TestServerClaim::sendingInAnotherAgentsConversationIsRefused()
{
    const qint64 id = newConversation(u"5511987650004"_s);
    QVERIFY(id > 0);
    QVERIFY(m_maria->call(u"conversation.claim"_s, {{u"conversation_id"_s, id}}).contains(u"ok"_s));
    const QJsonObject reply = m_joao->call(u"message.send"_s,
        {{u"conversation_id"_s, id}, {u"key"_s, u"joao-key-0001"_s}, {u"kind"_s, u"text"_s},
            {u"text"_s, u"Oi"_s}});
    QCOMPARE(reply.value(u"err"_s).toObject().value(u"code"_s).toString(), u"not_assigned"_s);
    QCOMPARE(m_harness->count(u"messages"_s, u"direction = 'out'"_s), 0);
    // A note is for the team and always passes.
    const QJsonObject note = m_joao->call(u"message.send"_s,
        {{u"conversation_id"_s, id}, {u"key"_s, u"joao-note-0001"_s}, {u"kind"_s, u"note"_s},
            {u"text"_s, u"Cliente VIP"_s}});
    QCOMPARE(note.value(u"ok"_s).toObject().value(u"message"_s).toObject().value(u"direction"_s).toString(),
        u"note"_s);
    QCOMPARE(m_harness->count(u"outbox"_s), 0);
}

QTEST_GUILESS_MAIN(TestServerClaim)
#include "tst_serverclaim.moc"

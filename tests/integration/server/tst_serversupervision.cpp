#include "consoleclient.h"
#include "serverharness.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace Atendo;
using namespace Atendo::Test;
using namespace Qt::StringLiterals;

// A team lead supervising: watching silently, whispering to the agents,
// taking over and moving conversations (with an audit trail), seeing drafts.
class TestServerSupervision : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void agentMayNotSupervise();
    void silentWatchSendsNoReadReceiptAndChangesNoUnread();
    void whisperReachesAgentsButNeverTheSandbox();
    void takeoverWritesAnAuditNote();
    void leadTransferIsAuditedButAnAgentsOwnIsNot();
    void draftsReachOnlyLeads();

private:
    qint64 addAgent(const QString& username, const QString& displayName, const QString& role);
    qint64 newConversation(const QString& waId);
    QJsonObject conversation(qint64 id);
    static QString code(const QJsonObject& reply)
    {
        return reply.value(u"err"_s).toObject().value(u"code"_s).toString();
    }

    std::unique_ptr<ServerHarness> m_harness;
    std::unique_ptr<ConsoleClient> m_maria;
    std::unique_ptr<ConsoleClient> m_pedro;
    std::unique_ptr<ConsoleClient> m_lead;
    qint64 m_mariaId = 0;
    qint64 m_pedroId = 0;
    qint64 m_leadId = 0;
};

qint64 TestServerSupervision::addAgent(
    const QString& username, const QString& displayName, const QString& role)
{
    const qint64 id = m_harness->addAgent(username, u"s3cret-"_s + username, role);
    QSqlQuery query(m_harness->server->database().db());
    query.prepare(u"UPDATE agents SET display_name = ? WHERE id = ?"_s);
    query.addBindValue(displayName);
    query.addBindValue(id);
    return query.exec() ? id : 0;
}

void TestServerSupervision::init()
{
    m_harness = std::make_unique<ServerHarness>();
    QVERIFY(m_harness->start());
    m_mariaId = addAgent(u"maria"_s, u"Maria Souza"_s, u"agent"_s);
    m_pedroId = addAgent(u"pedro"_s, u"Pedro Lima"_s, u"agent"_s);
    m_leadId = addAgent(u"ana"_s, u"Ana Ribeiro"_s, u"team_lead"_s);
    QVERIFY(m_mariaId > 0 && m_pedroId > 0 && m_leadId > 0);
    m_maria = std::make_unique<ConsoleClient>();
    m_pedro = std::make_unique<ConsoleClient>();
    m_lead = std::make_unique<ConsoleClient>();
    QVERIFY(m_maria->open(m_harness->consoleUrl()) && m_maria->login(u"maria"_s, u"s3cret-maria"_s));
    QVERIFY(m_pedro->open(m_harness->consoleUrl()) && m_pedro->login(u"pedro"_s, u"s3cret-pedro"_s));
    QVERIFY(m_lead->open(m_harness->consoleUrl()) && m_lead->login(u"ana"_s, u"s3cret-ana"_s));
}

void TestServerSupervision::cleanup()
{
    m_maria.reset();
    m_pedro.reset();
    m_lead.reset();
    m_harness.reset();
}

qint64 TestServerSupervision::newConversation(const QString& waId)
{
    if (m_harness->customerSays(waId, u"Meu pedido não chegou"_s).isEmpty())
        return 0;
    return m_maria->conversationIdFor(u'+' + waId);
}

QJsonObject TestServerSupervision::conversation(qint64 id)
{
    return m_lead->call(u"conversation.get"_s, {{u"conversation_id"_s, id}})
        .value(u"ok"_s)
        .toObject()
        .value(u"conversation"_s)
        .toObject();
}

void TestServerSupervision::agentMayNotSupervise()
{
    const qint64 id = newConversation(u"5511987650101"_s);
    QVERIFY(id > 0);
    QVERIFY(m_pedro->call(u"conversation.claim"_s, {{u"conversation_id"_s, id}}).contains(u"ok"_s));
    const int messages = m_harness->count(u"messages"_s);

    QCOMPARE(
        code(m_maria->call(u"view"_s, {{u"conversation_id"_s, id}, {u"silent"_s, true}})), u"forbidden"_s);
    QCOMPARE(code(m_maria->call(u"whisper"_s,
                 {{u"conversation_id"_s, id}, {u"key"_s, u"whisper-agent-1"_s}, {u"text"_s, u"psst"_s}})),
        u"forbidden"_s);
    QCOMPARE(code(m_maria->call(u"conversation.takeover"_s, {{u"conversation_id"_s, id}})), u"forbidden"_s);
    QCOMPARE(code(m_maria->call(u"board.subscribe"_s)), u"forbidden"_s);
    QCOMPARE(code(m_maria->call(u"stats.get"_s)), u"forbidden"_s);

    QCOMPARE(m_harness->count(u"messages"_s), messages);
    QCOMPARE(m_harness->count(u"audit_log"_s), 0);
    QCOMPARE(conversation(id).value(u"assignee_id"_s).toInteger(), m_pedroId);
    // The refused silent view did not make Maria a viewer either.
    QVERIFY(m_pedro->call(u"view"_s, {{u"conversation_id"_s, id}}).contains(u"ok"_s));
    QVERIFY(m_pedro->waitForEvent(u"viewers"_s, [&](const QJsonObject& data) {
        return data.value(u"agent_ids"_s).toArray() == QJsonArray {m_pedroId};
    }));
}

void TestServerSupervision::silentWatchSendsNoReadReceiptAndChangesNoUnread()
{
    const qint64 id = newConversation(u"5511987650102"_s);
    QVERIFY(id > 0);
    QVERIFY(m_maria->call(u"conversation.claim"_s, {{u"conversation_id"_s, id}}).contains(u"ok"_s));
    QVERIFY(m_maria->call(u"view"_s, {{u"conversation_id"_s, id}}).contains(u"ok"_s));
    QCOMPARE(conversation(id).value(u"unread"_s).toInt(), 1);

    m_maria->clearEvents();
    m_lead->clearEvents();
    QVERIFY(m_lead->call(u"view"_s, {{u"conversation_id"_s, id}, {u"silent"_s, true}}).contains(u"ok"_s));
    const QJsonObject page = m_lead->call(u"messages.list"_s, {{u"conversation_id"_s, id}});
    QCOMPARE(page.value(u"ok"_s).toObject().value(u"items"_s).toArray().size(), 1);
    QVERIFY(!m_harness->customerSays(u"5511987650102"_s, u"Alô?"_s).isEmpty());
    QVERIFY(m_lead->waitForEvent(u"message.created"_s));

    // Leads see the silent viewer, agents do not.
    QVERIFY(m_lead->waitForEvent(u"viewers"_s, [&](const QJsonObject& data) {
        return data.value(u"agent_ids"_s).toArray() == QJsonArray {m_mariaId, m_leadId};
    }));
    QVERIFY(m_maria->waitForEvent(u"viewers"_s));
    for (const QJsonObject& event : m_maria->events(u"viewers"_s))
        QCOMPARE(event.value(u"data"_s).toObject().value(u"agent_ids"_s).toArray(), QJsonArray {m_mariaId});

    QCOMPARE(conversation(id).value(u"unread"_s).toInt(), 2);
    QVERIFY(m_harness->sandbox->reads().isEmpty());
    const auto reads = m_harness->get(m_harness->sandboxUrl(u"/sandbox/reads"_s));
    QCOMPARE(reads.status, 200);
    QVERIFY2(!reads.body.contains("wamid"), reads.body.constData());
    QVERIFY(m_maria->call(u"ping"_s).contains(u"ok"_s));
    for (const QJsonObject& event : m_maria->events(u"conversation.changed"_s))
        QVERIFY(
            event.value(u"data"_s).toObject().value(u"conversation"_s).toObject().value(u"unread"_s).toInt()
            > 0);

    // The agent's own read does send the receipt: the silent watch was the only difference.
    QVERIFY(m_maria->call(u"conversation.read"_s, {{u"conversation_id"_s, id}}).contains(u"ok"_s));
    QTRY_COMPARE(m_harness->sandbox->reads().size(), 1);
}

void TestServerSupervision::whisperReachesAgentsButNeverTheSandbox()
{
    const qint64 id = newConversation(u"5511987650103"_s);
    QVERIFY(id > 0);
    QVERIFY(m_maria->call(u"conversation.claim"_s, {{u"conversation_id"_s, id}}).contains(u"ok"_s));
    const auto sentBefore = m_harness->get(m_harness->sandboxUrl(u"/sandbox/sent"_s));
    const QJsonObject args {{u"conversation_id"_s, id}, {u"key"_s, u"whisper-0103"_s},
        {u"text"_s, u"Ofereça o frete grátis, ele é cliente antigo"_s}};
    const QJsonObject reply = m_lead->call(u"whisper"_s, args);
    const QJsonObject message = reply.value(u"ok"_s).toObject().value(u"message"_s).toObject();
    QVERIFY2(!message.isEmpty(), QJsonDocument(reply).toJson().constData());
    QCOMPARE(message.value(u"direction"_s).toString(), u"note"_s);
    QCOMPARE(message.value(u"kind"_s).toString(), u"whisper"_s);
    QCOMPARE(message.value(u"author_id"_s).toInteger(), m_leadId);

    for (ConsoleClient* agent : {m_maria.get(), m_pedro.get()}) {
        QVERIFY(agent->waitForEvent(u"message.created"_s, [&](const QJsonObject& data) {
            const QJsonObject created = data.value(u"message"_s).toObject();
            return created.value(u"id"_s) == message.value(u"id"_s)
                && created.value(u"kind"_s).toString() == u"whisper"
                && created.value(u"text"_s).toString() == args.value(u"text"_s).toString();
        }));
    }
    // A retry with the same key is the same whisper.
    QCOMPARE(m_lead->call(u"whisper"_s, args)
                 .value(u"ok"_s)
                 .toObject()
                 .value(u"message"_s)
                 .toObject()
                 .value(u"id"_s),
        message.value(u"id"_s));
    QCOMPARE(m_harness->count(u"messages"_s, u"kind = 'whisper'"_s), 1);
    QCOMPARE(m_harness->count(u"outbox"_s), 0);
    QVERIFY(m_harness->sandbox->sentMessages().isEmpty());
    const auto sentAfter = m_harness->get(m_harness->sandboxUrl(u"/sandbox/sent"_s));
    QCOMPARE(sentAfter.status, 200);
    QCOMPARE(sentAfter.body, sentBefore.body);
    // The customer is still waiting: a whisper is no answer.
    QVERIFY(!conversation(id).value(u"waiting_since"_s).isNull());
    QCOMPARE(code(m_lead->call(u"whisper"_s,
                 {{u"conversation_id"_s, 999999}, {u"key"_s, u"whisper-none"_s}, {u"text"_s, u"x"_s}})),
        u"not_found"_s);
}

void TestServerSupervision::takeoverWritesAnAuditNote()
{
    const qint64 id = newConversation(u"5511987650104"_s);
    QVERIFY(id > 0);
    QVERIFY(m_maria->call(u"conversation.claim"_s, {{u"conversation_id"_s, id}}).contains(u"ok"_s));
    m_maria->clearEvents();

    const QJsonObject reply = m_lead->call(u"conversation.takeover"_s, {{u"conversation_id"_s, id}});
    QCOMPARE(reply.value(u"ok"_s)
                 .toObject()
                 .value(u"conversation"_s)
                 .toObject()
                 .value(u"assignee_id"_s)
                 .toInteger(),
        m_leadId);
    QVERIFY(m_maria->waitForEvent(u"conversation.changed"_s, [&](const QJsonObject& data) {
        const QJsonObject c = data.value(u"conversation"_s).toObject();
        return c.value(u"id"_s).toInteger() == id && c.value(u"assignee_id"_s).toInteger() == m_leadId;
    }));
    QVERIFY(m_maria->waitForEvent(u"message.created"_s, [&](const QJsonObject& data) {
        const QJsonObject note = data.value(u"message"_s).toObject();
        return note.value(u"conversation_id"_s).toInteger() == id
            && note.value(u"direction"_s).toString() == u"note"
            && note.value(u"kind"_s).toString() == u"system"
            && note.value(u"author_id"_s).toInteger() == m_leadId
            && note.value(u"text"_s).toString() == u"Ana Ribeiro took over from Maria Souza";
    }));
    QCOMPARE(m_harness->count(u"audit_log"_s,
                 u"action = 'takeover' AND actor_id = %1 AND from_agent_id = %2 AND to_agent_id = %1"_s
                     .arg(m_leadId)
                     .arg(m_mariaId)),
        1);
    // Taking over what one already holds changes nothing.
    QVERIFY(m_lead->call(u"conversation.takeover"_s, {{u"conversation_id"_s, id}}).contains(u"ok"_s));
    QCOMPARE(m_harness->count(u"audit_log"_s), 1);
    QCOMPARE(
        code(m_lead->call(u"conversation.takeover"_s, {{u"conversation_id"_s, 999999}})), u"not_found"_s);
}

void TestServerSupervision::leadTransferIsAuditedButAnAgentsOwnIsNot()
{
    const qint64 id = newConversation(u"5511987650105"_s);
    QVERIFY(id > 0);
    QVERIFY(m_maria->call(u"conversation.claim"_s, {{u"conversation_id"_s, id}}).contains(u"ok"_s));
    QVERIFY(
        m_maria->call(u"conversation.transfer"_s, {{u"conversation_id"_s, id}, {u"to_agent_id"_s, m_pedroId}})
            .contains(u"ok"_s));
    QCOMPARE(m_harness->count(u"audit_log"_s), 0);
    QCOMPARE(m_harness->count(u"messages"_s, u"kind = 'system'"_s), 0);

    QVERIFY(
        m_lead
            ->call(u"conversation.transfer"_s, {{u"conversation_id"_s, id}, {u"to_agent_id"_s, QJsonValue()}})
            .contains(u"ok"_s));
    QCOMPARE(m_harness->count(u"audit_log"_s, u"action = 'transfer' AND to_agent_id IS NULL"_s), 1);
    QVERIFY(m_pedro->waitForEvent(u"message.created"_s, [](const QJsonObject& data) {
        return data.value(u"message"_s).toObject().value(u"text"_s).toString()
            == u"Ana Ribeiro transferred the conversation from Pedro Lima to the queue";
    }));
}

void TestServerSupervision::draftsReachOnlyLeads()
{
    const qint64 id = newConversation(u"5511987650106"_s);
    QVERIFY(id > 0);
    QVERIFY(m_maria->call(u"typing"_s, {{u"conversation_id"_s, id}, {u"draft"_s, u"Entregamos sim, das"_s}})
                .contains(u"ok"_s));
    QVERIFY(m_lead->waitForEvent(u"typing"_s, [&](const QJsonObject& data) {
        return data.value(u"agent_id"_s).toInteger() == m_mariaId
            && data.value(u"draft"_s).toString() == u"Entregamos sim, das";
    }));
    QVERIFY(m_pedro->waitForEvent(u"typing"_s, [&](const QJsonObject& data) {
        return data.value(u"agent_id"_s).toInteger() == m_mariaId
            && data.value(u"conversation_id"_s).toInteger() == id;
    }));
    for (const QJsonObject& event : m_pedro->events(u"typing"_s))
        QVERIFY(!event.value(u"data"_s).toObject().contains(u"draft"_s));
}

QTEST_GUILESS_MAIN(TestServerSupervision)
#include "tst_serversupervision.moc"

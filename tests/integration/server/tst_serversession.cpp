#include "consoleclient.h"
#include "serverharness.h"

#include <QJsonArray>
#include <QTest>

using namespace Atendo;
using namespace Atendo::Test;
using namespace Qt::StringLiterals;

// Logging in, presence, resuming and logging out, with several consoles.
class TestServerSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void helloCarriesVersionAndServerTime();
    void twoConsolesLogInAndSeeEachOtherOnline();
    void wrongPasswordAndUnknownUserAnswerTheSame();
    void repeatedFailuresAreThrottled();
    void opsBeforeLoginAreUnauthenticated();
    void snapshotStartsAtTheJournalHead();
    void resumeWithTokenOnANewConnection();
    void logoutRevokesTheToken();
    void lastConsoleGoingMakesTheAgentOffline();

private:
    std::unique_ptr<ServerHarness> m_harness;
};

void TestServerSession::init()
{
    m_harness = std::make_unique<ServerHarness>();
    QVERIFY(m_harness->start());
    QVERIFY(m_harness->addAgent(u"maria"_s, u"s3cret-maria"_s) > 0);
    QVERIFY(m_harness->addAgent(u"joao"_s, u"s3cret-joao"_s) > 0);
}

void TestServerSession::cleanup()
{
    m_harness.reset();
}

void TestServerSession::helloCarriesVersionAndServerTime()
{
    ConsoleClient console;
    QVERIFY(console.open(m_harness->consoleUrl()));
    QCOMPARE(console.hello().value(u"protocol"_s).toInt(), 1);
    QCOMPARE(console.hello().value(u"time"_s).toString(), u"2026-11-25T14:00:00.000Z"_s);
    QCOMPARE(console.hello().value(u"max_frame"_s).toInteger(), 1024 * 1024);
}

void TestServerSession::twoConsolesLogInAndSeeEachOtherOnline()
{
    ConsoleClient maria;
    ConsoleClient joao;
    QVERIFY(maria.open(m_harness->consoleUrl()));
    QVERIFY(joao.open(m_harness->consoleUrl()));
    QVERIFY(maria.login(u"maria"_s, u"s3cret-maria"_s));
    QVERIFY(joao.login(u"joao"_s, u"s3cret-joao"_s));
    QVERIFY(maria.token() != joao.token());
    QVERIFY(maria.token().startsWith(u"v1."_s));

    // Maria, already online, learns that João came online.
    QVERIFY(maria.waitForEvent(u"presence"_s, [&](const QJsonObject& data) {
        return data.value(u"agent_id"_s).toInteger() == joao.agentId()
            && data.value(u"presence"_s).toString() == u"online";
    }));
    const QJsonObject away = joao.call(u"presence.set"_s, {{u"status"_s, u"away"_s}});
    QCOMPARE(away.value(u"ok"_s).toObject().value(u"presence"_s).toString(), u"away"_s);
    QVERIFY(maria.waitForEvent(u"presence"_s, [&](const QJsonObject& data) {
        return data.value(u"agent_id"_s).toInteger() == joao.agentId()
            && data.value(u"presence"_s).toString() == u"away";
    }));
    const QJsonObject ping = maria.call(u"ping"_s);
    QCOMPARE(
        ping.value(u"ok"_s).toObject().value(u"server_time"_s).toString(), u"2026-11-25T14:00:00.000Z"_s);
}

void TestServerSession::wrongPasswordAndUnknownUserAnswerTheSame()
{
    ConsoleClient console;
    QVERIFY(console.open(m_harness->consoleUrl()));
    const QJsonObject wrong = console.call(
        u"login"_s, {{u"username"_s, u"maria"_s}, {u"password"_s, u"nope"_s}, {u"protocol"_s, 1}});
    const QJsonObject unknown = console.call(
        u"login"_s, {{u"username"_s, u"ghost"_s}, {u"password"_s, u"nope"_s}, {u"protocol"_s, 1}});
    QCOMPARE(wrong.value(u"err"_s).toObject().value(u"code"_s).toString(), u"unauthenticated"_s);
    QCOMPARE(unknown.value(u"err"_s).toObject().value(u"message"_s),
        wrong.value(u"err"_s).toObject().value(u"message"_s));
    const QJsonObject version = console.call(
        u"login"_s, {{u"username"_s, u"maria"_s}, {u"password"_s, u"s3cret-maria"_s}, {u"protocol"_s, 2}});
    QCOMPARE(version.value(u"err"_s).toObject().value(u"code"_s).toString(), u"version_mismatch"_s);
}

void TestServerSession::repeatedFailuresAreThrottled()
{
    ConsoleClient console;
    QVERIFY(console.open(m_harness->consoleUrl()));
    for (int i = 0; i < 5; ++i)
        console.call(
            u"login"_s, {{u"username"_s, u"maria"_s}, {u"password"_s, u"bad"_s}, {u"protocol"_s, 1}});
    // Even the right password is refused while the lockout lasts...
    const QJsonObject locked = console.call(
        u"login"_s, {{u"username"_s, u"maria"_s}, {u"password"_s, u"s3cret-maria"_s}, {u"protocol"_s, 1}});
    QCOMPARE(locked.value(u"err"_s).toObject().value(u"code"_s).toString(), u"rate_limited"_s);
    QVERIFY(locked.value(u"err"_s)
                .toObject()
                .value(u"details"_s)
                .toObject()
                .value(u"retry_after_ms"_s)
                .toInteger()
        > 0);
    // ...and accepted once it is over.
    m_harness->clock.advance(std::chrono::seconds(61));
    QVERIFY(console.login(u"maria"_s, u"s3cret-maria"_s));
}

void TestServerSession::opsBeforeLoginAreUnauthenticated()
{
    ConsoleClient console;
    QVERIFY(console.open(m_harness->consoleUrl()));
    for (const QString& op : {u"snapshot"_s, u"ping"_s, u"conversation.claim"_s, u"message.send"_s}) {
        const QJsonObject reply = console.call(op, {{u"conversation_id"_s, 1}});
        QCOMPARE(reply.value(u"err"_s).toObject().value(u"code"_s).toString(), u"unauthenticated"_s);
    }
}

void TestServerSession::snapshotStartsAtTheJournalHead()
{
    ConsoleClient console;
    QVERIFY(console.open(m_harness->consoleUrl()));
    QVERIFY(console.login(u"maria"_s, u"s3cret-maria"_s));
    const QJsonObject snapshot = console.call(u"snapshot"_s).value(u"ok"_s).toObject();
    QCOMPARE(snapshot.value(u"last_seq"_s).toInteger(), console.lastSeq());
    QCOMPARE(snapshot.value(u"agents"_s).toArray().size(), 2);
    QVERIFY(snapshot.value(u"conversations"_s).toArray().isEmpty());
    QVERIFY(snapshot.contains(u"templates"_s));
}

void TestServerSession::resumeWithTokenOnANewConnection()
{
    ConsoleClient first;
    QVERIFY(first.open(m_harness->consoleUrl()));
    QVERIFY(first.login(u"maria"_s, u"s3cret-maria"_s));
    ConsoleClient second;
    QVERIFY(second.open(m_harness->consoleUrl()));
    const QJsonObject reply = second.call(
        u"resume"_s, {{u"token"_s, first.token()}, {u"last_seq"_s, first.lastSeq()}, {u"protocol"_s, 1}});
    const QJsonObject ok = reply.value(u"ok"_s).toObject();
    QCOMPARE(ok.value(u"resync"_s).toBool(), false);
    QCOMPARE(ok.value(u"agent"_s).toObject().value(u"username"_s).toString(), u"maria"_s);
    QCOMPARE(second.call(u"ping"_s).contains(u"ok"_s), true);

    const QJsonObject forged
        = second.call(u"resume"_s, {{u"token"_s, u"v1.forged"_s}, {u"last_seq"_s, 0}, {u"protocol"_s, 1}});
    QVERIFY(forged.contains(u"err"_s));
    // A session expires 12 hours after its last use.
    ConsoleClient late;
    QVERIFY(late.open(m_harness->consoleUrl()));
    m_harness->clock.advance(std::chrono::hours(13));
    const QJsonObject expired
        = late.call(u"resume"_s, {{u"token"_s, first.token()}, {u"last_seq"_s, 0}, {u"protocol"_s, 1}});
    QCOMPARE(expired.value(u"err"_s).toObject().value(u"code"_s).toString(), u"unauthenticated"_s);
}

void TestServerSession::logoutRevokesTheToken()
{
    ConsoleClient console;
    QVERIFY(console.open(m_harness->consoleUrl()));
    QVERIFY(console.login(u"maria"_s, u"s3cret-maria"_s));
    QVERIFY(console.call(u"logout"_s).contains(u"ok"_s));
    QTRY_VERIFY(!console.isConnected());
    ConsoleClient again;
    QVERIFY(again.open(m_harness->consoleUrl()));
    const QJsonObject reply
        = again.call(u"resume"_s, {{u"token"_s, console.token()}, {u"last_seq"_s, 0}, {u"protocol"_s, 1}});
    QCOMPARE(reply.value(u"err"_s).toObject().value(u"code"_s).toString(), u"unauthenticated"_s);
}

void TestServerSession::lastConsoleGoingMakesTheAgentOffline()
{
    ConsoleClient watcher;
    QVERIFY(watcher.open(m_harness->consoleUrl()));
    QVERIFY(watcher.login(u"maria"_s, u"s3cret-maria"_s));
    auto desktop1 = std::make_unique<ConsoleClient>();
    auto desktop2 = std::make_unique<ConsoleClient>();
    QVERIFY(desktop1->open(m_harness->consoleUrl()));
    QVERIFY(desktop2->open(m_harness->consoleUrl()));
    QVERIFY(desktop1->login(u"joao"_s, u"s3cret-joao"_s));
    QVERIFY(desktop2->login(u"joao"_s, u"s3cret-joao"_s));
    const qint64 joao = desktop1->agentId();
    desktop1->abort();
    // Still online on the second desktop.
    const QJsonArray agents
        = watcher.call(u"agents.list"_s).value(u"ok"_s).toObject().value(u"agents"_s).toArray();
    bool online = false;
    for (const QJsonValue& agent : agents) {
        if (agent.toObject().value(u"id"_s).toInteger() == joao)
            online = agent.toObject().value(u"presence"_s).toString() == u"online";
    }
    QVERIFY(online);
    desktop2->abort();
    QVERIFY(watcher.waitForEvent(u"presence"_s, [&](const QJsonObject& data) {
        return data.value(u"agent_id"_s).toInteger() == joao
            && data.value(u"presence"_s).toString() == u"offline";
    }));
}

QTEST_GUILESS_MAIN(TestServerSession)
#include "tst_serversession.moc"

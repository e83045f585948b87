#include "client/agentsession.h"
#include "client/conversationmodel.h"
#include "client/localcache.h"
#include "scriptedserver.h"
#include "sessiontestbase.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Atendo;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using State = AgentSession::State;

class TestAgentSession : public Test::SessionTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUpSession(); }
    void cleanup() { tearDownSession(); }

    void loginGoesOnlineWithSnapshotAndServerClock()
    {
        QSignalSpy states(m_session.get(), &AgentSession::stateChanged);
        loginOnline();
        QCOMPARE(states.at(0).at(0).value<State>(), State::Connecting);
        QCOMPARE(states.at(1).at(0).value<State>(), State::Authenticating);
        QCOMPARE(states.last().at(0).value<State>(), State::Online);
        QCOMPARE(m_session->agent().displayName, u"Maria Souza"_s);
        QCOMPARE(m_session->lastSeq(), 1041);
        QCOMPARE(m_session->conversations().size(), 1);
        QCOMPARE(m_session->conversations().first().contact.name, u"João Pereira"_s);
        // The server's clock runs 5 minutes ahead of ours: countdowns use its time.
        QCOMPARE(m_session->serverClockOffset(), 5min);
        QCOMPARE(m_session->serverNow(), m_start.addSecs(300));
        const auto login = m_server->requestsFor(Protocol::Op::Login);
        QCOMPARE(login.size(), 1);
        QCOMPARE(login.first().args.value(u"protocol"_s).toInt(), Protocol::Version);
    }

    void pingCorrectsTheClockOffset()
    {
        loginOnline();
        m_server->serverTime = m_start.addSecs(600);
        m_session->setPingInterval(50ms);
        QTRY_VERIFY(!m_server->requestsFor(Protocol::Op::Ping).isEmpty());
        QTRY_COMPARE(m_session->serverClockOffset(), 10min);
    }

    void wrongPasswordFailsWithoutReconnecting()
    {
        QSignalSpy failed(m_session.get(), &AgentSession::loginFailed);
        m_session->connectToServer(m_server->url(), u"maria"_s, u"wrong"_s);
        QVERIFY(failed.wait());
        QCOMPARE(failed.first().at(0).value<Protocol::ErrorCode>(), Protocol::ErrorCode::Unauthenticated);
        QTRY_COMPARE(m_session->state(), State::Offline);
        QCOMPARE(m_session->reconnectInSeconds(), 0);
        QCOMPARE(m_server->connectionCount, 1);
    }

    void olderServerIsAVersionMismatch()
    {
        m_server->helloProtocol = 2;
        QSignalSpy failed(m_session.get(), &AgentSession::loginFailed);
        m_session->connectToServer(m_server->url(), u"maria"_s, u"s3cret!"_s);
        QVERIFY(failed.wait());
        QCOMPARE(failed.first().at(0).value<Protocol::ErrorCode>(), Protocol::ErrorCode::VersionMismatch);
        QVERIFY(m_server->requestsFor(Protocol::Op::Login).isEmpty()); // the password never left
        QTRY_COMPARE(m_session->state(), State::Offline);
    }

    void loginRefusedAsVersionMismatch()
    {
        m_server->override = [](const Protocol::Request& r) -> std::optional<Protocol::Reply> {
            if (r.op != Protocol::Op::Login)
                return std::nullopt;
            return Protocol::Reply::failure(r.id, Protocol::ErrorCode::VersionMismatch, u"Speak version 1"_s);
        };
        QSignalSpy failed(m_session.get(), &AgentSession::loginFailed);
        m_session->connectToServer(m_server->url(), u"maria"_s, u"s3cret!"_s);
        QVERIFY(failed.wait());
        QCOMPARE(failed.first().at(0).value<Protocol::ErrorCode>(), Protocol::ErrorCode::VersionMismatch);
        QCOMPARE(failed.first().at(1).toString(), u"Speak version 1"_s);
        QTRY_COMPARE(m_session->state(), State::Offline);
    }

    void unreachableServerSaysSo()
    {
        const QUrl url = m_server->url();
        m_server.reset(); // nothing listens on that port any more
        QSignalSpy failed(m_session.get(), &AgentSession::connectionFailed);
        m_session->connectToServer(url, u"maria"_s, u"s3cret!"_s);
        QVERIFY(failed.wait());
        QVERIFY(!failed.first().at(0).toString().isEmpty());
        QCOMPARE(m_session->state(), State::Offline);
    }

    void dropReconnectsAfterBackoffAndResumesFromLastSeq()
    {
        loginOnline();
        QSignalSpy changed(m_session.get(), &AgentSession::conversationChanged);
        const auto c = Test::ScriptedServer::conversationJson(42, u"João"_s, m_start);
        m_server->journal(Protocol::Ev::ConversationChanged, {{u"conversation"_s, c}});
        QTRY_COMPARE(m_session->lastSeq(), 1042);

        m_server->dropAll();
        QTRY_COMPARE(m_session->state(), State::Reconnecting);
        QCOMPARE(m_session->reconnectInSeconds(), 1); // 300 ms rounds up to "1 s"
        // While the console is away, two more things happen on the server.
        m_server->journal(Protocol::Ev::ConversationChanged,
            {{u"conversation"_s, Test::ScriptedServer::conversationJson(43, u"Ana"_s, m_start)}}, false);
        m_server->journal(Protocol::Ev::ConversationChanged,
            {{u"conversation"_s, Test::ScriptedServer::conversationJson(44, u"Bia"_s, m_start)}}, false);

        QTRY_COMPARE(m_session->state(), State::Online);
        const auto resumes = m_server->requestsFor(Protocol::Op::Resume);
        QCOMPARE(resumes.size(), 1);
        QCOMPARE(resumes.first().args.value(u"last_seq"_s).toInteger(), 1042);
        QCOMPARE(resumes.first().args.value(u"token"_s).toString(), u"v1.token"_s);
        QTRY_COMPARE(m_session->lastSeq(), 1044);
        QCOMPARE(changed.count(), 3); // 1042 once, then the two missed ones
        QCOMPARE(changed.at(1).at(0).value<Protocol::ConversationInfo>().id, 43);
        QCOMPARE(changed.at(2).at(0).value<Protocol::ConversationInfo>().id, 44);
        QCOMPARE(m_session->conversations().size(), 3);
        QVERIFY(m_server->requestsFor(Protocol::Op::Snapshot).size() == 1); // no second snapshot
    }

    void duplicateEventsAreAppliedOnce()
    {
        loginOnline();
        QSignalSpy changed(m_session.get(), &AgentSession::conversationChanged);
        const auto event = m_server->journal(Protocol::Ev::ConversationChanged,
            {{u"conversation"_s, Test::ScriptedServer::conversationJson(43, u"Ana"_s, m_start)}});
        m_server->send(event);
        m_server->journal(Protocol::Ev::ConversationChanged,
            {{u"conversation"_s, Test::ScriptedServer::conversationJson(44, u"Bia"_s, m_start)}});
        QTRY_COMPARE(m_session->lastSeq(), 1043);
        QCOMPARE(changed.count(), 2);
    }

    void gapInSeqResumesAndFillsIt()
    {
        loginOnline();
        QSignalSpy changed(m_session.get(), &AgentSession::conversationChanged);
        m_server->journal(Protocol::Ev::ConversationChanged,
            {{u"conversation"_s, Test::ScriptedServer::conversationJson(43, u"Ana"_s, m_start)}}, false);
        m_server->journal(Protocol::Ev::ConversationChanged,
            {{u"conversation"_s, Test::ScriptedServer::conversationJson(44, u"Bia"_s, m_start)}});
        // 1043 arrived without 1042: the session resumes from 1041 and gets both.
        QTRY_COMPARE(m_server->requestsFor(Protocol::Op::Resume).size(), 1);
        QCOMPARE(
            m_server->requestsFor(Protocol::Op::Resume).first().args.value(u"last_seq"_s).toInteger(), 1041);
        QTRY_COMPARE(m_session->lastSeq(), 1043);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.at(0).at(0).value<Protocol::ConversationInfo>().id, 43);
    }

    void resyncTakesANewSnapshot()
    {
        loginOnline();
        m_server->resyncOnResume = true;
        m_server->conversations.append(Test::ScriptedServer::conversationJson(50, u"Caio"_s, m_start));
        QSignalSpy loaded(m_session.get(), &AgentSession::snapshotLoaded);
        m_server->dropAll();
        QVERIFY(loaded.wait());
        QTRY_COMPARE(m_session->state(), State::Online);
        QCOMPARE(m_server->requestsFor(Protocol::Op::Snapshot).size(), 2);
        QCOMPARE(m_session->conversations().size(), 2);
    }

    void expiredTokenOnResumeAsksForLogin()
    {
        loginOnline();
        m_server->token = u"another"_s;
        QSignalSpy failed(m_session.get(), &AgentSession::loginFailed);
        m_server->dropAll();
        QVERIFY(failed.wait());
        QCOMPARE(failed.first().at(0).value<Protocol::ErrorCode>(), Protocol::ErrorCode::Unauthenticated);
        QTRY_COMPARE(m_session->state(), State::Offline);
    }

    void localEchoAppearsAtOnceAndMergesOnce()
    {
        loginOnline();
        ConversationModel model(m_session.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConversation(42);
        model.applyPage(42, {}, false);
        QSignalSpy added(m_session.get(), &AgentSession::messageAdded);
        QSignalSpy updated(m_session.get(), &AgentSession::messageUpdated);

        const QString key = m_session->sendText(42, u"Entregamos sim"_s);
        QCOMPARE(model.rowCount(), 1); // before any answer
        QCOMPARE(model.index(0).data(ConversationModel::StatusRole).toString(), u"pending"_s);
        QCOMPARE(model.index(0).data(ConversationModel::KeyRole).toString(), key);

        QTRY_COMPARE(model.index(0).data(ConversationModel::MessageIdRole).toLongLong(), 981);
        QTRY_COMPARE(m_session->lastSeq(), 1042); // the message.created event arrived too
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(ConversationModel::StatusRole).toString(), u"queued"_s);
        QCOMPARE(added.count(), 0);
        QCOMPARE(updated.count(), 1);
        QVERIFY(m_session->pendingMessages(42).isEmpty());
    }

    void pendingSendIsResentWithTheSameKeyAfterReconnect()
    {
        loginOnline();
        ConversationModel model(m_session.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConversation(42);
        model.applyPage(42, {}, false);
        QSignalSpy added(m_session.get(), &AgentSession::messageAdded);

        // The server stores the message but the link dies before it can answer.
        m_server->swallowSends = true;
        const QString key = m_session->sendText(42, u"Entregamos sim"_s);
        QTRY_COMPARE(m_server->requestsFor(Protocol::Op::MessageSend).size(), 1);
        m_server->swallowSends = false;
        m_server->dropAll();
        QTRY_COMPARE(m_session->state(), State::Reconnecting);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(ConversationModel::StatusRole).toString(), u"pending"_s);

        QTRY_COMPARE(m_session->state(), State::Online);
        QTRY_COMPARE(m_server->requestsFor(Protocol::Op::MessageSend).size(), 2);
        const auto sends = m_server->requestsFor(Protocol::Op::MessageSend);
        QCOMPARE(sends.at(1).args.value(u"key"_s).toString(), key);
        QCOMPARE(sends.at(0).args.value(u"key"_s).toString(), key);
        QCOMPARE(m_server->storedByKey.size(), 1); // stored once

        QTRY_COMPARE(model.index(0).data(ConversationModel::MessageIdRole).toLongLong(), 981);
        QTRY_VERIFY(m_session->pendingMessages(42).isEmpty());
        QCOMPARE(model.rowCount(), 1); // merged once: no duplicate bubble
        QCOMPARE(added.count(), 0);
    }

    void sendsWrittenWhileReconnectingGoOutWhenOnline()
    {
        loginOnline();
        m_server->dropAll();
        QTRY_COMPARE(m_session->state(), State::Reconnecting);
        const QString key = m_session->sendText(42, u"Ainda aí?"_s);
        QCOMPARE(m_session->pendingMessages(42).size(), 1);
        QTRY_COMPARE(m_server->storedByKey.size(), 1);
        QVERIFY(m_server->storedByKey.contains(key));
        QTRY_VERIFY(m_session->pendingMessages(42).isEmpty());
    }

    void refusedSendBecomesAFailedEcho()
    {
        loginOnline();
        m_server->override = [](const Protocol::Request& r) -> std::optional<Protocol::Reply> {
            if (r.op != Protocol::Op::MessageSend)
                return std::nullopt;
            return Protocol::Reply::failure(
                r.id, Protocol::ErrorCode::WindowClosed, u"The 24-hour window closed"_s);
        };
        QSignalSpy updated(m_session.get(), &AgentSession::messageUpdated);
        QSignalSpy failed(m_session.get(), &AgentSession::requestFailed);
        m_session->sendText(42, u"Oi"_s);
        QVERIFY(updated.wait());
        const auto echo = updated.first().at(0).value<Protocol::MessageInfo>();
        QCOMPARE(echo.status, u"failed"_s);
        QCOMPARE(echo.errorCode, u"window_closed"_s);
        QCOMPARE(failed.count(), 1);
        QVERIFY(m_session->pendingMessages(42).isEmpty()); // refused sends are not retried
    }

    void rateLimitedSendIsRetriedAfterRetryAfter()
    {
        loginOnline();
        int refusals = 1;
        m_server->override = [&refusals](const Protocol::Request& r) -> std::optional<Protocol::Reply> {
            if (r.op != Protocol::Op::MessageSend || refusals-- <= 0)
                return std::nullopt;
            return Protocol::Reply::failure(
                r.id, Protocol::ErrorCode::RateLimited, u"Too many requests"_s, {{u"retry_after_ms"_s, 400}});
        };
        QSignalSpy updated(m_session.get(), &AgentSession::messageUpdated);
        const QString key = m_session->sendText(42, u"Oi"_s);
        QVERIFY(updated.wait(3000));
        QCOMPARE(updated.first().at(0).value<Protocol::MessageInfo>().id, 981);
        const auto sends = m_server->requestsFor(Protocol::Op::MessageSend);
        QCOMPARE(sends.size(), 2);
        QCOMPARE(sends.at(1).args.value(u"key"_s).toString(), key);
    }

    void logoutGoesOfflineAndForgetsTheToken()
    {
        QTemporaryDir dir;
        LocalCache cache(dir.filePath(u"c.sqlite"_s));
        m_session->setCache(&cache);
        loginOnline();
        QCOMPARE(cache.token(), u"v1.token"_s);
        m_server->swallowSends = true;
        m_session->sendText(42, u"Já volto"_s);
        QSignalSpy updated(m_session.get(), &AgentSession::messageUpdated);
        m_session->logout();
        QCOMPARE(m_session->state(), State::Offline);
        QCOMPARE(updated.count(), 1); // the unanswered send shows as not sent
        QCOMPARE(updated.first().at(0).value<Protocol::MessageInfo>().status, u"failed"_s);
        QVERIFY(m_session->pendingMessages(42).isEmpty());
        QVERIFY(cache.token().isEmpty());
        QTRY_COMPARE(m_server->requestsFor(Protocol::Op::Logout).size(), 1);
    }

    void thePasswordNeverReachesTheCacheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"c.sqlite"_s);
        {
            LocalCache cache(path);
            m_session->setCache(&cache);
            loginOnline();
            QCOMPARE(cache.token(), u"v1.token"_s);
            m_session.reset();
        }
        QByteArray bytes;
        for (const QString& suffix : {u""_s, u"-wal"_s}) {
            QFile file(path + suffix);
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
        QVERIFY(bytes.contains("v1.token")); // what the cache does keep is in these bytes
        QVERIFY(!bytes.contains("s3cret!"));
    }

    void restartShowsTheCacheAndResumes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"c.sqlite"_s);
        {
            LocalCache cache(path);
            m_session->setCache(&cache);
            loginOnline();
            m_server->journal(Protocol::Ev::ConversationChanged,
                {{u"conversation"_s, Test::ScriptedServer::conversationJson(43, u"Ana"_s, m_start)}});
            QTRY_COMPARE(m_session->lastSeq(), 1042);
            m_session.reset(); // the console quits
        }
        LocalCache cache(path);
        AgentSession restarted(m_clock.get());
        restarted.setCache(&cache);
        QSignalSpy loaded(&restarted, &AgentSession::snapshotLoaded);
        QVERIFY(restarted.restoreSession(m_server->url(), u"maria"_s));
        QCOMPARE(loaded.count(), 1); // the inbox shows before the server answers
        QCOMPARE(restarted.conversations().size(), 2);
        QTRY_COMPARE(restarted.state(), State::Online);
        const auto resumes = m_server->requestsFor(Protocol::Op::Resume);
        QCOMPARE(resumes.size(), 1);
        QCOMPARE(resumes.first().args.value(u"last_seq"_s).toInteger(), 1042);
        QVERIFY(m_server->requestsFor(Protocol::Op::Login).size() == 1); // no password needed
    }
};

QTEST_GUILESS_MAIN(TestAgentSession)
#include "tst_agentsession.moc"

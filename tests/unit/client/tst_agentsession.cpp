#include "client/agentsession.h"
#include "client/conversationmodel.h"
#include "client/inboxfiltermodel.h"
#include "client/inboxmodel.h"
#include "client/localcache.h"
#include "scriptedserver.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Atendo;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using State = AgentSession::State;

class TestAgentSession : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_start = QDateTime(QDate(2026, 11, 25), QTime(13, 55), Qt::UTC);
    std::unique_ptr<TestClock> m_clock;
    std::unique_ptr<Test::ScriptedServer> m_server;
    std::unique_ptr<AgentSession> m_session;

    // What the console missed while away: new and changed conversations (43 twice),
    // a message and its status, a status stub without data, and optionally a
    // contact renamed after its conversation changed.
    void journalMissedEvents(bool live, bool withContact)
    {
        const auto journal = [this, live](QLatin1StringView ev, const QJsonObject& data) {
            m_server->journal(ev, data, live);
        };
        auto ana = Test::ScriptedServer::conversationJson(43, u"Ana"_s, m_start);
        journal(Protocol::Ev::ConversationChanged, {{u"conversation"_s, ana}});
        Protocol::MessageInfo message;
        message.id = 990;
        message.conversationId = 43;
        message.direction = u"out"_s;
        message.text = u"Bom dia"_s;
        message.authorId = 3;
        message.status = u"sent"_s;
        message.createdAt = m_start;
        journal(Protocol::Ev::MessageCreated, {{u"message"_s, message.toJson()}});
        journal(Protocol::Ev::ConversationChanged,
            {{u"conversation"_s,
                Test::ScriptedServer::conversationJson(42, u"João"_s, m_start.addSecs(30))}});
        ana.insert(u"unread"_s, 3);
        journal(Protocol::Ev::ConversationChanged, {{u"conversation"_s, ana}});
        journal(Protocol::Ev::MessageStatus, {});
        journal(Protocol::Ev::MessageStatus,
            {{u"message_id"_s, 990}, {u"conversation_id"_s, 43}, {u"status"_s, u"read"_s}});
        if (!withContact)
            return;
        auto bia = Test::ScriptedServer::conversationJson(44, u"Bia"_s, m_start.addSecs(-30));
        journal(Protocol::Ev::ConversationChanged, {{u"conversation"_s, bia}});
        auto contact = bia.value(u"contact"_s).toObject();
        contact.insert(u"name"_s, u"Beatriz"_s);
        journal(Protocol::Ev::ContactChanged, {{u"contact"_s, contact}});
        journal(Protocol::Ev::ConversationChanged,
            {{u"conversation"_s,
                Test::ScriptedServer::conversationJson(45, u"Caio"_s, m_start.addSecs(-60))}});
    }

    // Logs in on `cachePath` and quits, leaving a cache that resumes from the head.
    void loginAndQuit(const QString& cachePath)
    {
        LocalCache cache(cachePath);
        AgentSession session(m_clock.get());
        session.setCache(&cache);
        session.connectToServer(m_server->url(), u"maria"_s, u"s3cret!"_s);
        QTRY_COMPARE(session.state(), State::Online);
    }

    static QList<Protocol::ConversationInfo> rows(const QAbstractItemModel& model)
    {
        QList<Protocol::ConversationInfo> result;
        for (int row = 0; row < model.rowCount(); ++row)
            result.append(
                model.index(row, 0).data(InboxModel::ConversationRole).value<Protocol::ConversationInfo>());
        return result;
    }

    void loginOnline()
    {
        QSignalSpy loaded(m_session.get(), &AgentSession::snapshotLoaded);
        m_session->connectToServer(m_server->url(), u"maria"_s, u"s3cret!"_s);
        QTRY_COMPARE(m_session->state(), State::Online);
        QCOMPARE(loaded.count(), 1);
    }

private Q_SLOTS:
    void init()
    {
        qRegisterMetaType<Protocol::ErrorCode>();
        m_clock = std::make_unique<TestClock>(m_start);
        m_server = std::make_unique<Test::ScriptedServer>();
        m_server->conversations = {Test::ScriptedServer::conversationJson(42, u"João Pereira"_s, m_start)};
        m_session = std::make_unique<AgentSession>(m_clock.get());
        // Short, jitter-free delays keep the reconnect tests fast and exact.
        m_session->setBackoffPolicy(BackoffPolicy({300ms, 600ms}, 0.0));
    }

    void cleanup()
    {
        m_session.reset();
        m_server.reset();
    }

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

    void aReplayIsAppliedAsOneBatch()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"c.sqlite"_s);
        loginAndQuit(path);
        journalMissedEvents(false, false);
        LocalCache cache(path);
        AgentSession session(m_clock.get());
        session.setCache(&cache);
        QSignalSpy batches(&session, &AgentSession::conversationsChanged);
        QSignalSpy changed(&session, &AgentSession::conversationChanged);
        QSignalSpy statuses(&session, &AgentSession::messageStatusChanged);
        QVERIFY(session.restoreSession(m_server->url(), u"maria"_s));
        QTRY_COMPARE(session.lastSeq(), 1047);
        // One announcement, each conversation once with its latest state, first-changed order.
        QCOMPARE(batches.count(), 1);
        const auto batch = batches.first().at(0).value<QList<Protocol::ConversationInfo>>();
        QCOMPARE(batch.size(), 2);
        QCOMPARE(batch.at(0).id, 43);
        QCOMPARE(batch.at(0).unread, 3);
        QCOMPARE(batch.at(1).id, 42);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.at(0).at(0).value<Protocol::ConversationInfo>(), batch.at(0));
        QCOMPARE(statuses.count(), 1); // the stub carries nothing to announce
        QCOMPARE(cache.lastSeq(), 1047);
        QCOMPARE(cache.recentMessages(43).size(), 1);
        QCOMPARE(cache.recentMessages(43).first().status, u"read"_s);
        QCOMPARE(m_server->requestsFor(Protocol::Op::Resume).size(), 1); // no gap seen
    }

    void aBatchLeavesTheStateEventByEventWould()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"away.sqlite"_s);
        loginAndQuit(path); // this console is away while the others are journalled

        LocalCache liveCache(dir.filePath(u"live.sqlite"_s));
        m_session->setCache(&liveCache);
        InboxModel liveInbox(m_session.get());
        loginOnline();
        journalMissedEvents(true, true); // one frame per event
        QTRY_COMPARE(m_session->lastSeq(), 1050);

        LocalCache cache(path);
        AgentSession session(m_clock.get());
        session.setCache(&cache);
        InboxModel inbox(&session);
        InboxFilterModel filter;
        filter.setSourceModel(&inbox);
        filter.setNowProvider([&session] { return session.serverNow(); });
        QAbstractItemModelTester tester(&inbox, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy batches(&session, &AgentSession::conversationsChanged);
        QVERIFY(session.restoreSession(m_server->url(), u"maria"_s));
        QTRY_COMPARE(session.lastSeq(), 1050);

        QVERIFY(batches.count() <= 2); // the contact change splits the frame once
        QCOMPARE(session.conversations(), m_session->conversations());
        QCOMPARE(rows(inbox), rows(liveInbox));
        QCOMPARE(rows(inbox).size(), 4);
        QCOMPARE(inbox.index(inbox.rowOf(44)).data(InboxModel::ContactNameRole).toString(), u"Beatriz"_s);
        QCOMPARE(rows(filter).first().id, 42);
        QCOMPARE(cache.conversations(), liveCache.conversations());
        QCOMPARE(cache.recentMessages(43), liveCache.recentMessages(43));
        QCOMPARE(cache.lastSeq(), liveCache.lastSeq());
        m_session->setCache(nullptr);
    }

    void aReplayOverSeveralFramesIsPublishedOnceCaughtUp()
    {
        QTemporaryDir dir;
        LocalCache cache(dir.filePath(u"c.sqlite"_s));
        m_session->setCache(&cache);
        loginOnline();
        // The server names head 1043 in its resume reply, then replays one event per frame.
        m_server->override = [](const Protocol::Request& r) -> std::optional<Protocol::Reply> {
            if (r.op != Protocol::Op::Resume)
                return std::nullopt;
            return Protocol::Reply::success(r.id,
                {{u"resync"_s, false}, {u"last_seq"_s, 1043},
                    {u"agent"_s, Test::ScriptedServer::agentJson()}});
        };
        const auto ana = m_server->journal(Protocol::Ev::ConversationChanged,
            {{u"conversation"_s, Test::ScriptedServer::conversationJson(43, u"Ana"_s, m_start)}}, false);
        const auto bia = m_server->journal(Protocol::Ev::ConversationChanged,
            {{u"conversation"_s, Test::ScriptedServer::conversationJson(44, u"Bia"_s, m_start)}}, false);
        QSignalSpy batches(m_session.get(), &AgentSession::conversationsChanged);
        m_server->dropAll();
        QTRY_COMPARE(m_server->requestsFor(Protocol::Op::Resume).size(), 1);
        QTRY_COMPARE(m_session->state(), State::Online);
        m_server->send(ana);
        QTRY_COMPARE(m_session->lastSeq(), 1042);
        QCOMPARE(batches.count(), 0); // still catching up: nothing announced, nothing committed
        QCOMPARE(LocalCache(cache.filePath()).lastSeq(), 1041);

        m_server->dropAll(); // the link fails mid-replay: what arrived is applied and kept
        QTRY_COMPARE(batches.count(), 1);
        QCOMPARE(batches.first().at(0).value<QList<Protocol::ConversationInfo>>().first().id, 43);
        QCOMPARE(LocalCache(cache.filePath()).lastSeq(), 1042);

        QTRY_COMPARE(m_server->requestsFor(Protocol::Op::Resume).size(), 2);
        QTRY_COMPARE(m_session->state(), State::Online);
        QCOMPARE(
            m_server->requestsFor(Protocol::Op::Resume).last().args.value(u"last_seq"_s).toInteger(), 1042);
        m_server->send(bia);
        QTRY_COMPARE(batches.count(), 2); // caught up at 1043
        QCOMPARE(m_session->lastSeq(), 1043);
        QCOMPARE(LocalCache(cache.filePath()).lastSeq(), 1043);
        m_session.reset();
    }

    void aStatusStubOnlyAdvancesTheSeq()
    {
        loginOnline();
        QSignalSpy statuses(m_session.get(), &AgentSession::messageStatusChanged);
        QSignalSpy changed(m_session.get(), &AgentSession::conversationChanged);
        // What a server sends in place of a status it dropped: a seq and nothing else.
        m_server->journal(Protocol::Ev::MessageStatus, {}, false);
        m_server->sendToAll(R"({"seq":1042,"ev":"message.status"})");
        QTRY_COMPARE(m_session->lastSeq(), 1042);
        m_server->journal(Protocol::Ev::ConversationChanged,
            {{u"conversation"_s, Test::ScriptedServer::conversationJson(43, u"Ana"_s, m_start)}});
        QTRY_COMPARE(m_session->lastSeq(), 1043);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(statuses.count(), 0);
        QVERIFY(m_server->requestsFor(Protocol::Op::Resume).isEmpty()); // not taken for a gap
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

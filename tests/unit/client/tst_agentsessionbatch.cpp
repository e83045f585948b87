// AgentSession applying what arrives as batches: a frame's events, and a
// resume's replay until it is caught up, against the scripted server.
#include "client/agentsession.h"
#include "client/inboxfiltermodel.h"
#include "client/inboxmodel.h"
#include "client/localcache.h"
#include "scriptedserver.h"
#include "sessiontestbase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Atendo;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using State = AgentSession::State;

class TestAgentSessionBatch : public Test::SessionTestBase
{
    Q_OBJECT

private:
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

private Q_SLOTS:
    void init() { setUpSession(); }
    void cleanup() { tearDownSession(); }

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

    void aMessageStandInOnlyAdvancesTheSeq()
    {
        loginOnline();
        QSignalSpy added(m_session.get(), &AgentSession::messageAdded);
        QSignalSpy updated(m_session.get(), &AgentSession::messageUpdated);
        // A colleague's customer wrote: the message in a stand-in naming only
        // its conversation (docs/protocol.md, "Elided message events").
        m_server->journal(Protocol::Ev::MessageCreated, {}, false);
        m_server->sendToAll(R"({"seq":1042,"ev":"message.created","data":{"conversation_id":43}})");
        QTRY_COMPARE(m_session->lastSeq(), 1042);
        m_server->journal(Protocol::Ev::ConversationChanged,
            {{u"conversation"_s, Test::ScriptedServer::conversationJson(43, u"Ana"_s, m_start)}});
        QTRY_COMPARE(m_session->lastSeq(), 1043);
        QCOMPARE(added.count(), 0);
        QCOMPARE(updated.count(), 0);
        QVERIFY(m_session->cachedMessages(43).isEmpty());
        QVERIFY(m_server->requestsFor(Protocol::Op::Resume).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAgentSessionBatch)
#include "tst_agentsessionbatch.moc"

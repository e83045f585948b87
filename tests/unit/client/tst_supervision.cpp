#include "client/agentsession.h"
#include "client/boardmodel.h"
#include "client/supervision.h"
#include "leadfixtures.h"
#include "scriptedserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace Atendo;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using State = AgentSession::State;

// What the lead's console sends: `view` (silent only for a lead, never for their
// own conversation), coalesced `typing` drafts, whisper and take over, and the
// board subscription again after the link comes back.
class TestSupervision : public QObject
{
    Q_OBJECT

    TestClock m_clock {QDateTime(QDate(2026, 11, 25), QTime(14, 0), Qt::UTC)};
    std::unique_ptr<Test::ScriptedServer> m_server;
    std::unique_ptr<AgentSession> m_session;

    QList<Protocol::Request> sent(QLatin1StringView op) const { return m_server->requestsFor(op); }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<Test::ScriptedServer>();
        m_session = std::make_unique<AgentSession>(&m_clock);
        m_session->setBackoffPolicy(BackoffPolicy({100ms, 200ms}, 0.0));
        m_session->connectToServer(m_server->url(), u"ana"_s, u"s3cret!"_s);
        QTRY_COMPARE(m_session->state(), State::Online);
    }

    void cleanup()
    {
        m_session.reset();
        m_server.reset();
    }

    void aLeadViewsSilentlyButNotTheirOwn()
    {
        Supervision supervision(m_session.get());
        supervision.setLeadMode(true);
        supervision.viewConversation(42, false);
        QTRY_COMPARE(sent(Protocol::Op::View).size(), 1);
        QCOMPARE(sent(Protocol::Op::View).at(0).args.value(u"conversation_id"_s).toInteger(), 42);
        QCOMPARE(sent(Protocol::Op::View).at(0).args.value(u"silent"_s).toBool(), true);
        supervision.viewConversation(42, false); // nothing new to say
        supervision.viewConversation(42, true); // taken over: now an ordinary view
        QTRY_COMPARE(sent(Protocol::Op::View).size(), 2);
        QVERIFY(!sent(Protocol::Op::View).at(1).args.contains(u"silent"_s));
        supervision.viewConversation(0, false); // left the conversation
        QTRY_COMPARE(sent(Protocol::Op::View).size(), 3);
        QVERIFY(sent(Protocol::Op::View).at(2).args.value(u"conversation_id"_s).isNull());
    }

    void anAgentNeverAsksForSilence()
    {
        Supervision supervision(m_session.get());
        supervision.setSilent(true);
        supervision.viewConversation(42, false);
        QVERIFY(!supervision.isSilent());
        QTRY_COMPARE(sent(Protocol::Op::View).size(), 1);
        QVERIFY(!sent(Protocol::Op::View).at(0).args.contains(u"silent"_s));
    }

    void draftsAreCoalescedToTheLatest()
    {
        Supervision supervision(m_session.get());
        const QString text = u"Entregamos sim"_s;
        for (int i = 1; i <= text.size(); ++i)
            supervision.reportDraft(42, text.left(i));
        QTRY_COMPARE(sent(Protocol::Op::Typing).size(), 1);
        QCOMPARE(sent(Protocol::Op::Typing).at(0).args.value(u"draft"_s).toString(), text);
        // Leaving the conversation sends what was typed there at once.
        supervision.viewConversation(42, true);
        supervision.reportDraft(42, u"Entregamos sim, das 8h"_s);
        supervision.viewConversation(43, false);
        QTRY_COMPARE(sent(Protocol::Op::Typing).size(), 2);
        QCOMPARE(sent(Protocol::Op::Typing).at(1).args.value(u"conversation_id"_s).toInteger(), 42);
    }

    void whisperAndTakeOverCarryTheConversation()
    {
        Supervision supervision(m_session.get());
        supervision.setLeadMode(true);
        bool whispered = false;
        supervision.whisper(
            42, u"Ofereça o frete grátis"_s, [&](const Protocol::Reply& r) { whispered = r.isOk(); });
        supervision.takeOver(42);
        QTRY_VERIFY(whispered);
        const auto whisper = sent(Protocol::Op::Whisper);
        QCOMPARE(whisper.size(), 1);
        QCOMPARE(whisper.at(0).args.value(u"text"_s).toString(), u"Ofereça o frete grátis"_s);
        QVERIFY(whisper.at(0).args.value(u"key"_s).toString().size() >= 8);
        QTRY_COMPARE(sent("conversation.takeover"_L1).size(), 1);
        QCOMPARE(sent("conversation.takeover"_L1).at(0).args.value(u"conversation_id"_s).toInteger(), 42);
    }

    void theBoardIsSubscribedAgainAfterADrop()
    {
        m_server->override = [](const Protocol::Request& r) -> std::optional<Protocol::Reply> {
            if (r.op == Protocol::Op::BoardSubscribe)
                return Protocol::Reply::success(r.id, {{u"board"_s, Test::boardJson()}});
            return std::nullopt;
        };
        BoardModel board(m_session.get());
        board.subscribe();
        QTRY_VERIFY(board.hasBoard());
        QCOMPARE(sent(Protocol::Op::BoardSubscribe).size(), 1);
        m_server->dropAll();
        QTRY_COMPARE(m_session->state(), State::Online);
        QTRY_COMPARE(sent(Protocol::Op::BoardSubscribe).size(), 2);
        board.unsubscribe();
        QTRY_COMPARE(sent("board.unsubscribe"_L1).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSupervision)
#include "tst_supervision.moc"

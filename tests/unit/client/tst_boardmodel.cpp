#include "client/agentsession.h"
#include "client/boardalertmodel.h"
#include "client/boardmodel.h"
#include "client/boardrostermodel.h"
#include "leadfixtures.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Atendo;
using namespace Qt::StringLiterals;

namespace {

Protocol::AgentInfo agent(qint64 id, const QString& name)
{
    return {id, name.toLower(), name, u"agent"_s, u"online"_s, 8, 0};
}

Protocol::Event boardEvent(const QJsonObject& board)
{
    return {0, u"board"_s, QDateTime(), QJsonObject {{u"board"_s, board}}};
}

} // namespace

class TestBoardModel : public QObject
{
    Q_OBJECT

    TestClock m_clock {QDateTime(QDate(2026, 11, 25), QTime(14, 30), Qt::UTC)};

private Q_SLOTS:
    void parsesTheBoardWithNulls()
    {
        const BoardSnapshot b = BoardSnapshot::fromJson(Test::boardJson());
        QCOMPARE(b.at, QDateTime(QDate(2026, 11, 25), QTime(14, 30), Qt::UTC));
        QCOMPARE(b.waitingMinutes, 10);
        QCOMPARE(b.open, 3);
        QCOMPARE(b.waitingOverThreshold, 1);
        QCOMPARE(b.oldestWaitingSince, QDateTime(QDate(2026, 11, 25), QTime(14, 16), Qt::UTC));
        QCOMPARE(b.agents.size(), 2);
        QCOMPARE(b.agents.at(0).firstResponseMedianS, std::optional<qint64>(95));
        QVERIFY(!b.agents.at(1).firstResponseMedianS.has_value());
        QCOMPARE(b.alerts.size(), 3);
        QCOMPARE(b.alerts.at(0).conversationId, 42);
        QCOMPARE(b.alerts.at(0).agentId, 0); // null
        QCOMPARE(b.outboxDepth, 4);
        QVERIFY(!BoardSnapshot::fromJson({}).oldestWaitingSince.isValid());
    }

    void rosterShowsLoadAndMedians()
    {
        AgentSession session(&m_clock);
        BoardModel board(&session);
        QAbstractItemModelTester tester(
            board.roster(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        Q_EMIT session.agentsChanged({agent(3, u"Maria Souza"_s), agent(5, u"Pedro Lima"_s)});
        board.applyBoard(Test::boardJson());
        const BoardRosterModel* roster = board.roster();
        QCOMPARE(roster->rowCount(), 2);
        QCOMPARE(roster->columnCount(), int(BoardRosterModel::ColumnCount));
        const auto cell = [roster](int row, int column, int role = Qt::DisplayRole) {
            return roster->index(row, column).data(role);
        };
        QCOMPARE(cell(0, BoardRosterModel::AgentColumn).toString(), u"Maria Souza"_s);
        QCOMPARE(cell(0, BoardRosterModel::LoadColumn).toString(), u"2 / 8"_s);
        QCOMPARE(cell(0, BoardRosterModel::SentTodayColumn).toInt(), 41);
        QCOMPARE(cell(0, BoardRosterModel::FirstResponseColumn).toString(), u"1 min 35 s"_s);
        QCOMPARE(cell(1, BoardRosterModel::PresenceColumn).toString(), u"away"_s);
        QCOMPARE(cell(1, BoardRosterModel::FirstResponseColumn).toString(), u"—"_s);
        QCOMPARE(cell(1, BoardRosterModel::ResponseColumn).toString(), u"1 h 02 min"_s);
        QVERIFY(cell(1, 0, BoardRosterModel::OverCapacityRole).toBool());
        QVERIFY(!cell(0, 0, BoardRosterModel::OverCapacityRole).toBool());
        // Fuller sorts higher; a null median sorts below any measured one.
        QVERIFY(cell(1, BoardRosterModel::LoadColumn, BoardRosterModel::SortRole).toDouble()
            > cell(0, BoardRosterModel::LoadColumn, BoardRosterModel::SortRole).toDouble());
        QVERIFY(cell(1, BoardRosterModel::FirstResponseColumn, BoardRosterModel::SortRole).toLongLong() < 0);
        QCOMPARE(roster->headerData(BoardRosterModel::LoadColumn, Qt::Horizontal).toString(),
            u"Open / capacity"_s);
    }

    void theSameAgentsUpdateWithoutAReset()
    {
        AgentSession session(&m_clock);
        BoardModel board(&session);
        QAbstractItemModelTester tester(
            board.roster(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        board.applyBoard(Test::boardJson());
        QSignalSpy reset(board.roster(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(board.roster(), &QAbstractItemModel::dataChanged);
        QJsonObject next = Test::boardJson();
        QJsonArray agents = next.value(u"agents"_s).toArray();
        QJsonObject pedro = agents.at(1).toObject();
        pedro.insert(u"open_count"_s, 7);
        agents.replace(1, pedro);
        next.insert(u"agents"_s, agents);
        board.applyBoard(next);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(board.roster()->index(1, BoardRosterModel::LoadColumn).data().toString(), u"7 / 8"_s);
    }

    void alertsReadAsSentencesCriticalFirst()
    {
        AgentSession session(&m_clock);
        BoardModel board(&session);
        QAbstractItemModelTester tester(
            board.alerts(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        Q_EMIT session.agentsChanged({agent(3, u"Maria Souza"_s), agent(5, u"Pedro Lima"_s)});
        Protocol::ConversationInfo joao;
        joao.id = 42;
        joao.contact.name = u"João Pereira"_s;
        Protocol::ConversationInfo ana;
        ana.id = 43;
        ana.contact.name = u"Ana Costa"_s;
        ana.windowExpiresAt = QDateTime(QDate(2026, 11, 25), QTime(15, 10), Qt::UTC);
        board.alerts()->setConversationLookup([&](qint64 id) -> std::optional<Protocol::ConversationInfo> {
            if (id == 42)
                return joao;
            if (id == 43)
                return ana;
            return std::nullopt;
        });
        board.applyBoard(Test::boardJson());
        const BoardAlertModel* alerts = board.alerts();
        QCOMPARE(alerts->rowCount(), 3);
        QCOMPARE(alerts->index(0).data(BoardAlertModel::KindRole).toString(), u"agent_over_capacity"_s);
        QVERIFY(alerts->index(0).data(BoardAlertModel::CriticalRole).toBool());
        QCOMPARE(alerts->index(0).data().toString(),
            u"Pedro Lima holds 9 open conversations, over a capacity of 8"_s);
        QCOMPARE(alerts->index(1).data().toString(), u"João Pereira has waited 14 min 00 s for a reply"_s);
        QCOMPARE(alerts->index(1).data(BoardAlertModel::ConversationIdRole).toLongLong(), 42);
        QCOMPARE(alerts->index(2).data().toString(),
            u"The window with Ana Costa closes in 40 min 00 s and nobody has replied"_s);
    }

    void onlyNewAlertsAreRaised()
    {
        AgentSession session(&m_clock);
        BoardModel board(&session);
        QSignalSpy raised(&board, &BoardModel::alertsRaised);
        board.applyBoard(Test::boardJson());
        QCOMPARE(raised.count(), 1);
        QCOMPARE(raised.first().at(0).value<QList<BoardAlert>>().size(), 3);
        board.applyBoard(Test::boardJson()); // the same conditions a second later
        QCOMPARE(raised.count(), 1);

        QJsonObject calm = Test::boardJson();
        calm.insert(u"alerts"_s, QJsonArray());
        board.applyBoard(calm);
        QCOMPARE(raised.count(), 1);
        QCOMPARE(board.alerts()->rowCount(), 0);
        board.applyBoard(Test::boardJson()); // cleared, then back: news again
        QCOMPARE(raised.count(), 2);
    }

    void pushedBoardsCountOnlyWhileSubscribed()
    {
        AgentSession session(&m_clock);
        BoardModel board(&session);
        QSignalSpy changed(&board, &BoardModel::boardChanged);
        Q_EMIT session.ephemeralEvent(boardEvent(Test::boardJson()));
        QCOMPARE(changed.count(), 0);
        QVERIFY(!board.hasBoard());
        board.subscribe();
        QVERIFY(board.isSubscribed());
        Q_EMIT session.ephemeralEvent(boardEvent(Test::boardJson()));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(board.board().open, 3);
        board.unsubscribe();
        Q_EMIT session.ephemeralEvent(boardEvent(Test::boardJson()));
        QCOMPARE(changed.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestBoardModel)
#include "tst_boardmodel.moc"

#include "client/agentsession.h"
#include "client/rostermodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Atendo;
using namespace Qt::StringLiterals;

namespace {

Protocol::AgentInfo agent(qint64 id, const QString& name, int open, int capacity = 8)
{
    return {id, name.toLower(), name, u"agent"_s, u"online"_s, capacity, open};
}

} // namespace

class TestRosterModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsAgentsWithLoad()
    {
        RosterModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAgents({agent(3, u"Maria"_s, 2), agent(5, u"Pedro"_s, 8), agent(7, u"Lia"_s, 3, 0)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0).data(RosterModel::DisplayNameRole).toString(), u"Maria"_s);
        QCOMPARE(model.index(0).data(RosterModel::OpenCountRole).toInt(), 2);
        QVERIFY(!model.index(0).data(RosterModel::AtCapacityRole).toBool());
        QVERIFY(model.index(1).data(RosterModel::AtCapacityRole).toBool());
        QVERIFY(!model.index(2).data(RosterModel::AtCapacityRole).toBool()); // 0 = no limit
    }

    void presenceChangesOneRow()
    {
        TestClock clock(QDateTime(QDate(2026, 11, 25), QTime(14, 0), Qt::UTC));
        AgentSession session(&clock);
        RosterModel model(&session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Q_EMIT session.agentsChanged({agent(3, u"Maria"_s, 2), agent(5, u"Pedro"_s, 1)});
        QCOMPARE(model.rowCount(), 2);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        Q_EMIT session.presenceChanged(5, u"away"_s);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(model.index(1).data(RosterModel::PresenceRole).toString(), u"away"_s);
        Q_EMIT session.presenceChanged(5, u"away"_s); // no change, no signal
        Q_EMIT session.presenceChanged(99, u"away"_s); // unknown agent
        QCOMPARE(changed.count(), 1);
        QCOMPARE(reset.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRosterModel)
#include "tst_rostermodel.moc"

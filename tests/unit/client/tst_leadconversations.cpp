#include "client/leadconversationsmodel.h"
#include "client/leadconversationsproxy.h"
#include "fixtures.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Atendo;
using namespace Qt::StringLiterals;
using M = LeadConversationsModel;

namespace {

// 42 João: Maria's, waiting since 14:16, window until 15:10.
// 43 Ana: unassigned, waiting since 14:29, window until 22:00.
// 44 Rui: Pedro's, answered (not waiting), window closed at 14:00.
QList<Protocol::ConversationInfo> conversations()
{
    using Test::t0;
    auto joao = Test::conversation(42, u"João Pereira"_s, t0.addSecs(16 * 60), 3, t0.addSecs(70 * 60));
    joao.waitingSince = t0.addSecs(16 * 60);
    auto ana = Test::conversation(43, u"Ana Costa"_s, t0.addSecs(29 * 60), 0, t0.addSecs(8 * 3600));
    ana.waitingSince = t0.addSecs(29 * 60);
    ana.state = u"pending"_s;
    auto rui = Test::conversation(44, u"Rui Alves"_s, t0.addSecs(-3600), 5, t0);
    rui.lastMessageDirection = u"out"_s;
    return {joao, ana, rui};
}

QList<Protocol::AgentInfo> agents()
{
    return {{3, u"maria"_s, u"Maria Souza"_s, u"agent"_s, u"online"_s, 8, 1},
        {5, u"pedro"_s, u"Pedro Lima"_s, u"agent"_s, u"away"_s, 8, 1}};
}

} // namespace

class TestLeadConversations : public QObject
{
    Q_OBJECT

    QDateTime m_now = Test::t0.addSecs(30 * 60); // 14:30

    void setUpModel(M& model)
    {
        model.setNowProvider([this] { return m_now; });
        model.setAgents(agents());
        model.resetConversations(conversations());
    }

    QStringList contacts(const QAbstractItemModel& model) const
    {
        QStringList names;
        for (int row = 0; row < model.rowCount(); ++row)
            names << model.index(row, M::ContactColumn).data().toString();
        return names;
    }

private Q_SLOTS:
    void init() { m_now = Test::t0.addSecs(30 * 60); }

    void showsWaitingWindowAndAssignee()
    {
        M model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        setUpModel(model);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(M::ColumnCount));
        const int joao = model.rowOf(42);
        QCOMPARE(model.index(joao, M::AssigneeColumn).data().toString(), u"Maria Souza"_s);
        QCOMPARE(model.index(joao, M::WaitingColumn).data().toString(), u"14 min 00 s"_s);
        QCOMPARE(model.index(joao, M::WindowColumn).data().toString(), u"40 min 00 s"_s);
        QCOMPARE(model.index(joao, 0).data(M::WaitingSecondsRole).toLongLong(), 14 * 60);
        const int ana = model.rowOf(43);
        QCOMPARE(model.index(ana, M::AssigneeColumn).data().toString(), u"Unassigned"_s);
        QCOMPARE(model.index(ana, M::StateColumn).data().toString(), u"pending"_s);
        const int rui = model.rowOf(44);
        QCOMPARE(model.index(rui, M::WaitingColumn).data().toString(), u"—"_s);
        QVERIFY(!model.index(rui, 0).data(M::WaitingSecondsRole).isValid());
        QCOMPARE(model.index(rui, M::WindowColumn).data().toString(), u"closed"_s);
        QCOMPARE(model.headerData(M::WindowColumn, Qt::Horizontal).toString(), u"Window left"_s);
    }

    void ticksMoveTheTimeColumns()
    {
        M model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        setUpModel(model);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        m_now = m_now.addSecs(90);
        model.tick();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().column(), int(M::WaitingColumn));
        QCOMPARE(changed.first().at(1).toModelIndex().column(), int(M::WindowColumn));
        QCOMPARE(model.index(model.rowOf(42), M::WaitingColumn).data().toString(), u"15 min 30 s"_s);
        QCOMPARE(model.index(model.rowOf(42), M::WindowColumn).data().toString(), u"38 min 30 s"_s);
    }

    void resolvedConversationsLeaveAndChangesApplyInPlace()
    {
        M model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        setUpModel(model);
        auto list = conversations();
        auto ana = list.at(1);
        ana.assigneeId = 5;
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.upsertConversation(ana);
        QCOMPARE(model.index(model.rowOf(43), M::AssigneeColumn).data().toString(), u"Pedro Lima"_s);
        auto joao = list.at(0);
        joao.state = u"resolved"_s;
        model.upsertConversation(joao);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(42), -1);
        QCOMPARE(model.rowOf(44), 1); // the rows after it moved up
        model.upsertConversation(joao); // resolved and unknown: stays out
        QCOMPARE(model.rowCount(), 2);
        auto novo = Test::conversation(45, u"Bia"_s, m_now, 0);
        model.upsertConversation(novo);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(reset.count(), 0);
    }

    void filtersByAgentStateAndUnassigned()
    {
        M model;
        setUpModel(model);
        LeadConversationsProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.sort(M::ContactColumn);
        QCOMPARE(contacts(proxy), (QStringList {u"Ana Costa"_s, u"João Pereira"_s, u"Rui Alves"_s}));
        proxy.setAgentFilter(5);
        QCOMPARE(contacts(proxy), QStringList {u"Rui Alves"_s});
        proxy.setAgentFilter(LeadConversationsProxy::Unassigned);
        QCOMPARE(contacts(proxy), QStringList {u"Ana Costa"_s});
        proxy.setAgentFilter(LeadConversationsProxy::AnyAgent);
        proxy.setStateFilter(u"open"_s);
        QCOMPARE(contacts(proxy), (QStringList {u"João Pereira"_s, u"Rui Alves"_s}));
    }

    void waitingFilterCountsStrictlyMoreThanN()
    {
        M model;
        setUpModel(model);
        LeadConversationsProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setWaitingOverMinutes(14); // João has waited exactly 14 min: not yet
        QCOMPARE(proxy.rowCount(), 0);
        m_now = m_now.addSecs(1);
        proxy.refresh();
        QCOMPARE(contacts(proxy), QStringList {u"João Pereira"_s});
        proxy.setWaitingOverMinutes(0);
        QCOMPARE(proxy.rowCount(), 3);
    }

    void windowFilterKeepsOpenWindowsClosingWithinN()
    {
        M model;
        setUpModel(model);
        LeadConversationsProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setWindowClosingWithinMinutes(60);
        QCOMPARE(contacts(proxy), QStringList {u"João Pereira"_s}); // Rui's closed one is not "closing"
        proxy.setWindowClosingWithinMinutes(39);
        QCOMPARE(proxy.rowCount(), 0);
        m_now = m_now.addSecs(60); // 39 min left exactly
        proxy.refresh();
        QCOMPARE(contacts(proxy), QStringList {u"João Pereira"_s});
        m_now = m_now.addSecs(39 * 60); // closed
        proxy.refresh();
        QCOMPARE(proxy.rowCount(), 0);
    }

    void sortsByLongestWaitAndSoonestWindow()
    {
        M model;
        setUpModel(model);
        LeadConversationsProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(M::WaitingColumn, Qt::DescendingOrder);
        QCOMPARE(contacts(proxy), (QStringList {u"João Pereira"_s, u"Ana Costa"_s, u"Rui Alves"_s}));
        proxy.sort(M::WindowColumn, Qt::AscendingOrder);
        QCOMPARE(contacts(proxy), (QStringList {u"João Pereira"_s, u"Ana Costa"_s, u"Rui Alves"_s}));
        proxy.sort(M::AssigneeColumn, Qt::AscendingOrder); // unassigned first
        QCOMPARE(proxy.index(0, M::ContactColumn).data().toString(), u"Ana Costa"_s);
    }
};

QTEST_GUILESS_MAIN(TestLeadConversations)
#include "tst_leadconversations.moc"

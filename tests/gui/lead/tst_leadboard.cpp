#include "client/agentsession.h"
#include "client/boardalertmodel.h"
#include "client/boardmodel.h"
#include "client/leadconversationsmodel.h"
#include "client/leadconversationsproxy.h"
#include "client/statsreport.h"
#include "console/alertdelegate.h"
#include "console/leadboardview.h"
#include "console/leadpanel.h"
#include "leadfixtures.h"
#include "protocol/framecodec.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace Atendo;
using namespace Qt::StringLiterals;

namespace {

// The conversations as conversation.changed frames carry them.
QList<Protocol::ConversationInfo> conversationsFromWire()
{
    const QByteArray frames[] = {
        R"({"id": 42, "contact": {"id": 17, "key": "wa:5511987654321", "name": "João Pereira", "phone": "+5511987654321", "wa_id": "5511987654321", "consent_state": "opted_in", "marketing_stopped": false}, "state": "open", "assignee_id": 3, "window": {"last_inbound_at": "2026-11-25T14:16:00.000Z", "expires_at": "2026-11-25T15:10:00.000Z", "fep_expires_at": null}, "last_message": {"preview": "Oi?", "direction": "in", "at": "2026-11-25T14:16:00.000Z"}, "unread": 2, "waiting_since": "2026-11-25T14:16:00.000Z", "created_at": "2026-11-25T13:58:11.000Z"})",
        R"({"id": 43, "contact": {"id": 18, "key": "wa:5511911112222", "name": "Ana Costa", "phone": "+5511911112222", "wa_id": "5511911112222", "consent_state": "opted_in", "marketing_stopped": false}, "state": "open", "assignee_id": null, "window": {"last_inbound_at": "2026-11-25T14:29:00.000Z", "expires_at": "2026-11-26T14:29:00.000Z", "fep_expires_at": null}, "last_message": {"preview": "Bom dia", "direction": "in", "at": "2026-11-25T14:29:00.000Z"}, "unread": 1, "waiting_since": "2026-11-25T14:29:00.000Z", "created_at": "2026-11-25T14:29:00.000Z"})",
        R"({"id": 44, "contact": {"id": 19, "key": "wa:5511933334444", "name": "Rui Alves", "phone": "+5511933334444", "wa_id": "5511933334444", "consent_state": "opted_in", "marketing_stopped": false}, "state": "pending", "assignee_id": 5, "window": {"last_inbound_at": "2026-11-25T10:00:00.000Z", "expires_at": "2026-11-26T10:00:00.000Z", "fep_expires_at": null}, "last_message": {"preview": "Obrigado", "direction": "out", "at": "2026-11-25T14:20:00.000Z"}, "unread": 0, "waiting_since": null, "created_at": "2026-11-25T10:00:00.000Z"})",
    };
    QList<Protocol::ConversationInfo> list;
    for (const QByteArray& frame : frames)
        list.append(*Protocol::ConversationInfo::fromJson(Test::json(frame)));
    return list;
}

QList<Protocol::AgentInfo> agents()
{
    return {{3, u"maria"_s, u"Maria Souza"_s, u"agent"_s, u"online"_s, 8, 2},
        {5, u"pedro"_s, u"Pedro Lima"_s, u"agent"_s, u"away"_s, 8, 9}};
}

QStringList contactsShown(const QTableView* table)
{
    QStringList names;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        names << table->model()->index(row, LeadConversationsModel::ContactColumn).data().toString();
    return names;
}

} // namespace

class TestLeadBoard : public QObject
{
    Q_OBJECT

    TestClock m_clock {QDateTime(QDate(2026, 11, 25), QTime(14, 30), Qt::UTC)};
    std::unique_ptr<AgentSession> m_session;
    std::unique_ptr<BoardModel> m_board;
    std::unique_ptr<LeadConversationsModel> m_conversations;
    std::unique_ptr<LeadBoardView> m_view;

private Q_SLOTS:
    void init()
    {
        m_clock.setNow(QDateTime(QDate(2026, 11, 25), QTime(14, 30), Qt::UTC));
        m_session = std::make_unique<AgentSession>(&m_clock);
        m_board = std::make_unique<BoardModel>(m_session.get());
        Q_EMIT m_session->agentsChanged(agents());
        m_conversations = std::make_unique<LeadConversationsModel>();
        m_conversations->setNowProvider([this] { return m_clock.now(); });
        m_conversations->setAgents(agents());
        m_conversations->resetConversations(conversationsFromWire());
        m_view = std::make_unique<LeadBoardView>(m_board.get(), m_conversations.get());
        m_view->resize(1000, 700);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanup()
    {
        m_view.reset();
        m_conversations.reset();
        m_board.reset();
        m_session.reset();
    }

    void summaryAlertsAndRosterFollowThePushedBoard()
    {
        QCOMPARE(m_view->summary()->text(), u"Waiting for the board…"_s);
        const auto frame = Protocol::FrameCodec::serverItemFromJson(
            {{u"ev"_s, u"board"_s}, {u"at"_s, u"2026-11-25T14:30:00.000Z"_s},
                {u"data"_s, QJsonObject {{u"board"_s, Test::boardJson()}}}});
        QVERIFY(frame.has_value() && std::holds_alternative<Protocol::Event>(*frame));
        m_board->subscribe();
        Q_EMIT m_session->ephemeralEvent(std::get<Protocol::Event>(*frame));
        QCOMPARE(m_view->summary()->text(),
            u"3 open · 1 unassigned · 2 waiting (1 over 10 min) · 1 window(s) closing · outbox 4, 1 failed in the last hour"_s);
        const QListView* alerts = m_view->alertsList();
        QCOMPARE(alerts->model()->rowCount(), 3);
        QVERIFY(alerts->model()->index(0, 0).data(BoardAlertModel::CriticalRole).toBool());
        QCOMPARE(alerts->model()->index(0, 0).data().toString(),
            u"Pedro Lima holds 9 open conversations, over a capacity of 8"_s);
        // Critical rows stand out in a different tint from warnings.
        QVERIFY(
            AlertDelegate::tint(true, alerts->palette()) != AlertDelegate::tint(false, alerts->palette()));
        const QTableView* roster = m_view->rosterTable();
        QCOMPARE(roster->model()->rowCount(), 2);
        QCOMPARE(roster->model()->index(0, 0).data().toString(), u"Maria Souza"_s); // sorted by name
        QCOMPARE(m_view->agentFilter()->count(), 4); // every agent, unassigned, Maria, Pedro
    }

    void filtersNarrowTheConversationTable()
    {
        m_board->applyBoard(Test::boardJson());
        const QTableView* table = m_view->conversationsTable();
        // Longest wait first by default; Rui is not waiting.
        QCOMPARE(contactsShown(table), (QStringList {u"João Pereira"_s, u"Ana Costa"_s, u"Rui Alves"_s}));
        m_view->agentFilter()->setCurrentIndex(m_view->agentFilter()->findText(u"Unassigned"_s));
        QCOMPARE(contactsShown(table), QStringList {u"Ana Costa"_s});
        m_view->agentFilter()->setCurrentIndex(0);
        m_view->stateFilter()->setCurrentIndex(m_view->stateFilter()->findData(u"pending"_s));
        QCOMPARE(contactsShown(table), QStringList {u"Rui Alves"_s});
        m_view->stateFilter()->setCurrentIndex(0);
        m_view->waitingMinutes()->setValue(10);
        m_view->waitingFilter()->setChecked(true);
        QCOMPARE(contactsShown(table), QStringList {u"João Pereira"_s});
        m_clock.advance(std::chrono::minutes(2)); // Ana: 3 min; still under 10
        m_view->tick();
        QCOMPARE(contactsShown(table), QStringList {u"João Pereira"_s});
        m_clock.advance(std::chrono::minutes(8)); // Ana: 11 min
        m_view->tick();
        QCOMPARE(contactsShown(table).size(), 2);
        m_view->waitingFilter()->setChecked(false);
        m_view->closingFilter()->setChecked(true); // João's window: 30 min left
        QCOMPARE(contactsShown(table), QStringList {u"João Pereira"_s});
    }

    void windowColumnTicksAndActivationOpensTheConversation()
    {
        const QTableView* table = m_view->conversationsTable();
        const QModelIndex joao = table->model()->index(0, LeadConversationsModel::WindowColumn);
        QCOMPARE(joao.data().toString(), u"40 min 00 s"_s);
        m_clock.advance(std::chrono::seconds(61));
        m_view->tick();
        QCOMPARE(table->model()->index(0, LeadConversationsModel::WindowColumn).data().toString(),
            u"38 min 59 s"_s);
        QSignalSpy opened(m_view.get(), &LeadBoardView::conversationActivated);
        Q_EMIT m_view->conversationsTable()->activated(table->model()->index(1, 0));
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().at(0).toLongLong(), 43);
        m_board->applyBoard(Test::boardJson());
        Q_EMIT m_view->alertsList()->activated(m_view->alertsList()->model()->index(1, 0));
        QCOMPARE(opened.last().at(0).toLongLong(), 42); // João's waiting alert
        Q_EMIT m_view->alertsList()->activated(m_view->alertsList()->model()->index(0, 0));
        QCOMPARE(opened.count(), 2); // the capacity alert has no conversation to open
    }

    void thePanelHasTheThreeTabs()
    {
        LeadPanel panel(m_session.get());
        QCOMPARE(panel.count(), 3);
        QCOMPARE(panel.tabText(LeadPanel::BoardTab), u"Live board"_s);
        QVERIFY(panel.board()->isSubscribed());
        QVERIFY(!panel.report()->isLoading());
        panel.setCurrentIndex(LeadPanel::CostTab); // first look at the numbers asks the server
        QVERIFY(panel.report()->isLoading());
    }
};

QTEST_MAIN(TestLeadBoard)
#include "tst_leadboard.moc"

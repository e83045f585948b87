#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListView;
class QSpinBox;
class QTableView;

namespace Atendo {

class BoardModel;
class LeadConversationsModel;
class LeadConversationsProxy;

// The team lead's live board: the queue in one line, the alerts on top, every
// open conversation (waiting time, window left, last activity; sortable and
// filterable by agent, state, "waiting over N min", "window closes within
// 1 h", unassigned), and the roster with load and today's response times.
// Double-clicking a conversation or an alert opens it (silently for a lead).
class LeadBoardView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadBoardView)

public:
    LeadBoardView(BoardModel* board, LeadConversationsModel* conversations, QWidget* parent = nullptr);

    [[nodiscard]] LeadConversationsProxy* conversationsProxy() const { return m_proxy; }
    [[nodiscard]] QTableView* conversationsTable() const { return m_conversations; }
    [[nodiscard]] QTableView* rosterTable() const { return m_roster; }
    [[nodiscard]] QListView* alertsList() const { return m_alerts; }
    [[nodiscard]] QLabel* summary() const { return m_summary; }
    [[nodiscard]] QComboBox* agentFilter() const { return m_agent; }
    [[nodiscard]] QComboBox* stateFilter() const { return m_state; }
    [[nodiscard]] QCheckBox* waitingFilter() const { return m_waitingOn; }
    [[nodiscard]] QSpinBox* waitingMinutes() const { return m_waitingMinutes; }
    [[nodiscard]] QCheckBox* closingFilter() const { return m_closingOn; }

public Q_SLOTS:
    // The console's tick: time columns and time filters move.
    void tick();

Q_SIGNALS:
    void conversationActivated(qint64 conversationId);

private:
    QWidget* makeFilterBar();
    void updateSummary();
    void updateAgentChoices();
    void applyFilters();

    BoardModel* m_board;
    LeadConversationsModel* m_model;
    LeadConversationsProxy* m_proxy;
    QLabel* m_summary;
    QListView* m_alerts;
    QTableView* m_conversations;
    QTableView* m_roster;
    QComboBox* m_agent;
    QComboBox* m_state;
    QCheckBox* m_waitingOn;
    QSpinBox* m_waitingMinutes;
    QCheckBox* m_closingOn;
};

} // namespace Atendo

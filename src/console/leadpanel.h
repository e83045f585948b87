#pragma once

#include <QTabWidget>

namespace Atendo {

class AgentSession;
class BoardModel;
class CostPanel;
class LeadBoardView;
class LeadConversationsModel;
class StatsCharts;
class StatsReport;

// What a team lead or admin gets next to the inbox: the live board, cost and
// compliance, and the charts. Owns the client objects behind them; subscribes
// to the board when created and loads today's statistics the first time the
// cost or charts tab is shown.
class LeadPanel : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadPanel)

public:
    enum Tab
    {
        BoardTab,
        CostTab,
        ChartsTab
    };

    explicit LeadPanel(AgentSession* session, QWidget* parent = nullptr);

    [[nodiscard]] BoardModel* board() const { return m_board; }
    [[nodiscard]] LeadConversationsModel* conversations() const { return m_conversations; }
    [[nodiscard]] StatsReport* report() const { return m_report; }
    [[nodiscard]] LeadBoardView* boardView() const { return m_boardView; }
    [[nodiscard]] CostPanel* costPanel() const { return m_cost; }
    [[nodiscard]] StatsCharts* charts() const { return m_charts; }

public Q_SLOTS:
    void tick();

Q_SIGNALS:
    void conversationActivated(qint64 conversationId);

private:
    BoardModel* m_board;
    LeadConversationsModel* m_conversations;
    StatsReport* m_report;
    LeadBoardView* m_boardView;
    CostPanel* m_cost;
    StatsCharts* m_charts;
    bool m_statsLoaded = false;
};

} // namespace Atendo

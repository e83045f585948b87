#include "console/leadpanel.h"

#include "client/boardmodel.h"
#include "client/leadconversationsmodel.h"
#include "client/statsreport.h"
#include "console/costpanel.h"
#include "console/leadboardview.h"
#include "console/statscharts.h"

namespace Atendo {

LeadPanel::LeadPanel(AgentSession* session, QWidget* parent)
    : QTabWidget(parent)
    , m_board(new BoardModel(session, this))
    , m_conversations(new LeadConversationsModel(session, this))
    , m_report(new StatsReport(session, this))
    , m_boardView(new LeadBoardView(m_board, m_conversations, this))
    , m_cost(new CostPanel(m_report, this))
    , m_charts(new StatsCharts(m_report, this))
{
    setObjectName(QStringLiteral("leadPanel"));
    addTab(m_boardView, tr("Live board"));
    addTab(m_cost, tr("Cost and compliance"));
    addTab(m_charts, tr("Charts"));
    connect(m_boardView, &LeadBoardView::conversationActivated, this, &LeadPanel::conversationActivated);
    connect(this, &QTabWidget::currentChanged, this, [this](int tab) {
        if (tab != BoardTab && !m_statsLoaded) {
            m_statsLoaded = true;
            m_cost->reload();
        }
    });
    m_board->subscribe();
}

void LeadPanel::tick()
{
    m_boardView->tick();
}

} // namespace Atendo

#include "console/leadmode.h"

#include "client/agentsession.h"
#include "client/boardalertmodel.h"
#include "client/boardmodel.h"
#include "client/supervision.h"
#include "console/conversationpane.h"
#include "console/inboxview.h"
#include "console/leadpanel.h"
#include "console/mainwindow.h"
#include "console/notifier.h"
#include "console/supervisionbar.h"
#include "console/templatepickerdialog.h"
#include "console/ticker.h"

#include <QDockWidget>
#include <QMenuBar>

namespace Atendo {

LeadMode::LeadMode(MainWindow* window, AgentSession* session, Supervision* supervision)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_panel(new LeadPanel(session))
    , m_dock(new QDockWidget(tr("Team lead"), window))
    , m_bar(new SupervisionBar(supervision, session))
{
    supervision->setLeadMode(true);
    m_dock->setObjectName(QStringLiteral("leadDock"));
    m_dock->setWidget(m_panel);
    m_dock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    window->conversationPane()->setSupervisionBar(m_bar);
    setupMenu();

    connect(m_panel, &LeadPanel::conversationActivated, this, &LeadMode::openConversation);
    connect(window->ticker(), &Ticker::ticked, m_panel, &LeadPanel::tick);
    connect(window, &MainWindow::currentConversationChanged, this, &LeadMode::showCurrent);
    connect(session, &AgentSession::conversationChanged, this, [this](const Protocol::ConversationInfo& c) {
        if (c.id == m_window->currentConversationId())
            m_bar->setConversation(c);
    });
    connect(m_panel->board(), &BoardModel::alertsRaised, this, [this](const QList<BoardAlert>& alerts) {
        for (const BoardAlert& alert : alerts)
            m_window->notifier()->alert(
                alert.isCritical() ? tr("Critical: team lead alert") : tr("Team lead alert"),
                m_panel->board()->alerts()->describe(alert));
    });
    showCurrent(window->currentConversationId());
}

void LeadMode::setupMenu()
{
    auto* menu = m_window->menuBar()->addMenu(tr("&Team lead"));
    menu->setObjectName(QStringLiteral("menuLead"));
    menu->addAction(m_dock->toggleViewAction());
    menu->addSeparator();
    const QList<std::pair<int, QString>> tabs {{LeadPanel::BoardTab, tr("Live &board")},
        {LeadPanel::CostTab, tr("&Cost and compliance")}, {LeadPanel::ChartsTab, tr("C&harts")}};
    for (const auto& [tab, label] : tabs) {
        menu->addAction(label, this, [this, tab] {
            m_dock->show();
            m_panel->setCurrentIndex(tab);
        });
    }
}

void LeadMode::openConversation(qint64 conversationId)
{
    if (!m_window->inboxView()->selectConversation(conversationId))
        m_window->showConversation(conversationId);
}

void LeadMode::showCurrent(qint64 conversationId)
{
    const auto conversation = conversationId ? m_session->conversation(conversationId) : std::nullopt;
    m_bar->setConversation(conversation.value_or(Protocol::ConversationInfo {}));
}

void LeadMode::showPanelAlone(int tab, const QSize& size)
{
    m_panel->setCurrentIndex(tab);
    m_dock->setFloating(true);
    m_dock->resize(size);
    m_dock->show();
}

} // namespace Atendo

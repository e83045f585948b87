#pragma once

#include <QObject>

class QDockWidget;

namespace Atendo {

class AgentSession;
class LeadPanel;
class MainWindow;
class Supervision;
class SupervisionBar;

// What the main window adds for a team lead or admin, kept out of the shell:
// the lead panel in a dock (board, cost, charts) with a "Team lead" menu, the
// supervision strip above the conversation, board alerts through the
// notifier, and opening a conversation from the board (silently by default).
class LeadMode : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadMode)

public:
    LeadMode(MainWindow* window, AgentSession* session, Supervision* supervision);

    [[nodiscard]] LeadPanel* panel() const { return m_panel; }
    [[nodiscard]] QDockWidget* dock() const { return m_dock; }
    [[nodiscard]] SupervisionBar* supervisionBar() const { return m_bar; }

    // Shows one tab of the panel undocked at `size` (the screenshot option).
    void showPanelAlone(int tab, const QSize& size);

private:
    void setupMenu();
    void openConversation(qint64 conversationId);
    void showCurrent(qint64 conversationId);

    MainWindow* m_window;
    AgentSession* m_session;
    LeadPanel* m_panel;
    QDockWidget* m_dock;
    SupervisionBar* m_bar;
};

} // namespace Atendo

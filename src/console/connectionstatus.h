#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace Atendo {

class AgentSession;

// The status bar's right side: connection state ("Online", "Reconnecting in
// 5 s…") and the agent's presence selector.
class ConnectionStatus : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionStatus)

public:
    explicit ConnectionStatus(AgentSession* session, QWidget* parent = nullptr);

    [[nodiscard]] QString stateText() const;

public Q_SLOTS:
    void refresh();

private:
    AgentSession* m_session;
    QLabel* m_state;
    QComboBox* m_presence;
};

} // namespace Atendo

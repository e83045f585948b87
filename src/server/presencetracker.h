#pragma once

#include <QHash>
#include <QString>

namespace Atendo {

// Who is online: an agent is online (or away, if they said so) while at least
// one of their consoles is connected, offline when the last one goes.
class PresenceTracker
{
public:
    // Both return true when the agent's visible presence changed.
    bool connected(qint64 agentId);
    bool disconnected(qint64 agentId);
    bool set(qint64 agentId, const QString& presence);

    [[nodiscard]] QString presence(qint64 agentId) const;
    [[nodiscard]] bool isOnline(qint64 agentId) const;

private:
    struct State
    {
        int sessions = 0;
        QString chosen = QStringLiteral("online");
    };
    QHash<qint64, State> m_states;
};

} // namespace Atendo

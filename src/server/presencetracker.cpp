#include "server/presencetracker.h"

namespace Atendo {

using namespace Qt::StringLiterals;

bool PresenceTracker::connected(qint64 agentId)
{
    State& state = m_states[agentId];
    return ++state.sessions == 1;
}

bool PresenceTracker::disconnected(qint64 agentId)
{
    auto it = m_states.find(agentId);
    if (it == m_states.end() || it->sessions == 0)
        return false;
    if (--it->sessions > 0)
        return false;
    // The next login starts online again.
    it->chosen = u"online"_s;
    return true;
}

bool PresenceTracker::set(qint64 agentId, const QString& presence)
{
    State& state = m_states[agentId];
    if (state.chosen == presence)
        return false;
    state.chosen = presence;
    return state.sessions > 0;
}

QString PresenceTracker::presence(qint64 agentId) const
{
    const auto it = m_states.constFind(agentId);
    if (it == m_states.constEnd() || it->sessions == 0)
        return u"offline"_s;
    return it->chosen;
}

bool PresenceTracker::isOnline(qint64 agentId) const
{
    return presence(agentId) == u"online";
}

} // namespace Atendo

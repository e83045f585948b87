#include "console/sessionclock.h"

#include "client/agentsession.h"

namespace Atendo {

SessionClock::SessionClock(const AgentSession* session) : m_session(session)
{ }

QDateTime SessionClock::now() const
{
    return m_session->serverNow();
}

} // namespace Atendo

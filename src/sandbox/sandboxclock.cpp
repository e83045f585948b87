#include "sandbox/sandboxclock.h"

namespace Atendo {

SandboxClock::SandboxClock(const Clock* base)
    : m_own(base ? nullptr : std::make_unique<SystemClock>()), m_base(base ? base : m_own.get())
{ }

QDateTime SandboxClock::now() const
{
    return m_base->now().addSecs(m_offsetSeconds);
}

} // namespace Atendo

#pragma once

#include "core/clock.h"

namespace Atendo {

class AgentSession;

// The console's clock: the server's idea of now (local clock + measured offset),
// so every countdown agrees with the server that enforces the window.
class SessionClock final : public Clock
{
public:
    explicit SessionClock(const AgentSession* session);
    [[nodiscard]] QDateTime now() const override;

private:
    const AgentSession* m_session;
};

} // namespace Atendo

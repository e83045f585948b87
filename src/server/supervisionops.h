#pragma once

#include "protocol/frames.h"
#include "server/servercontext.h"

namespace Atendo {

class Dispatcher;
struct OpCall;

// Team leads supervising a conversation: a whisper to the agents (a note that
// never leaves the team) and taking a conversation over, with an audit entry.
class SupervisionOps
{
public:
    explicit SupervisionOps(const ServerContext& context);

    void registerOn(Dispatcher& dispatcher);

private:
    [[nodiscard]] Protocol::Reply whisper(OpCall& call);
    [[nodiscard]] Protocol::Reply takeover(OpCall& call);

    ServerContext m_context;
};

} // namespace Atendo

#pragma once

#include "protocol/frames.h"
#include "server/servercontext.h"

namespace Atendo {

class Dispatcher;
struct OpCall;

// message.send, conversation.start, contact.opt_out and templates.sync.
class SendOps
{
public:
    explicit SendOps(const ServerContext& context);

    void registerOn(Dispatcher& dispatcher);

private:
    [[nodiscard]] Protocol::Reply send(OpCall& call);
    [[nodiscard]] Protocol::Reply start(OpCall& call);
    [[nodiscard]] Protocol::Reply optOut(OpCall& call);
    [[nodiscard]] Protocol::Reply syncTemplates(OpCall& call);

    ServerContext m_context;
};

} // namespace Atendo

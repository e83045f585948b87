#pragma once

#include "protocol/frames.h"
#include "server/conversationservice.h"
#include "server/servercontext.h"

namespace Atendo {

class Dispatcher;
struct OpCall;

// Working a conversation: claim, transfer, resolve, reopen, read, and the
// ephemeral typing/view signals.
class ConversationOps
{
public:
    explicit ConversationOps(const ServerContext& context);

    void registerOn(Dispatcher& dispatcher);

private:
    using Change = std::function<ConversationService::Outcome()>;

    [[nodiscard]] Protocol::Reply apply(OpCall& call, const Change& change);
    [[nodiscard]] Protocol::Reply claim(OpCall& call);
    [[nodiscard]] Protocol::Reply transfer(OpCall& call);
    [[nodiscard]] Protocol::Reply resolve(OpCall& call);
    [[nodiscard]] Protocol::Reply reopen(OpCall& call);
    [[nodiscard]] Protocol::Reply read(OpCall& call);
    [[nodiscard]] Protocol::Reply typing(OpCall& call);
    [[nodiscard]] Protocol::Reply view(OpCall& call);

    void publishViewers(qint64 conversationId);
    // An ephemeral event whose data depends on the receiver's role (drafts and
    // silent viewers are for team leads and admins only).
    void sendByRole(QLatin1StringView ev, const QJsonObject& forLeads, const QJsonObject& forAgents);

    ServerContext m_context;
};

} // namespace Atendo

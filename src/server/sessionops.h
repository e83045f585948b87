#pragma once

#include "protocol/frames.h"
#include "server/ratecardoffer.h"
#include "server/servercontext.h"

namespace Atendo {

class ClientConnection;
class Dispatcher;
struct OpCall;
struct SessionIdentity;

// login, resume, logout, ping, presence.set, and presence on disconnect.
class SessionOps
{
public:
    explicit SessionOps(const ServerContext& context);

    void registerOn(Dispatcher& dispatcher);
    void connectionClosed(ClientConnection& connection);

private:
    [[nodiscard]] Protocol::Reply login(OpCall& call);
    [[nodiscard]] Protocol::Reply resume(OpCall& call);
    [[nodiscard]] Protocol::Reply logout(OpCall& call);
    [[nodiscard]] Protocol::Reply ping(OpCall& call);
    [[nodiscard]] Protocol::Reply presenceSet(OpCall& call);

    void authenticate(OpCall& call, const SessionIdentity& identity);
    void replay(ClientConnection& connection, qint64 afterSeq, qint64 head);
    void broadcastPresence(qint64 agentId);
    [[nodiscard]] QJsonObject agentJson(qint64 agentId);

    ServerContext m_context;
    RateCardOffer m_rateCard;
};

} // namespace Atendo

#pragma once

#include "protocol/frames.h"
#include "server/servercontext.h"

namespace Atendo {

class Dispatcher;
class MediaEndpoint;
struct OpCall;

// media.get {message_id} → {url, mime_type, expires_at}: a short-lived signed
// link on the HTTP port that streams Meta's media for that message.
class MediaOps
{
public:
    MediaOps(const ServerContext& context, const MediaEndpoint& endpoint);

    void registerOn(Dispatcher& dispatcher);

private:
    [[nodiscard]] Protocol::Reply get(OpCall& call);

    ServerContext m_context;
    const MediaEndpoint& m_endpoint;
};

} // namespace Atendo

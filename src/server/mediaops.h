#pragma once

#include "protocol/frames.h"
#include "server/servercontext.h"

namespace Atendo {

class Dispatcher;
class MediaEndpoint;
struct OpCall;

// media.get {message_id} → {url, mime_type, expires_at}: a short-lived signed
// link on the HTTP port that streams the media of that message.
// media.upload {conversation_id, file_name, mime_type, size[, kind]} → {url,
// expires_at, kind, max_bytes}: checked against the same rules as sending
// (role, assignment, window, opt-out) and Meta's type and size limits first.
class MediaOps
{
public:
    MediaOps(const ServerContext& context, MediaEndpoint& endpoint);

    void registerOn(Dispatcher& dispatcher);

private:
    [[nodiscard]] Protocol::Reply get(OpCall& call);
    [[nodiscard]] Protocol::Reply upload(OpCall& call);

    ServerContext m_context;
    MediaEndpoint& m_endpoint;
};

} // namespace Atendo

#pragma once

#include "server/servercontext.h"

#include <QHttpServerResponse>

class QHttpServerRequest;

namespace Atendo {

// POST /api/v1/optins: web forms and landing pages record the opt-in a person
// gave with their own number. Authorization: Bearer <ATENDO_OPTIN_API_KEY>.
// Body: {phone | wa_id, name?, source, evidence}. The only way, besides the
// customer's own keyword, that a contact becomes opted in.
class OptInApi
{
public:
    explicit OptInApi(const ServerContext& context);

    [[nodiscard]] QHttpServerResponse handle(const QHttpServerRequest& request);

private:
    [[nodiscard]] bool authorized(const QHttpServerRequest& request) const;

    ServerContext m_context;
};

} // namespace Atendo

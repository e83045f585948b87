#pragma once

#include "server/servercontext.h"

#include <QString>

namespace Atendo {

// [consent] opt_in_confirmation: when a customer opts in by keyword, the
// configured text goes out once, through the outbox like any reply, and only
// while the customer's window is open. There is deliberately no opt-out
// counterpart: after an opt-out nothing at all may be sent.
class OptInConfirmation
{
public:
    explicit OptInConfirmation(const ServerContext& context);

    [[nodiscard]] bool enabled() const;
    // Queues the confirmation for the keyword message `keywordWamid` (inside
    // the caller's transaction). The key derived from that wamid makes a
    // second call for the same keyword a no-op.
    void queue(qint64 conversationId, const QString& keywordWamid);

private:
    ServerContext m_context;
};

} // namespace Atendo

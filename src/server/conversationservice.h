#pragma once

#include "protocol/frames.h"
#include "server/servercontext.h"
#include "store/contactrow.h"
#include "store/conversationrow.h"

#include <optional>

namespace Atendo {

struct AgentRow;

// Conversations as tickets: created or reopened by customer messages, claimed
// (atomically: one of two racing agents wins), transferred, resolved,
// reopened, and optionally assigned round-robin. Every change is journalled as
// conversation.changed with the whole object.
class ConversationService
{
public:
    struct Outcome
    {
        std::optional<Protocol::Error> error;
        ConversationRow row;
    };

    explicit ConversationService(const ServerContext& context);

    // The conversation a new customer message belongs to: the contact's last
    // one (reopened if resolved) or a new one.
    std::optional<ConversationRow> forInbound(const ContactRow& contact, const QDateTime& now);

    Outcome claim(qint64 conversationId, const AgentRow& actor);
    Outcome transfer(qint64 conversationId, qint64 toAgentId, const AgentRow& actor);
    Outcome resolve(qint64 conversationId, const AgentRow& actor);
    Outcome reopen(qint64 conversationId, const AgentRow& actor);

    // Round-robin among online agents under capacity, when configured; true
    // when the conversation got an assignee.
    bool autoAssign(qint64 conversationId);

    void publish(qint64 conversationId);

private:
    [[nodiscard]] Outcome load(qint64 conversationId) const;
    [[nodiscard]] Outcome finish(qint64 conversationId);

    ServerContext m_context;
    qint64 m_lastAutoAssigned = 0;
};

} // namespace Atendo

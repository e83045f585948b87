#pragma once

#include "protocol/frames.h"

#include <QHash>

namespace Atendo {

// Who needs a conversation's `message.status` events, and `message.created`
// of its customer's and agents' messages (notes always go to everyone), in
// full: the consoles of its assignee, those viewing it, team leads and
// admins (they answer for cost and compliance), and everyone while it waits
// in the queue. Every other console gets a stand-in with the same seq and only
// the conversation id (docs/protocol.md, "Elided message events"), which keeps
// its journal contiguous at a fraction of the bytes: an agent's inbox row
// comes from `conversation.changed`, it shows no message of another agent's
// conversation unless it has it open, and opening one fetches the messages
// afresh. On a busy number these two events are most of the bytes. The assignee is the one the consoles last
// heard of in a broadcast `conversation.changed`; a conversation not heard of since the server started (and
// was not open at start) goes to everyone in full.
class MessageAudience
{
public:
    struct Decision
    {
        bool elidable = false;
        qint64 conversationId = 0;
        qint64 assigneeId = 0;

        // Whether a console viewing `viewing`, logged in as `agentId`, gets
        // the event in full; `seesAll` for team leads and admins.
        [[nodiscard]] bool full(qint64 viewing, qint64 agentId, bool seesAll) const
        {
            return !elidable || seesAll || viewing == conversationId || agentId == assigneeId;
        }
    };

    // Follows the assignee of every conversation from the broadcast events.
    void learn(const Protocol::Event& event);
    // What the database says at start (open and pending conversations), so
    // statuses go as stand-ins from the first one, not only after each
    // conversation's next change.
    void assign(qint64 conversationId, qint64 assigneeId);
    [[nodiscard]] Decision decide(const Protocol::Event& event) const;
    [[nodiscard]] qsizetype knownConversations() const { return m_assignee.size(); }

private:
    // Open and pending conversations only: a resolved one is forgotten (and
    // its rare statuses go out in full), so the map stays as small as the inbox.
    QHash<qint64, qint64> m_assignee; // conversation id → agent id (never 0: the queue is everyone's)
};

} // namespace Atendo

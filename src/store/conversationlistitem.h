#pragma once

#include "store/contactrow.h"
#include "store/conversationrow.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Atendo {

// A conversation with its contact, read in one joined query (inbox rows).
struct ConversationListItem
{
    ConversationRow conversation;
    ContactRow contact;

    bool operator==(const ConversationListItem&) const = default;
};

// The protocol's conversations.list scopes.
enum class ConversationScope
{
    All, // everything, resolved too
    Mine, // assigned to the agent, not resolved
    Unassigned, // in the queue, not resolved
    Open, // open or pending
    Resolved
};

// Position in a list ordered by (last_activity_at DESC, id DESC): stable under
// equal activity times because the id breaks ties.
struct ConversationCursor
{
    QDateTime lastActivityAt;
    qint64 id {0};

    [[nodiscard]] bool isNull() const { return id == 0; }
    // "<epoch ms>:<id>", the opaque `next` cursor on the wire.
    [[nodiscard]] QString toString() const;
    [[nodiscard]] static std::optional<ConversationCursor> fromString(const QString& text);

    bool operator==(const ConversationCursor&) const = default;
};

struct ConversationPage
{
    QList<ConversationListItem> items;
    bool hasMore {false};
    ConversationCursor next; // null when !hasMore
};

} // namespace Atendo

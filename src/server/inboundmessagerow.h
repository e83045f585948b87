#pragma once

#include "cloudapi/inboundmessage.h"
#include "store/messagerow.h"

namespace Atendo {

class MessageRepository;

// A customer's message as it is stored: kind, text and the type-specific
// payload (media id, location, reaction) the console shows.
class InboundMessageRow
{
public:
    [[nodiscard]] static MessageRow from(const InboundMessage& message, qint64 conversationId,
        const QDateTime& now, MessageRepository& messages);
    // The inbox line: the text, or the kind in brackets ("[image]").
    [[nodiscard]] static QString preview(const MessageRow& row);
    [[nodiscard]] static QString kindOf(InboundType type);
};

} // namespace Atendo

#pragma once

#include "protocol/agentinfo.h"
#include "protocol/contactinfo.h"
#include "protocol/conversationinfo.h"
#include "protocol/messageinfo.h"
#include "store/agentrow.h"
#include "store/contactrow.h"
#include "store/conversationrow.h"
#include "store/messagerow.h"

#include <QHash>
#include <QJsonObject>

#include <optional>

namespace Atendo {

class Database;
class PresenceTracker;

// Store rows to the protocol's wire objects, in one place, so every op and
// event describes a conversation, contact, message or agent the same way.
class WireMapper
{
public:
    WireMapper(Database& database, const PresenceTracker& presence);

    [[nodiscard]] Protocol::ContactInfo contact(const ContactRow& row, bool withHistory = false);
    [[nodiscard]] std::optional<Protocol::ContactInfo> contact(qint64 contactId, bool withHistory = false);
    [[nodiscard]] Protocol::ConversationInfo conversation(
        const ConversationRow& row, const ContactRow& contact);
    [[nodiscard]] std::optional<Protocol::ConversationInfo> conversation(qint64 conversationId);
    [[nodiscard]] Protocol::MessageInfo message(const MessageRow& row);
    [[nodiscard]] Protocol::AgentInfo agent(const AgentRow& row, int openCount);
    [[nodiscard]] std::optional<Protocol::AgentInfo> agent(qint64 agentId);
    [[nodiscard]] QList<Protocol::AgentInfo> roster();

    // Conversation id and the message's object for message.status.
    [[nodiscard]] static QJsonObject statusData(const MessageRow& row);

private:
    Database& m_database;
    const PresenceTracker& m_presence;
};

} // namespace Atendo

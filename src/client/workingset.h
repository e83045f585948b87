#pragma once

#include "core/messagetemplate.h"
#include "protocol/agentinfo.h"
#include "protocol/conversationinfo.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace Atendo {

// What the console holds of the server's state: the open conversations, the
// roster and the templates. Filled from a snapshot (live or cached) and kept
// current by journalled events; the session signals each change to the models.
class WorkingSet
{
public:
    // A `snapshot` reply ({conversations, agents, templates}); replaces everything.
    void applySnapshot(const QJsonObject& snapshot);
    void reset(const QList<Protocol::ConversationInfo>& conversations,
        const QList<MessageTemplate>& templates, const QList<Protocol::AgentInfo>& agents);

    void upsertConversation(const Protocol::ConversationInfo& conversation);
    // Copies the contact's new state into every conversation with it; returns their ids.
    QList<qint64> applyContact(const Protocol::ContactInfo& contact);
    // Replaces the template with the same id (or name and language), or appends it.
    void upsertTemplate(const MessageTemplate& tmpl);
    void upsertAgent(const Protocol::AgentInfo& agent);
    // False when the agent is unknown.
    bool setPresence(qint64 agentId, const QString& presence);

    // Most recent activity first.
    [[nodiscard]] QList<Protocol::ConversationInfo> conversations() const;
    [[nodiscard]] std::optional<Protocol::ConversationInfo> conversation(qint64 id) const;
    [[nodiscard]] const QList<MessageTemplate>& templates() const { return m_templates; }
    [[nodiscard]] const QList<Protocol::AgentInfo>& agents() const { return m_agents; }
    [[nodiscard]] std::optional<Protocol::AgentInfo> agent(qint64 id) const;

private:
    QHash<qint64, Protocol::ConversationInfo> m_conversations;
    QList<MessageTemplate> m_templates;
    QList<Protocol::AgentInfo> m_agents;
};

} // namespace Atendo

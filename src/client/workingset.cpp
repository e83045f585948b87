#include "client/workingset.h"

#include "client/clientlog.h"

#include <QJsonArray>

#include <algorithm>

namespace Atendo {

using namespace Qt::StringLiterals;

void WorkingSet::applySnapshot(const QJsonObject& snapshot)
{
    QList<Protocol::ConversationInfo> conversations;
    for (const QJsonValue& value : snapshot.value(u"conversations"_s).toArray()) {
        if (auto conversation = Protocol::ConversationInfo::fromJson(value.toObject()))
            conversations.append(std::move(*conversation));
        else
            qCWarning(lcClient) << "snapshot: skipped a malformed conversation";
    }
    QList<MessageTemplate> templates;
    for (const QJsonValue& value : snapshot.value(u"templates"_s).toArray()) {
        QString error;
        if (auto tmpl = MessageTemplate::fromGraphJson(value.toObject(), &error))
            templates.append(std::move(*tmpl));
        else
            qCWarning(lcClient) << "snapshot: skipped a malformed template:" << error;
    }
    QList<Protocol::AgentInfo> agents;
    for (const QJsonValue& value : snapshot.value(u"agents"_s).toArray()) {
        if (auto agent = Protocol::AgentInfo::fromJson(value.toObject()))
            agents.append(std::move(*agent));
    }
    reset(conversations, templates, agents);
}

void WorkingSet::reset(const QList<Protocol::ConversationInfo>& conversations,
    const QList<MessageTemplate>& templates, const QList<Protocol::AgentInfo>& agents)
{
    m_conversations.clear();
    for (const auto& conversation : conversations)
        m_conversations.insert(conversation.id, conversation);
    m_templates = templates;
    m_agents = agents;
}

void WorkingSet::upsertConversation(const Protocol::ConversationInfo& conversation)
{
    m_conversations.insert(conversation.id, conversation);
}

QList<qint64> WorkingSet::applyContact(const Protocol::ContactInfo& contact)
{
    QList<qint64> touched;
    Protocol::ContactInfo listed = contact;
    listed.consentHistory.clear(); // lists carry the contact without its history
    for (auto it = m_conversations.begin(); it != m_conversations.end(); ++it) {
        if (it->contact.id == contact.id && !(it->contact == listed)) {
            it->contact = listed;
            touched.append(it.key());
        }
    }
    return touched;
}

void WorkingSet::upsertTemplate(const MessageTemplate& tmpl)
{
    const auto same = [&tmpl](const MessageTemplate& other) {
        if (!tmpl.id.isEmpty() && !other.id.isEmpty())
            return tmpl.id == other.id;
        return tmpl.name == other.name && tmpl.language == other.language;
    };
    const auto it = std::find_if(m_templates.begin(), m_templates.end(), same);
    if (it != m_templates.end())
        *it = tmpl;
    else
        m_templates.append(tmpl);
}

void WorkingSet::upsertAgent(const Protocol::AgentInfo& agent)
{
    const auto it = std::find_if(
        m_agents.begin(), m_agents.end(), [&agent](const auto& other) { return other.id == agent.id; });
    if (it != m_agents.end())
        *it = agent;
    else
        m_agents.append(agent);
}

bool WorkingSet::setPresence(qint64 agentId, const QString& presence)
{
    for (auto& agent : m_agents) {
        if (agent.id == agentId) {
            agent.presence = presence;
            return true;
        }
    }
    return false;
}

QList<Protocol::ConversationInfo> WorkingSet::conversations() const
{
    QList<Protocol::ConversationInfo> result = m_conversations.values();
    std::sort(result.begin(), result.end(), [](const auto& a, const auto& b) {
        if (a.lastActivityAt != b.lastActivityAt)
            return a.lastActivityAt > b.lastActivityAt;
        return a.id > b.id;
    });
    return result;
}

std::optional<Protocol::ConversationInfo> WorkingSet::conversation(qint64 id) const
{
    const auto it = m_conversations.constFind(id);
    if (it == m_conversations.cend())
        return std::nullopt;
    return *it;
}

std::optional<Protocol::AgentInfo> WorkingSet::agent(qint64 id) const
{
    for (const auto& agent : m_agents) {
        if (agent.id == id)
            return agent;
    }
    return std::nullopt;
}

} // namespace Atendo

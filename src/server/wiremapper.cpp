#include "server/wiremapper.h"

#include "server/presencetracker.h"
#include "store/agentrepository.h"
#include "store/consentrepository.h"
#include "store/contactrepository.h"
#include "store/conversationrepository.h"
#include "store/messagerepository.h"

#include <QJsonDocument>

namespace Atendo {

using namespace Qt::StringLiterals;

WireMapper::WireMapper(Database& database, const PresenceTracker& presence)
    : m_database(database), m_presence(presence)
{ }

Protocol::ContactInfo WireMapper::contact(const ContactRow& row, bool withHistory)
{
    Protocol::ContactInfo info;
    info.id = row.id;
    info.key = row.key;
    info.name = row.name;
    info.phone = row.phone;
    info.waId = row.waId;
    info.userId = row.userId;
    info.consentState = consentStateName(row.consentState);
    info.marketingStopped = row.marketingStopped;
    if (withHistory) {
        const QList<ConsentEvent> events = ConsentRepository(m_database).list(row.id);
        for (const ConsentEvent& event : events) {
            info.consentHistory.append(Protocol::ConsentEventInfo {consentKindName(event.kind),
                consentSourceName(event.source), event.evidence, event.actor, event.at});
        }
    }
    return info;
}

std::optional<Protocol::ContactInfo> WireMapper::contact(qint64 contactId, bool withHistory)
{
    const auto row = ContactRepository(m_database).findById(contactId);
    if (!row)
        return std::nullopt;
    return contact(*row, withHistory);
}

Protocol::ConversationInfo WireMapper::conversation(const ConversationRow& row, const ContactRow& contactRow)
{
    Protocol::ConversationInfo info;
    info.id = row.id;
    info.contact = contact(contactRow);
    info.state = row.state;
    info.assigneeId = row.assigneeId;
    info.lastInboundAt = row.lastInboundAt;
    info.windowExpiresAt = row.windowExpiresAt;
    info.freeEntryPointExpiresAt = row.fepExpiresAt;
    info.lastMessagePreview = row.lastPreview;
    info.lastMessageDirection = row.lastDirection;
    info.lastActivityAt = row.lastActivityAt;
    info.unread = row.unread;
    info.waitingSince = row.waitingSince;
    info.createdAt = row.createdAt;
    return info;
}

std::optional<Protocol::ConversationInfo> WireMapper::conversation(qint64 conversationId)
{
    const auto row = ConversationRepository(m_database).findById(conversationId);
    if (!row)
        return std::nullopt;
    const auto contactRow = ContactRepository(m_database).findById(row->contactId);
    if (!contactRow)
        return std::nullopt;
    return conversation(*row, *contactRow);
}

Protocol::MessageInfo WireMapper::message(const MessageRow& row)
{
    Protocol::MessageInfo info;
    info.id = row.id;
    info.conversationId = row.conversationId;
    info.key = row.idempotencyKey;
    info.direction = row.direction;
    info.kind = row.kind;
    info.text = row.text;
    info.authorId = row.authorId;
    info.wamid = row.wamid;
    info.status = row.status;
    info.errorCode = row.errorCode;
    info.errorMessage = row.errorMessage;
    if (!row.replyTo.isEmpty()) {
        if (const auto quoted = MessageRepository(m_database).findByWamid(row.replyTo))
            info.replyTo = quoted->id;
    }
    const QJsonObject payload = QJsonDocument::fromJson(row.payloadJson.toUtf8()).object();
    info.templ = payload.value(u"template"_s).toObject();
    info.media = payload.value(u"media"_s).toObject();
    info.location = payload.value(u"location"_s).toObject();
    info.reaction = payload.value(u"reaction"_s).toObject();
    info.pricing = QJsonDocument::fromJson(row.pricingJson.toUtf8()).object();
    info.createdAt = row.createdAt;
    info.customerAt = row.customerAt;
    return info;
}

Protocol::AgentInfo WireMapper::agent(const AgentRow& row, int openCount)
{
    Protocol::AgentInfo info;
    info.id = row.id;
    info.username = row.username;
    info.displayName = row.displayName;
    info.role = row.role;
    info.presence = m_presence.presence(row.id);
    info.capacity = row.capacity;
    info.openCount = openCount;
    return info;
}

std::optional<Protocol::AgentInfo> WireMapper::agent(qint64 agentId)
{
    const auto row = AgentRepository(m_database).findById(agentId);
    if (!row)
        return std::nullopt;
    return agent(*row, ConversationRepository(m_database).countOpenByAgent().value(agentId));
}

QList<Protocol::AgentInfo> WireMapper::roster()
{
    const QHash<qint64, int> open = ConversationRepository(m_database).countOpenByAgent();
    QList<Protocol::AgentInfo> agents;
    const QList<AgentRow> rows = AgentRepository(m_database).list();
    for (const AgentRow& row : rows) {
        if (!row.disabled)
            agents.append(agent(row, open.value(row.id)));
    }
    return agents;
}

QJsonObject WireMapper::statusData(const MessageRow& row)
{
    QJsonObject data {{u"message_id"_s, row.id}, {u"conversation_id"_s, row.conversationId},
        {u"status"_s, row.status},
        {u"wamid"_s, row.wamid.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(row.wamid)}};
    if (!row.errorCode.isEmpty())
        data.insert(u"error"_s, QJsonObject {{u"code"_s, row.errorCode}, {u"message"_s, row.errorMessage}});
    const QJsonObject pricing = QJsonDocument::fromJson(row.pricingJson.toUtf8()).object();
    if (!pricing.isEmpty())
        data.insert(u"pricing"_s, pricing);
    return data;
}

} // namespace Atendo

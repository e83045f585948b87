// AgentSession: the conversation and contact ops the console calls.
#include "client/agentsession.h"
#include "client/localcache.h"
#include "protocol/ops.h"

#include <QJsonArray>
#include <QUuid>

namespace Atendo {

using namespace Qt::StringLiterals;

void AgentSession::startConversation(
    qint64 contactId, const MessageTemplate& tmpl, const TemplateParameters& params, ReplyHandler done)
{
    const QJsonObject templ {
        {u"name"_s, tmpl.name}, {u"language"_s, tmpl.language}, {u"params"_s, params.toJson()}};
    const QJsonObject args {{u"contact_id"_s, contactId},
        {u"key"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)}, {u"template"_s, templ}};
    request(Protocol::Op::ConversationStart, args, std::move(done));
}

void AgentSession::claim(qint64 conversationId)
{
    request(Protocol::Op::ConversationClaim, {{u"conversation_id"_s, conversationId}});
}

void AgentSession::transfer(qint64 conversationId, qint64 toAgentId)
{
    request(Protocol::Op::ConversationTransfer,
        {{u"conversation_id"_s, conversationId},
            {u"to_agent_id"_s, toAgentId > 0 ? QJsonValue(toAgentId) : QJsonValue(QJsonValue::Null)}});
}

void AgentSession::resolve(qint64 conversationId)
{
    request(Protocol::Op::ConversationResolve, {{u"conversation_id"_s, conversationId}});
}

void AgentSession::reopen(qint64 conversationId)
{
    request(Protocol::Op::ConversationReopen, {{u"conversation_id"_s, conversationId}});
}

void AgentSession::markRead(qint64 conversationId)
{
    request(Protocol::Op::ConversationRead, {{u"conversation_id"_s, conversationId}});
}

void AgentSession::recordOptOut(qint64 contactId, const QString& evidence)
{
    request(Protocol::Op::ContactOptOut, {{u"contact_id"_s, contactId}, {u"evidence"_s, evidence}},
        [this](const Protocol::Reply& reply) {
            if (!reply.isOk())
                return;
            if (auto contact = Protocol::ContactInfo::fromJson(reply.ok.value(u"contact"_s).toObject())) {
                m_working.applyContact(*contact);
                Q_EMIT contactChanged(*contact);
            }
        });
}

void AgentSession::fetchMessages(qint64 conversationId, qint64 beforeId)
{
    QJsonObject args {{u"conversation_id"_s, conversationId}};
    if (beforeId > 0)
        args.insert(u"before_id"_s, beforeId);
    request(Protocol::Op::MessagesList, args, [this, conversationId, beforeId](const Protocol::Reply& reply) {
        if (!reply.isOk())
            return; // requestFailed tells the model; it may ask again
        QList<Protocol::MessageInfo> messages;
        for (const QJsonValue& value : reply.ok.value(u"items"_s).toArray()) {
            if (auto message = Protocol::MessageInfo::fromJson(value.toObject()))
                messages.append(std::move(*message));
        }
        // Only the newest page is "recent history" worth keeping across restarts.
        if (m_cache && beforeId == 0)
            m_cache->saveMessages(messages);
        Q_EMIT messagesFetched(conversationId, messages, reply.ok.value(u"has_more"_s).toBool());
    });
}

void AgentSession::fetchContact(qint64 contactId)
{
    request(Protocol::Op::ContactGet, {{u"contact_id"_s, contactId}}, [this](const Protocol::Reply& reply) {
        if (!reply.isOk())
            return;
        if (auto contact = Protocol::ContactInfo::fromJson(reply.ok.value(u"contact"_s).toObject()))
            Q_EMIT contactChanged(*contact);
    });
}

void AgentSession::setPresence(const QString& presence)
{
    request(Protocol::Op::PresenceSet, {{u"status"_s, presence}});
}

} // namespace Atendo

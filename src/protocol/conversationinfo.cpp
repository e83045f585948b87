#include "protocol/conversationinfo.h"

#include "protocol/wiretime.h"

namespace Atendo::Protocol {

using namespace Qt::StringLiterals;

QJsonObject ConversationInfo::toJson() const
{
    return {{u"id"_s, id}, {u"contact"_s, contact.toJson()}, {u"state"_s, state},
        {u"assignee_id"_s, assigneeId > 0 ? QJsonValue(assigneeId) : QJsonValue(QJsonValue::Null)},
        {u"window"_s,
            QJsonObject {{u"last_inbound_at"_s, wireTimeOrNull(lastInboundAt)},
                {u"expires_at"_s, wireTimeOrNull(windowExpiresAt)},
                {u"fep_expires_at"_s, wireTimeOrNull(freeEntryPointExpiresAt)}}},
        {u"last_message"_s,
            QJsonObject {{u"preview"_s, lastMessagePreview}, {u"direction"_s, lastMessageDirection},
                {u"at"_s, wireTimeOrNull(lastActivityAt)}}},
        {u"unread"_s, unread}, {u"waiting_since"_s, wireTimeOrNull(waitingSince)},
        {u"created_at"_s, wireTimeOrNull(createdAt)}};
}

std::optional<ConversationInfo> ConversationInfo::fromJson(const QJsonObject& object)
{
    ConversationInfo conversation;
    conversation.id = object.value(u"id"_s).toInteger();
    const auto contact = ContactInfo::fromJson(object.value(u"contact"_s).toObject());
    if (conversation.id <= 0 || !contact)
        return std::nullopt;
    conversation.contact = *contact;
    conversation.state = object.value(u"state"_s).toString(u"open"_s);
    conversation.assigneeId = object.value(u"assignee_id"_s).toInteger();
    const QJsonObject window = object.value(u"window"_s).toObject();
    conversation.lastInboundAt = fromWireTime(window.value(u"last_inbound_at"_s));
    conversation.windowExpiresAt = fromWireTime(window.value(u"expires_at"_s));
    conversation.freeEntryPointExpiresAt = fromWireTime(window.value(u"fep_expires_at"_s));
    const QJsonObject last = object.value(u"last_message"_s).toObject();
    conversation.lastMessagePreview = last.value(u"preview"_s).toString();
    conversation.lastMessageDirection = last.value(u"direction"_s).toString();
    conversation.lastActivityAt = fromWireTime(last.value(u"at"_s));
    conversation.unread = object.value(u"unread"_s).toInt();
    conversation.waitingSince = fromWireTime(object.value(u"waiting_since"_s));
    conversation.createdAt = fromWireTime(object.value(u"created_at"_s));
    return conversation;
}

} // namespace Atendo::Protocol

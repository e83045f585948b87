#include "protocol/messageinfo.h"

#include "protocol/wiretime.h"

namespace Atendo::Protocol {
namespace {

using namespace Qt::StringLiterals;

QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue orNull(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

void insertIfAny(QJsonObject& object, QLatin1StringView key, const QJsonObject& value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

} // namespace

QJsonObject MessageInfo::toJson() const
{
    QJsonObject object {{u"id"_s, id}, {u"conversation_id"_s, conversationId}, {u"key"_s, orNull(key)},
        {u"direction"_s, direction}, {u"kind"_s, kind}, {u"text"_s, text}, {u"author_id"_s, orNull(authorId)},
        {u"wamid"_s, orNull(wamid)}, {u"status"_s, status}, {u"reply_to"_s, orNull(replyTo)},
        {u"created_at"_s, wireTimeOrNull(createdAt)}, {u"customer_at"_s, wireTimeOrNull(customerAt)}};
    if (!errorCode.isEmpty())
        object.insert(u"error"_s, QJsonObject {{u"code"_s, errorCode}, {u"message"_s, errorMessage}});
    insertIfAny(object, "template"_L1, templ);
    insertIfAny(object, "media"_L1, media);
    insertIfAny(object, "location"_L1, location);
    insertIfAny(object, "reaction"_L1, reaction);
    insertIfAny(object, "pricing"_L1, pricing);
    return object;
}

std::optional<MessageInfo> MessageInfo::fromJson(const QJsonObject& object)
{
    MessageInfo message;
    message.id = object.value(u"id"_s).toInteger();
    message.conversationId = object.value(u"conversation_id"_s).toInteger();
    if (message.id <= 0 || message.conversationId <= 0)
        return std::nullopt;
    message.key = object.value(u"key"_s).toString();
    message.direction = object.value(u"direction"_s).toString();
    message.kind = object.value(u"kind"_s).toString(u"text"_s);
    message.text = object.value(u"text"_s).toString();
    message.authorId = object.value(u"author_id"_s).toInteger();
    message.wamid = object.value(u"wamid"_s).toString();
    message.status = object.value(u"status"_s).toString();
    const QJsonObject error = object.value(u"error"_s).toObject();
    message.errorCode = error.value(u"code"_s).toString();
    message.errorMessage = error.value(u"message"_s).toString();
    message.replyTo = object.value(u"reply_to"_s).toInteger();
    message.templ = object.value(u"template"_s).toObject();
    message.media = object.value(u"media"_s).toObject();
    message.location = object.value(u"location"_s).toObject();
    message.reaction = object.value(u"reaction"_s).toObject();
    message.pricing = object.value(u"pricing"_s).toObject();
    message.createdAt = fromWireTime(object.value(u"created_at"_s));
    message.customerAt = fromWireTime(object.value(u"customer_at"_s));
    return message;
}

} // namespace Atendo::Protocol

#include "cloudapi/inboundmessage.h"

#include "cloudapi/inboundcontent.h"
#include "cloudapi/jsonfields.h"

#include <array>
#include <utility>

namespace Atendo {

using namespace Qt::StringLiterals;
using JsonFields::string;

namespace {

constexpr std::array typeNames {
    std::pair {InboundType::Text, "text"},
    std::pair {InboundType::Image, "image"},
    std::pair {InboundType::Video, "video"},
    std::pair {InboundType::Audio, "audio"},
    std::pair {InboundType::Document, "document"},
    std::pair {InboundType::Sticker, "sticker"},
    std::pair {InboundType::Location, "location"},
    std::pair {InboundType::Interactive, "interactive"},
    std::pair {InboundType::Button, "button"},
    std::pair {InboundType::Reaction, "reaction"},
    std::pair {InboundType::Unsupported, "unsupported"},
};

bool isMedia(InboundType type)
{
    return type == InboundType::Image || type == InboundType::Video || type == InboundType::Audio
        || type == InboundType::Document || type == InboundType::Sticker;
}

// The contacts[] entry describing this sender. A user who adopted a username may
// have no wa_id, so the BSUID is tried first; a lone contact is used only when
// the message names nobody at all.
QJsonObject findContact(const QJsonArray& contacts, const QString& waId, const QString& userId)
{
    for (const QJsonValue& value : contacts) {
        const QJsonObject contact = value.toObject();
        if (!userId.isEmpty() && string(contact, "user_id"_L1) == userId)
            return contact;
        if (!waId.isEmpty() && string(contact, "wa_id"_L1) == waId)
            return contact;
    }
    if (waId.isEmpty() && userId.isEmpty() && contacts.size() == 1)
        return contacts.first().toObject();
    return {};
}

void applySender(InboundMessage& message, const QJsonArray& contacts)
{
    const QJsonObject contact = findContact(contacts, message.from, message.fromUserId);
    const QJsonObject profile = JsonFields::object(contact, "profile"_L1);
    if (message.fromUserId.isEmpty())
        message.fromUserId = string(contact, "user_id"_L1);
    if (message.from.isEmpty())
        message.from = string(contact, "wa_id"_L1);
    if (message.parentUserId.isEmpty())
        message.parentUserId = string(contact, "parent_user_id"_L1);
    message.profileName = string(profile, "name"_L1);
    message.username = string(profile, "username"_L1);
    if (message.username.isEmpty())
        message.username = string(contact, "username"_L1);
}

void applyContent(InboundMessage& message, QStringList& warnings)
{
    const QJsonObject& item = message.raw;
    const QJsonObject body = item.value(message.typeName).toObject();
    if (isMedia(message.type)) {
        message.media = InboundContent::media(body);
        message.text = message.media->caption;
        return;
    }
    switch (message.type) {
    case InboundType::Text:
        message.text = string(body, "body"_L1);
        break;
    case InboundType::Location:
        message.location = InboundContent::location(body);
        break;
    case InboundType::Interactive:
        message.interactive = InboundContent::interactive(body);
        if (message.interactive)
            message.text = message.interactive->title;
        else
            warnings << u"message %1: unhandled interactive type '%2'"_s.arg(
                message.wamid, string(body, "type"_L1));
        break;
    case InboundType::Button:
        message.button = InboundContent::button(body);
        message.text = message.button->text;
        break;
    case InboundType::Reaction:
        message.reaction = InboundContent::reaction(body);
        break;
    case InboundType::Unknown:
        warnings << u"message %1: unknown type '%2'"_s.arg(message.wamid, message.typeName);
        break;
    default:
        break;
    }
}

void applyErrors(InboundMessage& message)
{
    const QJsonArray errors = message.raw.value("errors"_L1).toArray();
    for (const QJsonValue& error : errors) {
        if (error.isObject())
            message.errors << CloudApiError::fromWebhookError(error.toObject());
    }
}

} // namespace

InboundType InboundMessage::typeFromName(const QString& name)
{
    for (const auto& [type, text] : typeNames) {
        if (name == QLatin1StringView(text))
            return type;
    }
    return InboundType::Unknown;
}

QString InboundMessage::nameOfType(InboundType type)
{
    for (const auto& [known, text] : typeNames) {
        if (known == type)
            return QString::fromLatin1(text);
    }
    return u"unknown"_s;
}

std::optional<InboundMessage> InboundMessage::fromJson(
    const QJsonValue& item, const QJsonArray& contacts, const WebhookOrigin& origin, QStringList& warnings)
{
    if (!item.isObject()) {
        warnings << u"messages[] item is not an object; skipped"_s;
        return std::nullopt;
    }
    InboundMessage message;
    message.raw = item.toObject();
    message.wamid = string(message.raw, "id"_L1);
    if (message.wamid.isEmpty()) {
        warnings << u"messages[] item without an id; skipped"_s;
        return std::nullopt;
    }
    message.origin = origin;
    message.from = string(message.raw, "from"_L1);
    message.fromUserId = string(message.raw, "from_user_id"_L1);
    message.parentUserId = string(message.raw, "from_parent_user_id"_L1);
    message.timestamp = JsonFields::unixTime(message.raw.value("timestamp"_L1));
    if (!message.timestamp.isValid())
        warnings << u"message %1: missing or unreadable timestamp"_s.arg(message.wamid);
    message.typeName = string(message.raw, "type"_L1);
    message.type = typeFromName(message.typeName);
    applySender(message, contacts);
    applyContent(message, warnings);
    if (message.raw.value("context"_L1).isObject())
        message.context = InboundContent::context(JsonFields::object(message.raw, "context"_L1));
    if (message.raw.value("referral"_L1).isObject())
        message.referral = InboundContent::referral(JsonFields::object(message.raw, "referral"_L1));
    applyErrors(message);
    return message;
}

} // namespace Atendo

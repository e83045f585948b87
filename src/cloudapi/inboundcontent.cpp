#include "cloudapi/inboundcontent.h"

#include "cloudapi/jsonfields.h"

namespace Atendo::InboundContent {

using namespace Qt::StringLiterals;
using JsonFields::string;

InboundMessage::Media media(const QJsonObject& object)
{
    InboundMessage::Media result;
    result.id = string(object, "id"_L1);
    result.mimeType = string(object, "mime_type"_L1);
    result.sha256 = string(object, "sha256"_L1);
    result.caption = string(object, "caption"_L1);
    result.filename = string(object, "filename"_L1);
    result.url = string(object, "url"_L1);
    result.voice = JsonFields::boolean(object, "voice"_L1).value_or(false);
    return result;
}

InboundMessage::Location location(const QJsonObject& object)
{
    InboundMessage::Location result;
    result.latitude = object.value("latitude"_L1).toDouble();
    result.longitude = object.value("longitude"_L1).toDouble();
    result.name = string(object, "name"_L1);
    result.address = string(object, "address"_L1);
    result.url = string(object, "url"_L1);
    return result;
}

std::optional<InboundMessage::InteractiveReply> interactive(const QJsonObject& object)
{
    const QString kind = string(object, "type"_L1);
    if (kind != u"button_reply" && kind != u"list_reply")
        return std::nullopt;
    const QJsonObject reply = object.value(kind).toObject();
    InboundMessage::InteractiveReply result;
    result.kind = kind;
    result.id = string(reply, "id"_L1);
    result.title = string(reply, "title"_L1);
    result.description = string(reply, "description"_L1);
    return result;
}

InboundMessage::Button button(const QJsonObject& object)
{
    return {string(object, "payload"_L1), string(object, "text"_L1)};
}

InboundMessage::Reaction reaction(const QJsonObject& object)
{
    InboundMessage::Reaction result;
    result.messageId = string(object, "message_id"_L1);
    result.emoji = string(object, "emoji"_L1);
    result.removed = result.emoji.isEmpty();
    return result;
}

InboundMessage::Context context(const QJsonObject& object)
{
    InboundMessage::Context result;
    result.from = string(object, "from"_L1);
    result.id = string(object, "id"_L1);
    result.forwarded = JsonFields::boolean(object, "forwarded"_L1).value_or(false);
    result.frequentlyForwarded = JsonFields::boolean(object, "frequently_forwarded"_L1).value_or(false);
    result.referredProduct = JsonFields::object(object, "referred_product"_L1);
    return result;
}

InboundMessage::Referral referral(const QJsonObject& object)
{
    InboundMessage::Referral result;
    result.sourceUrl = string(object, "source_url"_L1);
    result.sourceId = string(object, "source_id"_L1);
    result.sourceType = string(object, "source_type"_L1);
    result.body = string(object, "body"_L1);
    result.headline = string(object, "headline"_L1);
    result.mediaType = string(object, "media_type"_L1);
    result.imageUrl = string(object, "image_url"_L1);
    result.videoUrl = string(object, "video_url"_L1);
    result.thumbnailUrl = string(object, "thumbnail_url"_L1);
    result.ctwaClid = string(object, "ctwa_clid"_L1);
    result.welcomeMessageText = string(JsonFields::object(object, "welcome_message"_L1), "text"_L1);
    return result;
}

} // namespace Atendo::InboundContent

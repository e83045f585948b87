#include "server/inboundmessagerow.h"

#include "store/messagerepository.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Atendo {

using namespace Qt::StringLiterals;

QString InboundMessageRow::kindOf(InboundType type)
{
    switch (type) {
    case InboundType::Text:
        return u"text"_s;
    case InboundType::Image:
        return u"image"_s;
    case InboundType::Video:
        return u"video"_s;
    case InboundType::Audio:
        return u"audio"_s;
    case InboundType::Document:
        return u"document"_s;
    case InboundType::Sticker:
        return u"sticker"_s;
    case InboundType::Location:
        return u"location"_s;
    case InboundType::Interactive:
        return u"interactive"_s;
    case InboundType::Button:
        return u"button"_s;
    case InboundType::Reaction:
        return u"reaction"_s;
    case InboundType::Unsupported:
    case InboundType::Unknown:
        break;
    }
    return u"unsupported"_s;
}

MessageRow InboundMessageRow::from(
    const InboundMessage& message, qint64 conversationId, const QDateTime& now, MessageRepository& messages)
{
    MessageRow row;
    row.conversationId = conversationId;
    row.direction = u"in"_s;
    row.kind = kindOf(message.type);
    row.text = message.text;
    row.wamid = message.wamid;
    row.status = u"received"_s;
    row.createdAt = now;
    row.customerAt = message.timestamp;
    if (message.context)
        row.replyTo = message.context->id;

    QJsonObject payload;
    if (message.media) {
        const InboundMessage::Media& media = *message.media;
        payload.insert(u"media"_s,
            QJsonObject {{u"id"_s, media.id}, {u"mime_type"_s, media.mimeType},
                {u"filename"_s, media.filename}, {u"sha256"_s, media.sha256}, {u"voice"_s, media.voice}});
    }
    if (message.location) {
        const InboundMessage::Location& where = *message.location;
        payload.insert(u"location"_s,
            QJsonObject {{u"latitude"_s, where.latitude}, {u"longitude"_s, where.longitude},
                {u"name"_s, where.name}, {u"address"_s, where.address}, {u"url"_s, where.url}});
    }
    if (message.reaction) {
        const auto target = messages.findByWamid(message.reaction->messageId);
        payload.insert(u"reaction"_s,
            QJsonObject {{u"target_id"_s, target ? target->id : 0},
                {u"emoji"_s, message.reaction->removed ? QString() : message.reaction->emoji}});
        row.text = message.reaction->removed ? QString() : message.reaction->emoji;
    }
    if (message.interactive)
        row.text = message.interactive->title;
    if (message.button)
        row.text = message.button->text;
    if (!payload.isEmpty())
        row.payloadJson = QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    return row;
}

QString InboundMessageRow::preview(const MessageRow& row)
{
    const QString text = row.text.simplified();
    if (!text.isEmpty() && row.kind != u"reaction")
        return text.left(120);
    return u'[' + row.kind + u']';
}

} // namespace Atendo

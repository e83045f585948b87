#include "server/mediaops.h"

#include "cloudapi/mediarules.h"
#include "protocol/argreader.h"
#include "protocol/ops.h"
#include "protocol/wiretime.h"
#include "server/dispatcher.h"
#include "server/mediaendpoint.h"
#include "server/sendservice.h"
#include "store/agentrow.h"
#include "store/database.h"
#include "store/messagerepository.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace Atendo {

using namespace Qt::StringLiterals;
using Protocol::ArgReader;
using Protocol::ErrorCode;
using Protocol::Reply;

MediaOps::MediaOps(const ServerContext& context, MediaEndpoint& endpoint)
    : m_context(context), m_endpoint(endpoint)
{ }

void MediaOps::registerOn(Dispatcher& d)
{
    d.add(Protocol::Op::MediaGet, [this](OpCall& c) { return get(c); });
    d.add(Protocol::Op::MediaUpload, [this](OpCall& c) { return upload(c); });
}

Reply MediaOps::get(OpCall& call)
{
    ArgReader args(call.request.args);
    const qint64 messageId = args.requireId(u"message_id");
    if (!args.ok())
        return call.fail(*args.error());
    const auto message = MessageRepository(*m_context.database).findById(messageId);
    if (!message)
        return call.fail(ErrorCode::NotFound, u"no message %1"_s.arg(messageId));
    const QJsonObject media
        = QJsonDocument::fromJson(message->payloadJson.toUtf8()).object().value(u"media"_s).toObject();
    if (media.value(u"id"_s).toString().isEmpty() && media.value(u"ref"_s).toString().isEmpty())
        return call.fail(ErrorCode::NotFound, u"message %1 has no media"_s.arg(messageId));
    const MediaEndpoint::Link link = m_endpoint.link(messageId);
    return call.ok(QJsonObject {{u"url"_s, link.url.toString()},
        {u"mime_type"_s, media.value(u"mime_type"_s).toString()},
        {u"expires_at"_s, Protocol::toWireTime(link.expiresAt)}});
}

Reply MediaOps::upload(OpCall& call)
{
    ArgReader args(call.request.args);
    const qint64 conversationId = args.requireId(u"conversation_id");
    const QString fileName = args.requireString(u"file_name", 240).trimmed();
    const QString mimeType = args.requireString(u"mime_type", 255).section(u';', 0, 0).trimmed().toLower();
    const qint64 size = args.optionalInteger(u"size", 0, 0, std::numeric_limits<qint64>::max());
    const QString kind = args.optionalString(u"kind", MediaRules::kindOf(mimeType), 16);
    if (!args.ok())
        return call.fail(*args.error());
    if (fileName.isEmpty())
        return call.fail(
            ErrorCode::BadRequest, u"file_name may not be empty"_s, {{u"field"_s, u"file_name"_s}});
    if (!kind.isEmpty() && !SendService::isMediaKind(kind))
        return call.fail(ErrorCode::BadRequest, u"kind must be image, document, audio or video"_s,
            {{u"field"_s, u"kind"_s}});
    if (auto refused = m_context.sends->checkUpload(call.agent(), conversationId, kind, mimeType, size))
        return call.fail(*refused);
    MediaFolder::Entry announced;
    announced.fileName = QFileInfo(fileName).fileName();
    announced.mimeType = mimeType;
    announced.kind = kind;
    announced.size = size;
    announced.conversationId = conversationId;
    announced.agentId = call.agent().id;
    const MediaEndpoint::Link link = m_endpoint.uploadLink(announced);
    return call.ok(
        QJsonObject {{u"url"_s, link.url.toString()}, {u"expires_at"_s, Protocol::toWireTime(link.expiresAt)},
            {u"kind"_s, kind}, {u"max_bytes"_s, MediaRules::maxBytes(kind)}});
}

} // namespace Atendo

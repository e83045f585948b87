#include "server/mediaops.h"

#include "protocol/argreader.h"
#include "protocol/ops.h"
#include "protocol/wiretime.h"
#include "server/dispatcher.h"
#include "server/mediaendpoint.h"
#include "store/database.h"
#include "store/messagerepository.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Atendo {

using namespace Qt::StringLiterals;
using Protocol::ArgReader;
using Protocol::ErrorCode;
using Protocol::Reply;

MediaOps::MediaOps(const ServerContext& context, const MediaEndpoint& endpoint)
    : m_context(context), m_endpoint(endpoint)
{ }

void MediaOps::registerOn(Dispatcher& d)
{
    d.add(Protocol::Op::MediaGet, [this](OpCall& c) { return get(c); });
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
    if (media.value(u"id"_s).toString().isEmpty())
        return call.fail(ErrorCode::NotFound, u"message %1 has no media"_s.arg(messageId));
    const MediaEndpoint::Link link = m_endpoint.link(messageId);
    return call.ok(QJsonObject {{u"url"_s, link.url.toString()},
        {u"mime_type"_s, media.value(u"mime_type"_s).toString()},
        {u"expires_at"_s, Protocol::toWireTime(link.expiresAt)}});
}

} // namespace Atendo

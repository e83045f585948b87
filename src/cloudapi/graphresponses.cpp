// The response readers of GraphRequests, kept apart from the request builders.
#include "cloudapi/graphrequests.h"
#include "cloudapi/jsonfields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Atendo {

using namespace Qt::StringLiterals;
using JsonFields::string;

namespace {

bool isSuccess(int httpStatus)
{
    return httpStatus >= 200 && httpStatus < 300;
}

// A body that is an error object, or any non-2xx answer, is an error whatever
// else it holds.
std::optional<CloudApiError> errorOf(int httpStatus, const QByteArray& body, const QJsonObject& root)
{
    if (root.value("error"_L1).isObject() || !isSuccess(httpStatus))
        return CloudApiError::fromGraphBody(httpStatus, body);
    return std::nullopt;
}

CloudApiError malformed(int httpStatus, const QByteArray& body, const QString& what)
{
    CloudApiError error = CloudApiError::fromGraphBody(httpStatus, body);
    error.message = u"Graph API answered without %1"_s.arg(what);
    return error;
}

} // namespace

SendResult GraphRequests::parseSendResponse(int httpStatus, const QByteArray& body)
{
    SendResult result;
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    if ((result.error = errorOf(httpStatus, body, root)))
        return result;
    const QJsonObject message = root.value("messages"_L1).toArray().first().toObject();
    const QJsonObject contact = root.value("contacts"_L1).toArray().first().toObject();
    result.wamid = string(message, "id"_L1);
    result.messageStatus = string(message, "message_status"_L1);
    result.input = string(contact, "input"_L1);
    result.waId = string(contact, "wa_id"_L1);
    result.userId = string(contact, "user_id"_L1);
    if (result.wamid.isEmpty())
        result.error = malformed(httpStatus, body, u"a message id"_s);
    return result;
}

TemplatePage GraphRequests::parseTemplatePage(const QByteArray& body, int httpStatus)
{
    TemplatePage page;
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    if ((page.error = errorOf(httpStatus, body, root)))
        return page;
    if (!root.value("data"_L1).isArray()) {
        page.error = malformed(httpStatus, body, u"a data array"_s);
        return page;
    }
    const QJsonArray data = root.value("data"_L1).toArray();
    for (const QJsonValue& node : data) {
        if (node.isObject())
            page.templates << node.toObject();
    }
    // The cursor is present even on the last page; only paging.next says there is more.
    const QJsonObject paging = JsonFields::object(root, "paging"_L1);
    if (!string(paging, "next"_L1).isEmpty())
        page.nextCursor = string(JsonFields::object(paging, "cursors"_L1), "after"_L1);
    return page;
}

MediaInfo GraphRequests::parseMediaInfo(const QByteArray& body, int httpStatus)
{
    MediaInfo info;
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    if ((info.error = errorOf(httpStatus, body, root)))
        return info;
    info.id = string(root, "id"_L1);
    info.url = QUrl(string(root, "url"_L1));
    info.mimeType = string(root, "mime_type"_L1);
    info.sha256 = string(root, "sha256"_L1);
    bool sizeOk = false;
    const qint64 size = string(root, "file_size"_L1).toLongLong(&sizeOk);
    info.fileSize = sizeOk ? size : -1;
    if (!info.url.isValid() || info.url.isRelative())
        info.error = malformed(httpStatus, body, u"a download url"_s);
    return info;
}

} // namespace Atendo

// The media upload and media message parts of GraphRequests.
#include "cloudapi/graphrequests.h"
#include "cloudapi/jsonfields.h"
#include "cloudapi/mediarules.h"

#include <QHttpMultiPart>
#include <QJsonDocument>

namespace Atendo {

using namespace Qt::StringLiterals;

namespace {

QHttpPart textPart(const QByteArray& name, const QByteArray& value)
{
    QHttpPart part;
    part.setRawHeader("Content-Disposition", "form-data; name=\"" + name + '"');
    part.setBody(value);
    return part;
}

// Quotes would end the header value early; a file name is only a label to Meta.
QByteArray headerSafe(const QString& fileName)
{
    QByteArray name = fileName.toUtf8();
    name.replace('"', '\'');
    name.replace('\r', ' ');
    name.replace('\n', ' ');
    return name.isEmpty() ? QByteArrayLiteral("file") : name;
}

} // namespace

QNetworkRequest GraphRequests::mediaUploadRequest() const
{
    return authorized(graphUrl(m_settings.phoneNumberId, u"media"_s));
}

QJsonObject GraphRequests::mediaMessage(const QString& toE164, const QString& kind, const QString& mediaId,
    const QString& caption, const QString& fileName, const QString& bizOpaque)
{
    QJsonObject media {{u"id"_s, mediaId}};
    if (!caption.isEmpty() && MediaRules::takesCaption(kind))
        media.insert(u"caption"_s, caption);
    if (!fileName.isEmpty() && kind == u"document")
        media.insert(u"filename"_s, fileName);
    QJsonObject message {
        {u"messaging_product"_s, u"whatsapp"_s},
        {u"recipient_type"_s, u"individual"_s},
        {u"to"_s, toE164},
        {u"type"_s, kind},
        {kind, media},
    };
    if (!bizOpaque.isEmpty())
        message.insert(u"biz_opaque_callback_data"_s, bizOpaque);
    return message;
}

QHttpMultiPart* GraphRequests::mediaUploadBody(
    const QByteArray& bytes, const QString& mimeType, const QString& fileName, QObject* parent)
{
    auto* multi = new QHttpMultiPart(QHttpMultiPart::FormDataType, parent);
    multi->append(textPart("messaging_product", "whatsapp"));
    multi->append(textPart("type", mimeType.toUtf8()));
    QHttpPart file;
    file.setRawHeader(
        "Content-Disposition", "form-data; name=\"file\"; filename=\"" + headerSafe(fileName) + '"');
    file.setRawHeader("Content-Type", mimeType.toUtf8());
    file.setBody(bytes);
    multi->append(file);
    return multi;
}

MediaInfo GraphRequests::parseMediaUpload(const QByteArray& body, int httpStatus)
{
    MediaInfo info;
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    if (root.value("error"_L1).isObject() || httpStatus < 200 || httpStatus >= 300) {
        info.error = CloudApiError::fromGraphBody(httpStatus, body);
        return info;
    }
    info.id = JsonFields::string(root, "id"_L1);
    if (info.id.isEmpty()) {
        info.error = CloudApiError::fromGraphBody(httpStatus, body);
        info.error->message = u"Graph API answered the upload without a media id"_s;
    }
    return info;
}

} // namespace Atendo

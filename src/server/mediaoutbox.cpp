#include "server/mediaoutbox.h"

#include "cloudapi/graphrequests.h"
#include "server/serverlogging.h"

#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace Atendo {

using namespace Qt::StringLiterals;

MediaOutbox::MediaOutbox(
    const MediaFolder& folder, const GraphRequests& graph, QNetworkAccessManager& network, QObject* parent)
    : QObject(parent), m_folder(folder), m_graph(graph), m_network(network)
{ }

QByteArray MediaOutbox::request(const QString& ref, const QJsonObject& message)
{
    const QJsonObject envelope {{u"media_upload"_s, QJsonObject {{u"ref"_s, ref}}}, {u"message"_s, message}};
    return QJsonDocument(envelope).toJson(QJsonDocument::Compact);
}

std::optional<MediaOutbox::Queued> MediaOutbox::parse(const QString& requestJson)
{
    // Cheap test first: most of the outbox is text and templates.
    if (!requestJson.startsWith(u"{\"media_upload\""_s))
        return std::nullopt;
    const QJsonObject root = QJsonDocument::fromJson(requestJson.toUtf8()).object();
    const QString ref = root.value(u"media_upload"_s).toObject().value(u"ref"_s).toString();
    if (ref.isEmpty() || !root.value(u"message"_s).isObject())
        return std::nullopt;
    return Queued {ref, root.value(u"message"_s).toObject()};
}

QByteArray MediaOutbox::messageBody(const Queued& queued, const QString& mediaId)
{
    QJsonObject message = queued.message;
    const QString kind = message.value(u"type"_s).toString();
    QJsonObject media = message.value(kind).toObject();
    media.insert(u"id"_s, mediaId);
    message.insert(kind, media);
    return QJsonDocument(message).toJson(QJsonDocument::Compact);
}

bool MediaOutbox::has(const QString& ref) const
{
    return m_folder.find(ref).has_value() && m_folder.bytes(ref).has_value();
}

void MediaOutbox::resolve(const QString& ref, const Done& done)
{
    const auto entry = m_folder.find(ref);
    const auto bytes = entry ? m_folder.bytes(ref) : std::nullopt;
    if (!entry || !bytes) {
        done({}, CloudApiError::network(u"the file to send is no longer on the server"_s));
        return;
    }
    if (!entry->graphMediaId.isEmpty()) {
        done(entry->graphMediaId, std::nullopt);
        return;
    }
    ++m_uploads;
    QHttpMultiPart* body = GraphRequests::mediaUploadBody(*bytes, entry->mimeType, entry->fileName, nullptr);
    QNetworkReply* reply = m_network.post(m_graph.mediaUploadRequest(), body);
    body->setParent(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, ref, done] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0) {
            done({}, CloudApiError::network(reply->errorString()));
            return;
        }
        const MediaInfo uploaded = GraphRequests::parseMediaUpload(reply->readAll(), status);
        if (!uploaded.ok()) {
            qCInfo(lcOutbox) << "media upload of" << ref << "refused:" << uploaded.error->code
                             << uploaded.error->message;
            done({}, uploaded.error);
            return;
        }
        // Kept before anything else happens: from here on a retry sends by id.
        if (!m_folder.setGraphMediaId(ref, uploaded.id))
            qCWarning(lcOutbox) << "media id of" << ref << "could not be kept; a retry would upload again";
        done(uploaded.id, std::nullopt);
    });
}

} // namespace Atendo

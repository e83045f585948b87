#include "server/mediaendpoint.h"

#include "core/clock.h"
#include "server/serverconfig.h"
#include "server/serverlogging.h"
#include "store/database.h"
#include "store/messagerepository.h"

#include <QHttpServer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkReply>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QUrlQuery>

namespace Atendo {

using namespace Qt::StringLiterals;
using Status = QHttpServerResponder::StatusCode;

struct MediaEndpoint::PendingReply
{
    explicit PendingReply(QHttpServerResponder&& r) : responder(std::move(r)), socket(responder.socket()) { }

    void send(const QByteArray& body, const QByteArray& mimeType, Status status)
    {
        if (!socket)
            return;
        responder.write(
            body, {{"Content-Type"_ba, mimeType}, {"Cache-Control"_ba, "private, no-store"_ba}}, status);
    }

    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket;
};

namespace {

GraphRequests::Settings graphSettings(const ServerConfig& config)
{
    GraphRequests::Settings settings;
    settings.baseUrl = config.graphBaseUrl;
    settings.apiVersion = config.graphApiVersion;
    settings.phoneNumberId = config.phoneNumberId;
    settings.wabaId = config.wabaId;
    settings.accessToken = config.accessToken;
    return settings;
}

QByteArray randomSecret()
{
    QByteArray secret(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(secret.data()), secret.size() / 4);
    return secret;
}

// Compares in time independent of where the first difference is.
bool sameBytes(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace

MediaEndpoint::MediaEndpoint(
    const ServerContext& context, QHttpServer& http, std::function<quint16()> port, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_port(std::move(port))
    , m_secret(randomSecret())
    , m_graph(graphSettings(*context.config))
    , m_folder(context.config->resolvedMediaDirectory())
{
    http.route(u"/media/upload/<arg>"_s, QHttpServerRequest::Method::Post,
        [this](const QString& token, const QHttpServerRequest& request, QHttpServerResponder&& responder) {
            receive(token, request, std::move(responder));
        });
    http.route(u"/media/<arg>"_s, QHttpServerRequest::Method::Get,
        [this](const QString& messageId, const QHttpServerRequest& request,
            QHttpServerResponder&& responder) { serve(messageId, request, std::move(responder)); });
}

MediaEndpoint::~MediaEndpoint() = default;

QUrl MediaEndpoint::baseUrl() const
{
    if (m_context.config->publicHttpUrl.isValid() && !m_context.config->publicHttpUrl.isEmpty())
        return m_context.config->publicHttpUrl;
    const QHostAddress& address = m_context.config->httpAddress;
    const bool any = address == QHostAddress::Any || address == QHostAddress::AnyIPv6
        || address == QHostAddress::AnyIPv4;
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(any ? u"localhost"_s : address.toString());
    url.setPort(m_port());
    return url;
}

QByteArray MediaEndpoint::signature(qint64 messageId, qint64 expires) const
{
    return QMessageAuthenticationCode::hash(QByteArray::number(messageId) + '.' + QByteArray::number(expires),
        m_secret, QCryptographicHash::Sha256)
        .toHex();
}

MediaEndpoint::Link MediaEndpoint::link(qint64 messageId) const
{
    const QDateTime expiresAt = m_context.clock->now().addSecs(LinkSeconds);
    const qint64 expires = expiresAt.toSecsSinceEpoch();
    QUrl url = baseUrl();
    url.setPath(
        url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + u"/media/"_s + QString::number(messageId));
    QUrlQuery query;
    query.addQueryItem(u"expires"_s, QString::number(expires));
    query.addQueryItem(u"sig"_s, QString::fromLatin1(signature(messageId, expires)));
    url.setQuery(query);
    return Link {url, QDateTime::fromSecsSinceEpoch(expires, Qt::UTC)};
}

bool MediaEndpoint::validLink(qint64 messageId, const QHttpServerRequest& request) const
{
    const QUrlQuery query = request.query();
    bool ok = false;
    const qint64 expires = query.queryItemValue(u"expires"_s).toLongLong(&ok);
    if (!ok || expires < m_context.clock->now().toSecsSinceEpoch())
        return false;
    return sameBytes(signature(messageId, expires), query.queryItemValue(u"sig"_s).toLatin1());
}

void MediaEndpoint::serve(
    const QString& messageId, const QHttpServerRequest& request, QHttpServerResponder&& responder)
{
    auto reply = std::make_shared<PendingReply>(std::move(responder));
    bool ok = false;
    const qint64 id = messageId.toLongLong(&ok);
    if (!ok || !validLink(id, request)) {
        qCInfo(lcWebhook) << "media link refused for message" << messageId;
        reply->send("expired or invalid link\n"_ba, "text/plain"_ba, Status::Forbidden);
        return;
    }
    const auto message = MessageRepository(*m_context.database).findById(id);
    const QJsonObject media = message
        ? QJsonDocument::fromJson(message->payloadJson.toUtf8()).object().value(u"media"_s).toObject()
        : QJsonObject {};
    const QString mediaId = media.value(u"id"_s).toString();
    const QString ref = media.value(u"ref"_s).toString();
    if (mediaId.isEmpty() && !ref.isEmpty()) {
        const auto bytes = m_folder.bytes(ref);
        if (bytes)
            reply->send(*bytes, media.value(u"mime_type"_s).toString().toUtf8(), Status::Ok);
        else
            reply->send("media not available\n"_ba, "text/plain"_ba, Status::NotFound);
        return;
    }
    if (mediaId.isEmpty()) {
        reply->send("no media\n"_ba, "text/plain"_ba, Status::NotFound);
        return;
    }
    fetch(mediaId, reply);
}

void MediaEndpoint::fetch(const QString& mediaId, const std::shared_ptr<PendingReply>& reply)
{
    QNetworkReply* info = m_network.get(m_graph.mediaInfoRequest(mediaId));
    connect(info, &QNetworkReply::finished, this, [this, info, reply, mediaId] {
        info->deleteLater();
        const int status = info->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const MediaInfo media = GraphRequests::parseMediaInfo(info->readAll(), status);
        if (!media.ok() || !media.url.isValid()) {
            qCWarning(lcWebhook) << "media" << mediaId << "not available from Meta:"
                                 << (media.error ? media.error->message : info->errorString());
            reply->send("media not available\n"_ba, "text/plain"_ba, Status::BadGateway);
            return;
        }
        download(media.url, media.mimeType, reply);
    });
}

void MediaEndpoint::download(
    const QUrl& url, const QString& mimeType, const std::shared_ptr<PendingReply>& reply)
{
    QNetworkReply* bytes = m_network.get(m_graph.mediaDownloadRequest(url));
    connect(bytes, &QNetworkReply::finished, this, [bytes, reply, mimeType] {
        bytes->deleteLater();
        const int status = bytes->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 200) {
            qCWarning(lcWebhook) << "media download failed:" << status << bytes->errorString();
            reply->send("media not available\n"_ba, "text/plain"_ba, Status::BadGateway);
            return;
        }
        const QByteArray type = mimeType.isEmpty() ? "application/octet-stream"_ba : mimeType.toUtf8();
        reply->send(bytes->readAll(), type, Status::Ok);
    });
}

} // namespace Atendo

#pragma once

#include "cloudapi/graphrequests.h"
#include "server/mediafolder.h"
#include "server/servercontext.h"

#include <QDateTime>
#include <QHash>
#include <QHttpServerResponder>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

class QHttpServer;
class QHttpServerRequest;

namespace Atendo {

// Customers' photos and documents, served to consoles on the HTTP port under
// short-lived signed links: GET /media/<message id>?expires=<unix>&sig=<hex>,
// where sig is the HMAC-SHA256 of "<message id>.<expires>" with a secret made
// at start (so links die with the process, too). Meta's media is fetched on
// demand (media node, then its URL with the Bearer token) and never stored;
// files agents sent are served from the server's media folder.
//
// Files agents send come in the other way: media.upload hands out a one-time
// URL, POST /media/upload/<token>, good for a few minutes and for exactly the
// file announced (type and size); its answer is the media_ref message.send takes.
class MediaEndpoint : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MediaEndpoint)

public:
    static constexpr qint64 LinkSeconds = 300;

    struct Link
    {
        QUrl url;
        QDateTime expiresAt;
    };

    // `port` tells the HTTP port once it listens (for the links' base URL).
    MediaEndpoint(const ServerContext& context, QHttpServer& http, std::function<quint16()> port,
        QObject* parent = nullptr);
    ~MediaEndpoint() override;

    [[nodiscard]] Link link(qint64 messageId) const;
    // A single-use upload URL for the file `announced` describes (ref empty).
    [[nodiscard]] Link uploadLink(const MediaFolder::Entry& announced);

private:
    struct UploadTicket
    {
        MediaFolder::Entry announced;
        QDateTime expiresAt;
    };

    void receive(const QString& token, const QHttpServerRequest& request, QHttpServerResponder&& responder);
    void serve(const QString& messageId, const QHttpServerRequest& request, QHttpServerResponder&& responder);
    [[nodiscard]] bool validLink(qint64 messageId, const QHttpServerRequest& request) const;
    [[nodiscard]] QByteArray signature(qint64 messageId, qint64 expires) const;
    [[nodiscard]] QUrl baseUrl() const;
    // A console's GET waiting for Meta; the socket may close meanwhile.
    struct PendingReply;
    void fetch(const QString& mediaId, const std::shared_ptr<PendingReply>& reply);
    void download(const QUrl& url, const QString& mimeType, const std::shared_ptr<PendingReply>& reply);

    ServerContext m_context;
    std::function<quint16()> m_port;
    QByteArray m_secret;
    GraphRequests m_graph;
    QNetworkAccessManager m_network;
    MediaFolder m_folder;
    QHash<QString, UploadTicket> m_tickets;
};

} // namespace Atendo

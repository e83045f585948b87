#include "console/mediathumbnails.h"

#include "client/agentsession.h"
#include "protocol/ops.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace Atendo {

namespace {
// Photos are downloaded whole; anything bigger than Meta's 5 MB image limit
// (plus headroom) is not a photo worth decoding for a preview.
constexpr qint64 MaxDownloadBytes = 8 * 1024 * 1024;
} // namespace

MediaThumbnails::MediaThumbnails(QObject* parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this))
{
    // Cost is in KiB of pixels: about 32 MiB of previews.
    m_cache.setMaxCost(32 * 1024);
}

MediaThumbnails::~MediaThumbnails() = default;

QImage MediaThumbnails::cached(qint64 messageId) const
{
    const QImage* image = m_cache.object(messageId);
    return image ? *image : QImage();
}

QImage MediaThumbnails::thumbnail(qint64 messageId)
{
    if (const QImage* image = m_cache.object(messageId))
        return *image;
    if (!m_session || messageId <= 0 || m_requested.contains(messageId))
        return {};
    m_requested.insert(messageId);
    m_session->request(Protocol::Op::MediaGet, {{QStringLiteral("message_id"), messageId}},
        [this, messageId](const Protocol::Reply& reply) {
            if (reply.isOk())
                download(messageId, QUrl(reply.ok.value(QStringLiteral("url")).toString()));
        });
    return {};
}

void MediaThumbnails::download(qint64 messageId, const QUrl& url)
{
    QNetworkReply* reply = m_network->get(QNetworkRequest(url));
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > MaxDownloadBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, messageId] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError)
            return;
        QImage image;
        if (!image.loadFromData(reply->readAll()))
            return;
        if (image.width() > MaxSize.width() || image.height() > MaxSize.height())
            image = image.scaled(MaxSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        const qsizetype cost = qMax<qsizetype>(1, image.sizeInBytes() / 1024);
        m_cache.insert(messageId, new QImage(std::move(image)), cost);
        Q_EMIT thumbnailReady(messageId);
    });
}

} // namespace Atendo

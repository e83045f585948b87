#pragma once

#include <QCache>
#include <QImage>
#include <QObject>
#include <QSet>

class QNetworkAccessManager;

namespace Atendo {

class AgentSession;

// Small previews of the photos in a conversation, fetched on demand: the
// first paint of a photo asks the server for its signed link (media.get),
// downloads it once and keeps a scaled copy, so bubbles show the picture
// instead of a placeholder. Failed fetches are not retried while the console runs.
class MediaThumbnails : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MediaThumbnails)

public:
    // The largest preview kept: a bubble's photo area is at most this big.
    static constexpr QSize MaxSize {360, 180};

    explicit MediaThumbnails(QObject* parent = nullptr);
    ~MediaThumbnails() override;

    void setSession(AgentSession* session) { m_session = session; }

    // The preview when it is here; otherwise starts fetching it (once) and
    // returns a null image; thumbnailReady() follows.
    [[nodiscard]] QImage thumbnail(qint64 messageId);
    [[nodiscard]] QImage cached(qint64 messageId) const;

Q_SIGNALS:
    void thumbnailReady(qint64 messageId);

private:
    void download(qint64 messageId, const QUrl& url);

    AgentSession* m_session {nullptr};
    QNetworkAccessManager* m_network;
    QCache<qint64, QImage> m_cache;
    QSet<qint64> m_requested;
};

} // namespace Atendo

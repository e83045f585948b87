#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

class QRandomGenerator;

namespace Atendo {

struct StoredMedia
{
    QString id;
    QByteArray bytes;
    QString mimeType;
    QString fileName;
    QString sha256; // lowercase hex
    bool uploaded = false; // the business uploaded it (POST /{phone}/media)

    // GET /{version}/{media_id}: {url, mime_type, sha256, file_size, id, messaging_product}.
    [[nodiscard]] QJsonObject toGraphJson(const QUrl& downloadUrl) const;
};

// Media customers "sent" and media the business uploaded to send: each gets
// its own id; the bytes are served under the sandbox, only with the Bearer
// token (as Meta's lookaside URLs need it).
class MediaStore
{
public:
    explicit MediaStore(QRandomGenerator& random);

    // Returns the new media id.
    QString add(const QByteArray& bytes, const QString& mimeType, const QString& fileName);
    // The business's upload; returns the new media id.
    QString upload(const QByteArray& bytes, const QString& mimeType, const QString& fileName);
    // Ids of the business's uploads, oldest first.
    [[nodiscard]] const QStringList& uploads() const { return m_uploads; }
    [[nodiscard]] std::optional<StoredMedia> find(const QString& id) const;

    // Where the bytes of `id` are served, under the sandbox at `base`.
    [[nodiscard]] static QUrl downloadUrl(const QUrl& base, const StoredMedia& media);

private:
    QRandomGenerator& m_random;
    QHash<QString, StoredMedia> m_media;
    QStringList m_uploads;
};

} // namespace Atendo

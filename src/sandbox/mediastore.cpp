#include "sandbox/mediastore.h"

#include "sandbox/wamid.h"

#include <QCryptographicHash>
#include <QUrlQuery>

namespace Atendo {

using namespace Qt::StringLiterals;

QJsonObject StoredMedia::toGraphJson(const QUrl& downloadUrl) const
{
    return QJsonObject {
        {u"url"_s, downloadUrl.toString(QUrl::FullyEncoded)},
        {u"mime_type"_s, mimeType},
        {u"sha256"_s, sha256},
        {u"file_size"_s, bytes.size()},
        {u"id"_s, id},
        {u"messaging_product"_s, u"whatsapp"_s},
    };
}

MediaStore::MediaStore(QRandomGenerator& random) : m_random(random)
{ }

QString MediaStore::add(const QByteArray& bytes, const QString& mimeType, const QString& fileName)
{
    StoredMedia media;
    media.id = Wamid::graphId(m_random);
    media.bytes = bytes;
    media.mimeType = mimeType;
    media.fileName = fileName;
    media.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    m_media.insert(media.id, media);
    return media.id;
}

QString MediaStore::upload(const QByteArray& bytes, const QString& mimeType, const QString& fileName)
{
    const QString id = add(bytes, mimeType, fileName);
    m_media[id].uploaded = true;
    m_uploads.append(id);
    return id;
}

std::optional<StoredMedia> MediaStore::find(const QString& id) const
{
    const auto it = m_media.constFind(id);
    if (it == m_media.constEnd())
        return std::nullopt;
    return *it;
}

QUrl MediaStore::downloadUrl(const QUrl& base, const StoredMedia& media)
{
    QUrl url = base;
    url.setPath(u"/whatsapp_business/attachments/"_s);
    QUrlQuery query;
    query.addQueryItem(u"mid"_s, media.id);
    query.addQueryItem(u"ext"_s, media.fileName.section(u'.', -1));
    query.addQueryItem(u"hash"_s, media.sha256.left(16));
    url.setQuery(query);
    return url;
}

} // namespace Atendo

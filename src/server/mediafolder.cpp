#include "server/mediafolder.h"

#include "server/serverlogging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>

namespace Atendo {

using namespace Qt::StringLiterals;

QJsonObject MediaFolder::Entry::toJson() const
{
    return QJsonObject {{u"ref"_s, ref}, {u"filename"_s, fileName}, {u"mime_type"_s, mimeType},
        {u"kind"_s, kind}, {u"size"_s, size}, {u"sha256"_s, sha256}, {u"conversation_id"_s, conversationId},
        {u"agent_id"_s, agentId}, {u"graph_media_id"_s, graphMediaId}};
}

MediaFolder::Entry MediaFolder::Entry::fromJson(const QJsonObject& o)
{
    Entry e;
    e.ref = o.value(u"ref"_s).toString();
    e.fileName = o.value(u"filename"_s).toString();
    e.mimeType = o.value(u"mime_type"_s).toString();
    e.kind = o.value(u"kind"_s).toString();
    e.size = o.value(u"size"_s).toInteger();
    e.sha256 = o.value(u"sha256"_s).toString();
    e.conversationId = o.value(u"conversation_id"_s).toInteger();
    e.agentId = o.value(u"agent_id"_s).toInteger();
    e.graphMediaId = o.value(u"graph_media_id"_s).toString();
    return e;
}

MediaFolder::MediaFolder(QString directory) : m_directory(std::move(directory))
{ }

bool MediaFolder::isRef(const QString& ref)
{
    // Refs become file names: anything else could walk out of the folder.
    static const QRegularExpression pattern(u"^[0-9a-f]{32}$"_s);
    return pattern.match(ref).hasMatch();
}

QString MediaFolder::path(const QString& ref, const QString& suffix) const
{
    return m_directory + u'/' + ref + suffix;
}

bool MediaFolder::writeEntry(const Entry& entry) const
{
    QSaveFile file(path(entry.ref, u".json"_s));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact));
    return file.commit();
}

bool MediaFolder::store(Entry& entry, const QByteArray& bytes, QString* error)
{
    if (!QDir().mkpath(m_directory)) {
        *error = u"cannot create the media folder %1"_s.arg(m_directory);
        return false;
    }
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    entry.ref = QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(words), sizeof(words)).toHex());
    entry.size = bytes.size();
    entry.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QSaveFile file(path(entry.ref, u".bin"_s));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()
        || !writeEntry(entry)) {
        *error = u"cannot write to the media folder %1"_s.arg(m_directory);
        qCWarning(lcServer) << *error;
        return false;
    }
    return true;
}

std::optional<MediaFolder::Entry> MediaFolder::find(const QString& ref) const
{
    if (!isRef(ref))
        return std::nullopt;
    QFile file(path(ref, u".json"_s));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    if (!doc.isObject())
        return std::nullopt;
    return Entry::fromJson(doc.object());
}

std::optional<QByteArray> MediaFolder::bytes(const QString& ref) const
{
    if (!isRef(ref))
        return std::nullopt;
    QFile file(path(ref, u".bin"_s));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

bool MediaFolder::setGraphMediaId(const QString& ref, const QString& mediaId)
{
    auto entry = find(ref);
    if (!entry)
        return false;
    entry->graphMediaId = mediaId;
    return writeEntry(*entry);
}

} // namespace Atendo

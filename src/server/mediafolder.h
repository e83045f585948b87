#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Atendo {

// Files agents upload before sending them, kept on disk (never in the
// database) as <ref>.bin with a <ref>.json beside it. The JSON also remembers
// Meta's media id once the outbox uploaded the file, so a retried send never
// uploads it again.
class MediaFolder
{
public:
    struct Entry
    {
        QString ref; // 32 lowercase hex digits
        QString fileName;
        QString mimeType;
        QString kind; // image | document | audio | video
        qint64 size = 0;
        QString sha256;
        qint64 conversationId = 0;
        qint64 agentId = 0;
        QString graphMediaId; // empty until uploaded to Meta

        [[nodiscard]] QJsonObject toJson() const;
        [[nodiscard]] static Entry fromJson(const QJsonObject& object);
    };

    explicit MediaFolder(QString directory);

    [[nodiscard]] const QString& directory() const { return m_directory; }

    // Writes the bytes and their entry under a fresh ref (filled in); false
    // with *error when the disk refused.
    bool store(Entry& entry, const QByteArray& bytes, QString* error);
    [[nodiscard]] std::optional<Entry> find(const QString& ref) const;
    [[nodiscard]] std::optional<QByteArray> bytes(const QString& ref) const;
    bool setGraphMediaId(const QString& ref, const QString& mediaId);

    [[nodiscard]] static bool isRef(const QString& ref);

private:
    [[nodiscard]] QString path(const QString& ref, const QString& suffix) const;
    bool writeEntry(const Entry& entry) const;

    QString m_directory;
};

} // namespace Atendo

#pragma once

#include <QString>
#include <QStringList>

namespace Atendo {

// Meta's rules for media a business sends (Cloud API "Supported media types"):
// the MIME types each message kind accepts and their size limits. The server
// checks them before a byte is uploaded, the sandbox enforces them on upload.
class MediaRules
{
public:
    enum class Verdict
    {
        Ok,
        UnsupportedType, // no message kind takes this MIME type
        WrongKind, // the MIME type belongs to another kind (a PDF sent as an image)
        Empty,
        TooLarge,
    };

    // "image", "document", "audio" or "video" for a supported MIME type; empty otherwise.
    [[nodiscard]] static QString kindOf(const QString& mimeType);
    // Bytes allowed for a kind (0 for an unknown kind).
    [[nodiscard]] static qint64 maxBytes(const QString& kind);
    [[nodiscard]] static QStringList mimeTypes(const QString& kind);
    // Every kind that can carry a caption (audio cannot).
    [[nodiscard]] static bool takesCaption(const QString& kind);
    // `kind` empty: any kind the MIME type belongs to.
    [[nodiscard]] static Verdict check(const QString& mimeType, qint64 size, const QString& kind = {});
    // A sentence for an agent or a log, in English (the server's error messages).
    [[nodiscard]] static QString explain(Verdict verdict, const QString& mimeType, qint64 size);

    static constexpr qint64 MiB = 1024 * 1024;
    static constexpr int MaxCaption = 1024;
};

} // namespace Atendo

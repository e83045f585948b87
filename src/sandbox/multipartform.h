#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace Atendo {

// A multipart/form-data body as Meta's media upload takes it: named text
// fields and (at most one interesting) file part with its file name and type.
struct MultipartForm
{
    struct Part
    {
        QByteArray body;
        QString fileName; // only for file parts
        QString contentType;
    };

    QHash<QString, Part> parts;

    [[nodiscard]] QString text(const QString& name) const
    {
        return QString::fromUtf8(parts.value(name).body);
    }

    // nullopt when `contentType` is not multipart/form-data with a boundary,
    // or the body does not follow it.
    [[nodiscard]] static std::optional<MultipartForm> parse(
        const QByteArray& contentType, const QByteArray& body);
};

} // namespace Atendo

#pragma once

#include "cloudapi/cloudapierror.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace Atendo {

// The answer to GET /{media-id}: a short-lived download URL (fetch it with the
// same Bearer token) and what to expect from it.
struct MediaInfo
{
    QString id;
    QUrl url;
    QString mimeType;
    QString sha256;
    qint64 fileSize = -1; // -1 when Meta did not say
    std::optional<CloudApiError> error;

    [[nodiscard]] bool ok() const { return !error.has_value(); }
};

} // namespace Atendo

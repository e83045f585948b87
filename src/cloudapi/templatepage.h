#pragma once

#include "cloudapi/cloudapierror.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Atendo {

// One page of GET /{waba-id}/message_templates. The nodes stay raw Graph JSON;
// core turns them into template values.
struct TemplatePage
{
    QList<QJsonObject> templates;
    QString nextCursor; // empty on the last page
    std::optional<CloudApiError> error;

    [[nodiscard]] bool ok() const { return !error.has_value(); }
    [[nodiscard]] bool hasMore() const { return !nextCursor.isEmpty(); }
};

} // namespace Atendo

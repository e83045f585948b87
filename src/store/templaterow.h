#pragma once

#include <QDateTime>
#include <QString>

namespace Atendo {

struct TemplateRow
{
    QString id; // Meta's template id
    QString name;
    QString language;
    QString status; // Meta's status name: APPROVED, PENDING, REJECTED, PAUSED, ...
    QString category; // MARKETING | UTILITY | AUTHENTICATION
    QString quality; // GREEN | YELLOW | RED | UNKNOWN; empty when never reported
    QString graphJson; // the template as the Graph API returned it
    QDateTime updatedAt;

    bool operator==(const TemplateRow&) const = default;
};

} // namespace Atendo

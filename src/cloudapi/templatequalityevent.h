#pragma once

#include "cloudapi/webhookorigin.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Atendo {

// A message_template_quality_update webhook: GREEN | YELLOW | RED | UNKNOWN.
class TemplateQualityEvent
{
public:
    WebhookOrigin origin;
    QDateTime time; // entry.time (may be invalid)
    QString templateId;
    QString name;
    QString language;
    QString previousQualityScore;
    QString newQualityScore;
    QJsonObject raw;

    [[nodiscard]] static std::optional<TemplateQualityEvent> fromJson(
        const QJsonValue& value, const WebhookOrigin& origin, QStringList& warnings);
};

} // namespace Atendo

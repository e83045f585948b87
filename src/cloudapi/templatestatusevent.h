#pragma once

#include "cloudapi/webhookorigin.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Atendo {

// A message_template_status_update webhook: a template was approved,
// rejected, paused, disabled... Only APPROVED templates can be sent.
class TemplateStatusEvent
{
public:
    WebhookOrigin origin;
    QDateTime time; // entry.time, when Meta recorded the change (may be invalid)
    QString event; // APPROVED, REJECTED, PAUSED, DISABLED, ...
    QString templateId;
    QString name;
    QString language;
    QString reason; // empty when Meta sent null
    QString category;
    QString otherInfoTitle; // FIRST_PAUSE, SECOND_PAUSE, RATE_LIMITING_PAUSE, UNPAUSE, DISABLED
    QString otherInfoDescription;
    QString rejectionReason;
    QString rejectionRecommendation;
    QDateTime disableDate;
    QJsonObject raw;

    // value is the change's value object; nullopt (with a warning) when it names no template.
    [[nodiscard]] static std::optional<TemplateStatusEvent> fromJson(
        const QJsonValue& value, const WebhookOrigin& origin, QStringList& warnings);
};

} // namespace Atendo

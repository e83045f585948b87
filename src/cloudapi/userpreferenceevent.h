#pragma once

#include "cloudapi/webhookorigin.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Atendo {

// One item of a user_preferences webhook: the user stopped or resumed
// marketing messages from this business inside WhatsApp itself.
class UserPreferenceEvent
{
public:
    WebhookOrigin origin;
    QString waId;
    QString userId; // BSUID
    QString detail;
    QString category; // e.g. "marketing_messages"
    QString value; // "stop" | "resume"
    QDateTime timestamp; // UTC
    QJsonObject raw;

    [[nodiscard]] QString contactKey() const { return userId.isEmpty() ? waId : userId; }
    [[nodiscard]] bool isStop() const { return value == u"stop"; }
    [[nodiscard]] bool isResume() const { return value == u"resume"; }

    // One value.user_preferences[] item; nullopt (with a warning) when it names nobody.
    [[nodiscard]] static std::optional<UserPreferenceEvent> fromJson(
        const QJsonValue& item, const WebhookOrigin& origin, QStringList& warnings);
};

} // namespace Atendo

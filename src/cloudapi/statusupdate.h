#pragma once

#include "cloudapi/cloudapierror.h"
#include "cloudapi/webhookorigin.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Atendo {

enum class DeliveryStatus
{
    Sent,
    Delivered,
    Read,
    Failed,
    Unknown
};

// One item of a messages webhook's value.statuses[]: what happened to a message
// the business sent. Deduplicate on (wamid, statusName).
class StatusUpdate
{
public:
    // What Meta says it charged. Recorded as given: which messages are free
    // changed in 2025 and again in 2026, so nothing here is interpreted.
    struct Pricing
    {
        bool present = false;
        std::optional<bool> billable; // deprecated by Meta, absent in newer versions
        QString pricingModel; // "PMP", or "CBP" for free entry points
        QString type; // regular | free_customer_service | free_entry_point
        QString category; // marketing | utility | authentication | service | referral_conversion ...
    };

    // Omitted from v24.0 on except for free-entry-point conversations.
    struct Conversation
    {
        bool present = false;
        QString id;
        QDateTime expiresAt;
        QString originType;
    };

    WebhookOrigin origin;
    QString wamid;
    DeliveryStatus status = DeliveryStatus::Unknown;
    QString statusName; // as Meta wrote it
    QDateTime timestamp; // UTC
    QString recipientId; // phone (wa_id) or group id
    QString recipientUserId; // BSUID
    QString bizOpaqueCallbackData;
    Pricing pricing;
    Conversation conversation;
    QList<CloudApiError> errors;
    QJsonObject raw;

    [[nodiscard]] static DeliveryStatus statusFromName(const QString& name);
    [[nodiscard]] static QString nameOfStatus(DeliveryStatus status);

    // nullopt when the item is unusable (not an object, no id); problems go to warnings.
    [[nodiscard]] static std::optional<StatusUpdate> fromJson(
        const QJsonValue& item, const WebhookOrigin& origin, QStringList& warnings);
};

} // namespace Atendo

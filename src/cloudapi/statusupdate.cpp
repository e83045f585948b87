#include "cloudapi/statusupdate.h"

#include "cloudapi/jsonfields.h"

#include <QJsonArray>

#include <array>
#include <utility>

namespace Atendo {

using namespace Qt::StringLiterals;
using JsonFields::string;

namespace {

constexpr std::array statusNames {
    std::pair {DeliveryStatus::Sent, "sent"},
    std::pair {DeliveryStatus::Delivered, "delivered"},
    std::pair {DeliveryStatus::Read, "read"},
    std::pair {DeliveryStatus::Failed, "failed"},
};

StatusUpdate::Pricing readPricing(const QJsonValue& value)
{
    StatusUpdate::Pricing result;
    if (!value.isObject())
        return result;
    const QJsonObject object = value.toObject();
    result.present = true;
    result.billable = JsonFields::boolean(object, "billable"_L1);
    result.pricingModel = string(object, "pricing_model"_L1);
    result.type = string(object, "type"_L1);
    result.category = string(object, "category"_L1);
    return result;
}

StatusUpdate::Conversation readConversation(const QJsonValue& value)
{
    StatusUpdate::Conversation result;
    if (!value.isObject())
        return result;
    const QJsonObject object = value.toObject();
    result.present = true;
    result.id = string(object, "id"_L1);
    result.expiresAt = JsonFields::unixTime(object.value("expiration_timestamp"_L1));
    result.originType = string(JsonFields::object(object, "origin"_L1), "type"_L1);
    return result;
}

QList<CloudApiError> readErrors(const QJsonValue& value)
{
    QList<CloudApiError> result;
    const QJsonArray items = value.toArray();
    for (const QJsonValue& item : items) {
        if (item.isObject())
            result << CloudApiError::fromWebhookError(item.toObject());
    }
    return result;
}

} // namespace

DeliveryStatus StatusUpdate::statusFromName(const QString& name)
{
    for (const auto& [status, text] : statusNames) {
        if (name == QLatin1StringView(text))
            return status;
    }
    return DeliveryStatus::Unknown;
}

QString StatusUpdate::nameOfStatus(DeliveryStatus status)
{
    for (const auto& [known, text] : statusNames) {
        if (known == status)
            return QString::fromLatin1(text);
    }
    return u"unknown"_s;
}

std::optional<StatusUpdate> StatusUpdate::fromJson(
    const QJsonValue& item, const WebhookOrigin& origin, QStringList& warnings)
{
    if (!item.isObject()) {
        warnings << u"statuses[] item is not an object; skipped"_s;
        return std::nullopt;
    }
    StatusUpdate update;
    update.raw = item.toObject();
    update.wamid = string(update.raw, "id"_L1);
    if (update.wamid.isEmpty()) {
        warnings << u"statuses[] item without an id; skipped"_s;
        return std::nullopt;
    }
    update.origin = origin;
    update.statusName = string(update.raw, "status"_L1);
    update.status = statusFromName(update.statusName);
    if (update.status == DeliveryStatus::Unknown)
        warnings << u"status %1: unknown status '%2'"_s.arg(update.wamid, update.statusName);
    update.timestamp = JsonFields::unixTime(update.raw.value("timestamp"_L1));
    if (!update.timestamp.isValid())
        warnings << u"status %1: missing or unreadable timestamp"_s.arg(update.wamid);
    update.recipientId = string(update.raw, "recipient_id"_L1);
    update.recipientUserId = string(update.raw, "recipient_user_id"_L1);
    if (update.recipientUserId.isEmpty())
        update.recipientUserId = string(update.raw, "user_id"_L1);
    update.bizOpaqueCallbackData = string(update.raw, "biz_opaque_callback_data"_L1);
    update.pricing = readPricing(update.raw.value("pricing"_L1));
    update.conversation = readConversation(update.raw.value("conversation"_L1));
    update.errors = readErrors(update.raw.value("errors"_L1));
    return update;
}

} // namespace Atendo

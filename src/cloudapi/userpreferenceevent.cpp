#include "cloudapi/userpreferenceevent.h"

#include "cloudapi/jsonfields.h"

namespace Atendo {

using namespace Qt::StringLiterals;
using JsonFields::string;

std::optional<UserPreferenceEvent> UserPreferenceEvent::fromJson(
    const QJsonValue& item, const WebhookOrigin& origin, QStringList& warnings)
{
    const QJsonObject object = item.toObject();
    UserPreferenceEvent result;
    result.waId = string(object, "wa_id"_L1);
    result.userId = string(object, "user_id"_L1);
    if (!item.isObject() || (result.waId.isEmpty() && result.userId.isEmpty())) {
        warnings << u"user_preferences[] item without wa_id or user_id; skipped"_s;
        return std::nullopt;
    }
    result.origin = origin;
    result.raw = object;
    result.detail = string(object, "detail"_L1);
    result.category = string(object, "category"_L1);
    result.value = string(object, "value"_L1);
    result.timestamp = JsonFields::unixTime(object.value("timestamp"_L1));
    if (result.value != u"stop" && result.value != u"resume")
        warnings << u"user_preferences for %1: unknown value '%2'"_s.arg(result.contactKey(), result.value);
    return result;
}

} // namespace Atendo

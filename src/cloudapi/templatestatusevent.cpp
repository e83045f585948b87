#include "cloudapi/templatestatusevent.h"

#include "cloudapi/jsonfields.h"

namespace Atendo {

using namespace Qt::StringLiterals;
using JsonFields::string;

std::optional<TemplateStatusEvent> TemplateStatusEvent::fromJson(
    const QJsonValue& value, const WebhookOrigin& origin, QStringList& warnings)
{
    const QJsonObject object = value.toObject();
    TemplateStatusEvent result;
    result.templateId = string(object, "message_template_id"_L1);
    result.name = string(object, "message_template_name"_L1);
    if (!value.isObject() || (result.templateId.isEmpty() && result.name.isEmpty())) {
        warnings << u"message_template_status_update without a template; skipped"_s;
        return std::nullopt;
    }
    result.origin = origin;
    result.raw = object;
    result.event = string(object, "event"_L1);
    result.language = string(object, "message_template_language"_L1);
    result.reason = string(object, "reason"_L1);
    result.category = string(object, "message_template_category"_L1);
    const QJsonObject otherInfo = JsonFields::object(object, "other_info"_L1);
    result.otherInfoTitle = string(otherInfo, "title"_L1);
    result.otherInfoDescription = string(otherInfo, "description"_L1);
    const QJsonObject rejection = JsonFields::object(object, "rejection_info"_L1);
    result.rejectionReason = string(rejection, "reason"_L1);
    result.rejectionRecommendation = string(rejection, "recommendation"_L1);
    result.disableDate
        = JsonFields::unixTime(JsonFields::object(object, "disable_info"_L1).value("disable_date"_L1));
    return result;
}

} // namespace Atendo

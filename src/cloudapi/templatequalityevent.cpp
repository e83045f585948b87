#include "cloudapi/templatequalityevent.h"

#include "cloudapi/jsonfields.h"

namespace Atendo {

using namespace Qt::StringLiterals;
using JsonFields::string;

std::optional<TemplateQualityEvent> TemplateQualityEvent::fromJson(
    const QJsonValue& value, const WebhookOrigin& origin, QStringList& warnings)
{
    const QJsonObject object = value.toObject();
    TemplateQualityEvent result;
    result.templateId = string(object, "message_template_id"_L1);
    result.name = string(object, "message_template_name"_L1);
    if (!value.isObject() || (result.templateId.isEmpty() && result.name.isEmpty())) {
        warnings << u"message_template_quality_update without a template; skipped"_s;
        return std::nullopt;
    }
    result.origin = origin;
    result.raw = object;
    result.language = string(object, "message_template_language"_L1);
    result.previousQualityScore = string(object, "previous_quality_score"_L1);
    result.newQualityScore = string(object, "new_quality_score"_L1);
    return result;
}

} // namespace Atendo

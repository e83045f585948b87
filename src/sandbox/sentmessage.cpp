#include "sandbox/sentmessage.h"

namespace Atendo {

using namespace Qt::StringLiterals;

QJsonObject SentMessage::toJson() const
{
    QJsonObject json {
        {u"wamid"_s, wamid},
        {u"to"_s, to},
        {u"type"_s, type},
        {u"status"_s, status},
        {u"error_code"_s, errorCode == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(errorCode)},
        {u"pricing"_s, errorCode == 0 ? QJsonValue(pricing.toJson()) : QJsonValue(QJsonValue::Null)},
        {u"at"_s, at},
        {u"api_version"_s, apiVersion},
    };
    if (!text.isEmpty())
        json.insert(u"text"_s, text);
    if (type == u"template") {
        json.insert(u"template"_s,
            QJsonObject {{u"name"_s, templateName}, {u"language"_s, templateLanguage},
                {u"category"_s, templateCategory}, {u"params"_s, templateParams}});
    }
    if (!mediaId.isEmpty()) {
        QJsonObject media {{u"id"_s, mediaId}, {u"mime_type"_s, mediaMimeType}, {u"sha256"_s, mediaSha256},
            {u"file_size"_s, mediaSize}};
        if (!mediaFileName.isEmpty())
            media.insert(u"filename"_s, mediaFileName);
        if (!text.isEmpty())
            media.insert(u"caption"_s, text);
        json.insert(u"media"_s, media);
    }
    if (!contextId.isEmpty())
        json.insert(u"context_id"_s, contextId);
    if (!bizOpaque.isEmpty())
        json.insert(u"biz_opaque_callback_data"_s, bizOpaque);
    return json;
}

} // namespace Atendo

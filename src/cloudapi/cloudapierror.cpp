#include "cloudapi/cloudapierror.h"

#include "cloudapi/jsonfields.h"

#include <QJsonDocument>

namespace Atendo {

using namespace Qt::StringLiterals;

namespace {

// Generic Graph codes: 1 "unknown error" and 2 "service temporarily unavailable"
// are Meta's own advice to retry; 4 is the app-level call rate limit.
constexpr int graphUnknown = 1;
constexpr int graphServiceUnavailable = 2;
constexpr int graphAppRateLimit = 4;

bool isTransientHttp(int httpStatus)
{
    return httpStatus == 0 || httpStatus == 429 || httpStatus >= 500;
}

int intField(const QJsonObject& object, QLatin1StringView key)
{
    return JsonFields::string(object, key).toInt();
}

} // namespace

CloudApiError CloudApiError::fromGraphBody(int httpStatus, const QByteArray& body)
{
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    if (root.value("error"_L1).isObject())
        return fromGraphError(root.value("error"_L1).toObject(), httpStatus);
    CloudApiError error;
    error.httpStatus = httpStatus;
    error.message = u"Unexpected Graph API response (HTTP %1)"_s.arg(httpStatus);
    error.details = QString::fromUtf8(body.left(200));
    return error;
}

CloudApiError CloudApiError::fromGraphError(const QJsonObject& error, int httpStatus)
{
    CloudApiError result;
    result.httpStatus = httpStatus;
    result.code = intField(error, "code"_L1);
    result.subcode = intField(error, "error_subcode"_L1);
    result.message = JsonFields::string(error, "message"_L1);
    result.title = JsonFields::string(error, "error_user_title"_L1);
    result.type = JsonFields::string(error, "type"_L1);
    result.fbtraceId = JsonFields::string(error, "fbtrace_id"_L1);
    result.details = JsonFields::string(JsonFields::object(error, "error_data"_L1), "details"_L1);
    return result;
}

CloudApiError CloudApiError::fromWebhookError(const QJsonObject& item)
{
    CloudApiError result;
    result.code = intField(item, "code"_L1);
    result.title = JsonFields::string(item, "title"_L1);
    result.message = JsonFields::string(item, "message"_L1);
    result.href = JsonFields::string(item, "href"_L1);
    result.details = JsonFields::string(JsonFields::object(item, "error_data"_L1), "details"_L1);
    return result;
}

CloudApiError CloudApiError::network(const QString& message)
{
    CloudApiError result;
    result.message = message;
    return result;
}

ErrorClass CloudApiError::classify(int code, int httpStatus)
{
    switch (code) {
    case 130429: // per-number throughput
    case 131056: // (business, user) pair rate limit
    case 80007: // WABA rate limit
    case 131057: // account in maintenance mode (throughput upgrade)
    case graphUnknown:
    case graphServiceUnavailable:
    case graphAppRateLimit:
        return ErrorClass::Retryable;
    case 131047:
        return ErrorClass::ReEngagement;
    case 131026:
        return ErrorClass::Undeliverable;
    case 131050:
        return ErrorClass::MarketingStopped;
    case 131049:
        return ErrorClass::PerUserMarketingCap;
    case 132000:
    case 132001:
    case 132012:
    case 132015:
    case 132016:
        return ErrorClass::TemplateProblem;
    case 0:
        // No Meta code: only the transport tells us whether trying again can help.
        return isTransientHttp(httpStatus) ? ErrorClass::Retryable : ErrorClass::Permanent;
    default:
        return ErrorClass::Permanent;
    }
}

QJsonObject CloudApiError::toGraphJson() const
{
    QJsonObject error {
        {u"message"_s, message},
        {u"type"_s, type.isEmpty() ? u"OAuthException"_s : type},
        {u"code"_s, code},
        {u"error_data"_s, QJsonObject {{u"messaging_product"_s, u"whatsapp"_s}, {u"details"_s, details}}},
    };
    if (subcode != 0)
        error.insert(u"error_subcode"_s, subcode);
    if (!title.isEmpty())
        error.insert(u"error_user_title"_s, title);
    if (!fbtraceId.isEmpty())
        error.insert(u"fbtrace_id"_s, fbtraceId);
    return QJsonObject {{u"error"_s, error}};
}

QJsonObject CloudApiError::toWebhookJson() const
{
    QJsonObject item {
        {u"code"_s, code},
        {u"title"_s, title},
        {u"message"_s, message},
        {u"error_data"_s, QJsonObject {{u"details"_s, details}}},
    };
    if (!href.isEmpty())
        item.insert(u"href"_s, href);
    return item;
}

} // namespace Atendo

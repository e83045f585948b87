#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Atendo {

// What the caller should do about a failure. Decided from Meta's error code,
// never from the HTTP status alone: the same code arrives as 400 or 429
// depending on the source (cloudapi.md section 3).
enum class ErrorClass
{
    Retryable, // throughput / pair rate limits, maintenance, transient server or network trouble
    ReEngagement, // 131047: the 24 h window is closed, send a template instead
    Undeliverable, // 131026: not a usable WhatsApp number
    MarketingStopped, // 131050: the user stopped marketing messages from this business
    PerUserMarketingCap, // 131049: Meta's per-user marketing cap, do not insist
    TemplateProblem, // 132000/132001/132012/132015/132016: fix the template or its parameters
    Permanent, // anything else: do not retry
};

// One error from the Graph API ({"error":{...}}) or from a webhook errors[] item.
// code 0 means "no Meta code": a network failure or an unreadable response.
class CloudApiError
{
public:
    int code = 0;
    int subcode = 0;
    QString title;
    QString message;
    QString details; // error_data.details, Meta's most specific explanation
    QString type; // e.g. "OAuthException"; Graph errors only
    QString fbtraceId;
    QString href; // webhook errors only
    int httpStatus = 0; // 0 for webhook errors and network failures

    // Parses a Graph error response body; anything unreadable still yields an
    // error (code 0) that carries the HTTP status and a short excerpt.
    [[nodiscard]] static CloudApiError fromGraphBody(int httpStatus, const QByteArray& body);
    // The object inside "error" of a Graph response.
    [[nodiscard]] static CloudApiError fromGraphError(const QJsonObject& error, int httpStatus);
    // One item of a webhook errors[] array (value, message or status level).
    [[nodiscard]] static CloudApiError fromWebhookError(const QJsonObject& item);
    // A transport failure before Meta answered (DNS, TLS, timeout, reset).
    [[nodiscard]] static CloudApiError network(const QString& message);

    [[nodiscard]] static ErrorClass classify(int code, int httpStatus);
    [[nodiscard]] ErrorClass errorClass() const { return classify(code, httpStatus); }
    [[nodiscard]] bool isRetryable() const { return errorClass() == ErrorClass::Retryable; }

    // {"error":{message,type,code,error_data:{messaging_product,details},fbtrace_id}}
    [[nodiscard]] QJsonObject toGraphJson() const;
    // {code,title,message,error_data:{details},href}, as in statuses[].errors[].
    [[nodiscard]] QJsonObject toWebhookJson() const;

    friend bool operator==(const CloudApiError&, const CloudApiError&) = default;
};

} // namespace Atendo

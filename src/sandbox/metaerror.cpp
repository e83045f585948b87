#include "sandbox/metaerror.h"

namespace Atendo {

using namespace Qt::StringLiterals;

namespace {

const QString errorCodesHref
    = QStringLiteral("https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/");

MetaError make(int code, int httpStatus, const QString& title, const QString& details)
{
    MetaError error;
    error.code = code;
    error.httpStatus = httpStatus;
    error.title = title;
    error.details = details;
    return error;
}

} // namespace

QJsonObject MetaError::toGraphJson(const QString& fbtraceId) const
{
    QJsonObject error {
        {u"message"_s, QStringLiteral("(#%1) %2").arg(code).arg(title)},
        {u"type"_s, type},
        {u"code"_s, code},
        {u"fbtrace_id"_s, fbtraceId},
    };
    if (!details.isEmpty())
        error.insert(
            u"error_data"_s, QJsonObject {{u"messaging_product"_s, u"whatsapp"_s}, {u"details"_s, details}});
    return QJsonObject {{u"error"_s, error}};
}

QJsonObject MetaError::toStatusJson() const
{
    return QJsonObject {
        {u"code"_s, code},
        {u"title"_s, title},
        {u"message"_s, title},
        {u"error_data"_s, QJsonObject {{u"details"_s, details}}},
        {u"href"_s, errorCodesHref},
    };
}

MetaError MetaError::invalidParameter(const QString& details)
{
    return make(100, 400, QStringLiteral("Invalid parameter"), details);
}

MetaError MetaError::unsupportedPath(const QString& details)
{
    MetaError error = make(100, 400, QStringLiteral("Unsupported request"), details);
    error.type = QStringLiteral("GraphMethodException");
    return error;
}

MetaError MetaError::invalidToken()
{
    // Meta sends no error_data for token errors.
    return make(190, 401, QStringLiteral("Invalid OAuth access token - Cannot parse access token"), {});
}

MetaError MetaError::throughput()
{
    return make(130429, 400, QStringLiteral("Rate limit hit"),
        QStringLiteral("Cloud API message throughput has been reached."));
}

MetaError MetaError::pairLimit()
{
    return make(131056, 429, QStringLiteral("(Business Account, Consumer Account) pair rate limit hit"),
        QStringLiteral("Message failed to send because there were too many messages sent from this "
                       "phone number to the same phone number in a short period of time."));
}

MetaError MetaError::undeliverable()
{
    return make(131026, 400, QStringLiteral("Message undeliverable"),
        QStringLiteral("Unable to deliver message. Reasons can include: the recipient phone number is "
                       "not a WhatsApp phone number; the recipient has not accepted the terms of "
                       "service; the recipient is using an old WhatsApp version."));
}

MetaError MetaError::reEngagement()
{
    return make(131047, 400, QStringLiteral("Re-engagement message"),
        QStringLiteral("Message failed to send because more than 24 hours have passed since the "
                       "customer last replied to this number."));
}

MetaError MetaError::marketingStopped()
{
    return make(131050, 400,
        QStringLiteral("Unable to deliver the message. This recipient has chosen to stop receiving "
                       "marketing messages on WhatsApp from your business."),
        QStringLiteral("The recipient opted out of marketing messages from this business."));
}

MetaError MetaError::mediaUpload(const QString& details)
{
    return make(131053, 400, QStringLiteral("Media upload error"), details);
}

MetaError MetaError::parameterCount(const QString& details)
{
    return make(132000, 400,
        QStringLiteral("Number of parameters does not match the expected number of params"), details);
}

MetaError MetaError::templateMissing(const QString& details)
{
    return make(132001, 404, QStringLiteral("Template name does not exist in the translation"), details);
}

MetaError MetaError::parameterFormat(const QString& details)
{
    return make(132012, 400, QStringLiteral("Parameter format does not match format in the created template"),
        details);
}

MetaError MetaError::templatePaused(const QString& details)
{
    return make(132015, 400, QStringLiteral("Template is Paused"), details);
}

MetaError MetaError::templateDisabled(const QString& details)
{
    return make(132016, 400, QStringLiteral("Template is Disabled"), details);
}

} // namespace Atendo

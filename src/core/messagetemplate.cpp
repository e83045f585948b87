#include "core/messagetemplate.h"

#include "core/templateplaceholders.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace Atendo {

namespace {

constexpr TemplateStatus AllStatuses[]
    = {TemplateStatus::Approved, TemplateStatus::Pending, TemplateStatus::Rejected, TemplateStatus::Paused,
        TemplateStatus::Disabled, TemplateStatus::InAppeal, TemplateStatus::PendingDeletion,
        TemplateStatus::Deleted, TemplateStatus::LimitExceeded, TemplateStatus::Archived};

constexpr HeaderFormat AllHeaderFormats[] = {HeaderFormat::Text, HeaderFormat::Image, HeaderFormat::Video,
    HeaderFormat::Document, HeaderFormat::Location};

constexpr ButtonType KnownButtonTypes[] = {
    ButtonType::QuickReply, ButtonType::Url, ButtonType::PhoneNumber, ButtonType::CopyCode, ButtonType::Otp};

} // namespace

QString templateStatusName(TemplateStatus status)
{
    switch (status) {
    case TemplateStatus::Approved:
        return u"APPROVED"_s;
    case TemplateStatus::Pending:
        return u"PENDING"_s;
    case TemplateStatus::Rejected:
        return u"REJECTED"_s;
    case TemplateStatus::Paused:
        return u"PAUSED"_s;
    case TemplateStatus::Disabled:
        return u"DISABLED"_s;
    case TemplateStatus::InAppeal:
        return u"IN_APPEAL"_s;
    case TemplateStatus::PendingDeletion:
        return u"PENDING_DELETION"_s;
    case TemplateStatus::Deleted:
        return u"DELETED"_s;
    case TemplateStatus::LimitExceeded:
        return u"LIMIT_EXCEEDED"_s;
    case TemplateStatus::Archived:
        return u"ARCHIVED"_s;
    case TemplateStatus::Unknown:
        return u"UNKNOWN"_s;
    }
    return {};
}

TemplateStatus templateStatusFromName(const QString& name)
{
    const QString upper = name.trimmed().toUpper();
    for (const auto status : AllStatuses) {
        if (upper == templateStatusName(status))
            return status;
    }
    return TemplateStatus::Unknown;
}

QString parameterFormatName(ParameterFormat format)
{
    return format == ParameterFormat::Named ? u"NAMED"_s : u"POSITIONAL"_s;
}

std::optional<ParameterFormat> parameterFormatFromName(const QString& name)
{
    const QString upper = name.trimmed().toUpper();
    if (upper == u"NAMED"_s)
        return ParameterFormat::Named;
    if (upper == u"POSITIONAL"_s)
        return ParameterFormat::Positional;
    return std::nullopt;
}

QString headerFormatName(HeaderFormat format)
{
    switch (format) {
    case HeaderFormat::None:
        return {};
    case HeaderFormat::Text:
        return u"TEXT"_s;
    case HeaderFormat::Image:
        return u"IMAGE"_s;
    case HeaderFormat::Video:
        return u"VIDEO"_s;
    case HeaderFormat::Document:
        return u"DOCUMENT"_s;
    case HeaderFormat::Location:
        return u"LOCATION"_s;
    }
    return {};
}

std::optional<HeaderFormat> headerFormatFromName(const QString& name)
{
    const QString upper = name.trimmed().toUpper();
    for (const auto format : AllHeaderFormats) {
        if (upper == headerFormatName(format))
            return format;
    }
    return std::nullopt;
}

bool isMediaHeader(HeaderFormat format)
{
    return format == HeaderFormat::Image || format == HeaderFormat::Video || format == HeaderFormat::Document;
}

QString buttonTypeName(ButtonType type)
{
    switch (type) {
    case ButtonType::QuickReply:
        return u"QUICK_REPLY"_s;
    case ButtonType::Url:
        return u"URL"_s;
    case ButtonType::PhoneNumber:
        return u"PHONE_NUMBER"_s;
    case ButtonType::CopyCode:
        return u"COPY_CODE"_s;
    case ButtonType::Otp:
        return u"OTP"_s;
    case ButtonType::Other:
        return u"OTHER"_s;
    }
    return {};
}

ButtonType buttonTypeFromName(const QString& name)
{
    const QString upper = name.trimmed().toUpper();
    for (const auto type : KnownButtonTypes) {
        if (upper == buttonTypeName(type))
            return type;
    }
    return ButtonType::Other;
}

bool TemplateButton::takesParameter() const
{
    return type == ButtonType::QuickReply || requiresParameter();
}

bool TemplateButton::requiresParameter() const
{
    switch (type) {
    case ButtonType::Url:
        return !TemplatePlaceholders::parse(url).isEmpty();
    case ButtonType::CopyCode:
    case ButtonType::Otp:
        return true;
    default:
        return false;
    }
}

QString templateComponentName(TemplateComponent component)
{
    switch (component) {
    case TemplateComponent::Header:
        return u"header"_s;
    case TemplateComponent::Body:
        return u"body"_s;
    case TemplateComponent::Button:
        return u"button"_s;
    }
    return {};
}

QString templateFieldKindName(TemplateFieldKind kind)
{
    switch (kind) {
    case TemplateFieldKind::Text:
        return u"text"_s;
    case TemplateFieldKind::MediaUrl:
        return u"media_url"_s;
    case TemplateFieldKind::ButtonUrlSuffix:
        return u"button_url_suffix"_s;
    case TemplateFieldKind::ButtonPayload:
        return u"button_payload"_s;
    case TemplateFieldKind::CouponCode:
        return u"coupon_code"_s;
    case TemplateFieldKind::OtpCode:
        return u"otp_code"_s;
    case TemplateFieldKind::Coordinate:
        return u"coordinate"_s;
    }
    return {};
}

QString MessageTemplate::notSendableReason() const
{
    switch (status) {
    case TemplateStatus::Approved:
        return {};
    case TemplateStatus::Pending:
        return QCoreApplication::translate(
            "Atendo::MessageTemplate", "The template is still waiting for Meta's review.");
    case TemplateStatus::Rejected:
        return rejectedReason.isEmpty() || rejectedReason == u"NONE"_s
            ? QCoreApplication::translate("Atendo::MessageTemplate", "Meta rejected the template.")
            : QCoreApplication::translate("Atendo::MessageTemplate", "Meta rejected the template (%1).")
                  .arg(rejectedReason);
    case TemplateStatus::Paused:
        return QCoreApplication::translate(
            "Atendo::MessageTemplate", "Meta paused the template because of its quality.");
    case TemplateStatus::Disabled:
        return QCoreApplication::translate("Atendo::MessageTemplate", "Meta disabled the template.");
    case TemplateStatus::InAppeal:
        return QCoreApplication::translate(
            "Atendo::MessageTemplate", "The template's rejection is under appeal.");
    case TemplateStatus::PendingDeletion:
    case TemplateStatus::Deleted:
        return QCoreApplication::translate("Atendo::MessageTemplate", "The template was deleted.");
    case TemplateStatus::LimitExceeded:
        return QCoreApplication::translate(
            "Atendo::MessageTemplate", "The account has reached its template limit.");
    case TemplateStatus::Archived:
        return QCoreApplication::translate("Atendo::MessageTemplate", "The template is archived.");
    case TemplateStatus::Unknown:
        break;
    }
    return QCoreApplication::translate(
        "Atendo::MessageTemplate", "The template's status is unknown; only approved templates can be sent.");
}

QStringList MessageTemplate::headerKeys() const
{
    return headerFormat == HeaderFormat::Text ? TemplatePlaceholders::parse(headerText) : QStringList {};
}

QStringList MessageTemplate::bodyKeys() const
{
    return TemplatePlaceholders::parse(bodyText);
}

} // namespace Atendo

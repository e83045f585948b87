#pragma once

#include "core/messagecategory.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Atendo {

// Meta's template status. Only Approved can be sent (cloudapi.md §4).
enum class TemplateStatus
{
    Approved,
    Pending,
    Rejected,
    Paused,
    Disabled,
    InAppeal,
    PendingDeletion,
    Deleted,
    LimitExceeded,
    Archived,
    Unknown
};
// Meta's upper-case names: "APPROVED", "PENDING", ..., "IN_APPEAL", "PENDING_DELETION",
// "LIMIT_EXCEEDED", "ARCHIVED"; "UNKNOWN" for Unknown.
[[nodiscard]] QString templateStatusName(TemplateStatus status);
// Case-insensitive; an unrecognised name is TemplateStatus::Unknown (Meta adds values).
[[nodiscard]] TemplateStatus templateStatusFromName(const QString& name);

// {{1}} (Positional) or {{first_name}} (Named). Meta defaults to positional.
enum class ParameterFormat
{
    Positional,
    Named
};
// "POSITIONAL", "NAMED" (Meta's read format); fromName is case-insensitive.
[[nodiscard]] QString parameterFormatName(ParameterFormat format);
[[nodiscard]] std::optional<ParameterFormat> parameterFormatFromName(const QString& name);

enum class HeaderFormat
{
    None,
    Text,
    Image,
    Video,
    Document,
    Location
};
// "TEXT", "IMAGE", "VIDEO", "DOCUMENT", "LOCATION"; "" for None.
[[nodiscard]] QString headerFormatName(HeaderFormat format);
[[nodiscard]] std::optional<HeaderFormat> headerFormatFromName(const QString& name);
// Image, Video or Document.
[[nodiscard]] bool isMediaHeader(HeaderFormat format);

// Otp is an authentication template's one-time-password button ("OTP" in Graph,
// sent as a url button carrying the code). Other keeps any type we do not know.
enum class ButtonType
{
    QuickReply,
    Url,
    PhoneNumber,
    CopyCode,
    Otp,
    Other
};
// "QUICK_REPLY", "URL", "PHONE_NUMBER", "COPY_CODE", "OTP"; "OTHER" for Other.
[[nodiscard]] QString buttonTypeName(ButtonType type);
[[nodiscard]] ButtonType buttonTypeFromName(const QString& name);

struct TemplateButton
{
    ButtonType type {ButtonType::QuickReply};
    QString text;
    // URL buttons: may end with one placeholder ("https://x.example/track/{{1}}").
    QString url;
    // PHONE_NUMBER buttons.
    QString phoneNumber;
    // Meta's example: the full example URL for a URL button, the example code for COPY_CODE.
    QString example;
    // For Other (and Otp): the Graph object as received, written back unchanged.
    QJsonObject raw;

    // Whether a send must (URL with a placeholder, COPY_CODE, OTP) or may (QUICK_REPLY
    // payload) carry a parameter for this button.
    [[nodiscard]] bool takesParameter() const;
    [[nodiscard]] bool requiresParameter() const;

    bool operator==(const TemplateButton& other) const = default;
};

// Which part of a template a value belongs to.
enum class TemplateComponent
{
    Header,
    Body,
    Button
};
// "header", "body", "button".
[[nodiscard]] QString templateComponentName(TemplateComponent component);

enum class TemplateFieldKind
{
    Text,
    MediaUrl,
    ButtonUrlSuffix,
    ButtonPayload,
    CouponCode,
    OtpCode,
    Coordinate
};
// "text", "media_url", "button_url_suffix", "button_payload", "coupon_code", "otp_code", "coordinate".
[[nodiscard]] QString templateFieldKindName(TemplateFieldKind kind);

// One input a UI shows so an agent can fill a template (MessageTemplate::fields()).
struct TemplateField
{
    TemplateComponent component {TemplateComponent::Body};
    // Key into TemplateParameters::header/body ("1", "first_name", "media",
    // "latitude", ...); for buttons the index as text ("0").
    QString key;
    // For buttons: index into buttons; -1 otherwise.
    int buttonIndex {-1};
    // What to call the field: the named param ("first_name"), "{{1}}", "Image URL",
    // or the button's text.
    QString label;
    // Meta's example value for this field, when the template has one.
    QString example;
    TemplateFieldKind kind {TemplateFieldKind::Text};
    // Limit in characters; 0 when none is known.
    int maxLength {0};
    // False only for optional inputs (quick-reply payloads, a location's name/address).
    bool required {true};

    bool operator==(const TemplateField& other) const = default;
};

// One Meta message template as listed by GET /{WABA_ID}/message_templates.
struct MessageTemplate
{
    QString id;
    QString name;
    QString language;
    MessageCategory category {MessageCategory::Utility};
    TemplateStatus status {TemplateStatus::Unknown};
    ParameterFormat parameterFormat {ParameterFormat::Positional};
    // GREEN, YELLOW, RED or UNKNOWN (kept as Meta's string).
    QString qualityScore;
    QString rejectedReason;

    HeaderFormat headerFormat {HeaderFormat::None};
    QString headerText;
    QString bodyText;
    QString footerText;
    QList<TemplateButton> buttons;

    // Examples Meta keeps with the template (used as field hints).
    // Positional body examples: bodyExamples[0] is {{1}}.
    QStringList bodyExamples;
    // Named body examples: param name -> example.
    QMap<QString, QString> bodyNamedExamples;
    QString headerTextExample;
    // A media header's sample handle (header_handle[0]).
    QString headerHandleExample;

    // Parses Meta's Graph template node (cloudapi.md §4). Needs at least a name and a
    // BODY component; returns nullopt otherwise or when a field has the wrong type.
    // Unknown status strings become Unknown; category is required (MARKETING, UTILITY,
    // AUTHENTICATION).
    [[nodiscard]] static std::optional<MessageTemplate> fromGraphJson(
        const QJsonObject& json, QString* error = nullptr);
    // The Graph node again; fromGraphJson(toGraphJson()) == *this.
    [[nodiscard]] QJsonObject toGraphJson() const;

    [[nodiscard]] bool isSendable() const { return status == TemplateStatus::Approved; }
    // Why it cannot be sent ("Template is paused by Meta"), empty when sendable.
    [[nodiscard]] QString notSendableReason() const;

    // Placeholder keys of the header text / body text, in order of first appearance.
    [[nodiscard]] QStringList headerKeys() const;
    [[nodiscard]] QStringList bodyKeys() const;

    // Every input a send needs, in display order: header, body, then buttons.
    [[nodiscard]] QList<TemplateField> fields() const;

    bool operator==(const MessageTemplate& other) const = default;
};

} // namespace Atendo

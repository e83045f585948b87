#pragma once

#include "core/messagetemplate.h"
#include "core/templateparameters.h"

#include <QList>
#include <QString>

namespace Atendo {

enum class TemplateParamErrorReason
{
    Missing, // a placeholder has no value
    Empty, // the value is blank after trimming
    Newline, // Meta rejects text parameters with new lines (error 132018)
    Tab, // ... with tabs
    TooManySpaces, // ... with more than 4 consecutive spaces
    TooLong, // header text > 60, body > 1024, coupon/OTP code > 15
    InvalidUrl, // media is neither an http(s) URL nor a media id
    InvalidValue, // a location coordinate that is not a number in range
    Unknown // a key the template has no placeholder for
};
// "missing", "empty", "newline", "tab", "too_many_spaces", "too_long", "invalid_url",
// "invalid_value", "unknown".
[[nodiscard]] QString templateParamErrorReasonName(TemplateParamErrorReason reason);

struct TemplateParamError
{
    TemplateComponent component {TemplateComponent::Body};
    // The field key ("1", "first_name", "media"); for buttons the index as text.
    QString key;
    TemplateParamErrorReason reason {TemplateParamErrorReason::Missing};
    // English explanation for logs and the wire error message.
    QString message;

    bool operator==(const TemplateParamError& other) const = default;
};

// Checks the values an agent filled against a template, before anything is sent.
class TemplateValidator
{
public:
    static constexpr int HeaderTextMaxLength = 60;
    static constexpr int BodyParamMaxLength = 1024;
    static constexpr int CodeMaxLength = 15;
    static constexpr int MaxConsecutiveSpaces = 4;

    // Every problem found, in field order (header, body, buttons; unknown keys last).
    // Empty when the parameters can be sent. Rules:
    //  - every field with required=true present and non-empty after trimming;
    //  - no keys the template does not have;
    //  - text values: no newline, no tab, at most 4 consecutive spaces;
    //  - header text param <= 60 chars, body param <= 1024 chars, codes <= 15 chars;
    //  - media header: an http(s) URL with a host, or a media id (digits only);
    //  - URL-button suffix / copy code / OTP code required when the button has a variable.
    [[nodiscard]] static QList<TemplateParamError> validate(
        const MessageTemplate& tmpl, const TemplateParameters& params);

    // The text-value rules alone (newline, tab, spaces, length); nullopt when fine.
    [[nodiscard]] static std::optional<TemplateParamErrorReason> checkText(
        const QString& value, int maxLength);
    // http(s) URL with a host, or digits only.
    [[nodiscard]] static bool isMediaReference(const QString& value);
};

} // namespace Atendo

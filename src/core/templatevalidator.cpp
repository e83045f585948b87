#include "core/templatevalidator.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Atendo {

namespace {

QString describe(const TemplateField& field)
{
    if (field.component == TemplateComponent::Button)
        return QCoreApplication::translate("Atendo::TemplateValidator", "Button %1 (%2)")
            .arg(field.buttonIndex + 1)
            .arg(field.label);
    const QString part = field.component == TemplateComponent::Header
        ? QCoreApplication::translate("Atendo::TemplateValidator", "Header")
        : QCoreApplication::translate("Atendo::TemplateValidator", "Body");
    return part + u" "_s + field.label;
}

QString messageFor(TemplateParamErrorReason reason, const QString& what, int maxLength)
{
    switch (reason) {
    case TemplateParamErrorReason::Missing:
        return QCoreApplication::translate("Atendo::TemplateValidator", "%1 is missing.").arg(what);
    case TemplateParamErrorReason::Empty:
        return QCoreApplication::translate("Atendo::TemplateValidator", "%1 is empty.").arg(what);
    case TemplateParamErrorReason::Newline:
        return QCoreApplication::translate("Atendo::TemplateValidator", "%1 cannot contain line breaks.")
            .arg(what);
    case TemplateParamErrorReason::Tab:
        return QCoreApplication::translate("Atendo::TemplateValidator", "%1 cannot contain tabs.").arg(what);
    case TemplateParamErrorReason::TooManySpaces:
        return QCoreApplication::translate(
            "Atendo::TemplateValidator", "%1 cannot contain more than %2 spaces in a row.")
            .arg(what)
            .arg(TemplateValidator::MaxConsecutiveSpaces);
    case TemplateParamErrorReason::TooLong:
        return QCoreApplication::translate("Atendo::TemplateValidator", "%1 is longer than %2 characters.")
            .arg(what)
            .arg(maxLength);
    case TemplateParamErrorReason::InvalidUrl:
        return QCoreApplication::translate(
            "Atendo::TemplateValidator", "%1 must be an http(s) link or a media id.")
            .arg(what);
    case TemplateParamErrorReason::InvalidValue:
        return QCoreApplication::translate("Atendo::TemplateValidator", "%1 is not a valid coordinate.")
            .arg(what);
    case TemplateParamErrorReason::Unknown:
        return QCoreApplication::translate(
            "Atendo::TemplateValidator", "%1 is not a parameter of this template.")
            .arg(what);
    }
    return {};
}

bool isCoordinate(const QString& key, const QString& value)
{
    bool ok = false;
    const double number = value.toDouble(&ok);
    const double limit = key == u"latitude"_s ? 90.0 : 180.0;
    return ok && number >= -limit && number <= limit;
}

std::optional<TemplateParamErrorReason> checkField(const TemplateField& field, const QString& value)
{
    switch (field.kind) {
    case TemplateFieldKind::MediaUrl:
        if (!TemplateValidator::isMediaReference(value))
            return TemplateParamErrorReason::InvalidUrl;
        return std::nullopt;
    case TemplateFieldKind::Coordinate:
        if (!isCoordinate(field.key, value))
            return TemplateParamErrorReason::InvalidValue;
        return std::nullopt;
    default:
        return TemplateValidator::checkText(value, field.maxLength);
    }
}

std::optional<QString> valueOf(const TemplateField& field, const TemplateParameters& params)
{
    const auto lookup = [](const auto& map, const auto& key) -> std::optional<QString> {
        const auto it = map.constFind(key);
        return it == map.cend() ? std::nullopt : std::optional(*it);
    };
    switch (field.component) {
    case TemplateComponent::Header:
        return lookup(params.header, field.key);
    case TemplateComponent::Body:
        return lookup(params.body, field.key);
    case TemplateComponent::Button:
        return lookup(params.buttons, field.buttonIndex);
    }
    return std::nullopt;
}

void addUnknownKeys(
    const QList<TemplateField>& fields, const TemplateParameters& params, QList<TemplateParamError>* errors)
{
    const auto known = [&fields](TemplateComponent component, const QString& key) {
        return std::any_of(fields.cbegin(), fields.cend(),
            [&](const TemplateField& field) { return field.component == component && field.key == key; });
    };
    const auto unknown = [&](TemplateComponent component, const QString& key) {
        const QString what = templateComponentName(component) + u" parameter "_s + key;
        errors->append({component, key, TemplateParamErrorReason::Unknown,
            messageFor(TemplateParamErrorReason::Unknown, what, 0)});
    };
    for (const QString& key : params.header.keys()) {
        if (!known(TemplateComponent::Header, key))
            unknown(TemplateComponent::Header, key);
    }
    for (const QString& key : params.body.keys()) {
        if (!known(TemplateComponent::Body, key))
            unknown(TemplateComponent::Body, key);
    }
    for (const int index : params.buttons.keys()) {
        if (!known(TemplateComponent::Button, QString::number(index)))
            unknown(TemplateComponent::Button, QString::number(index));
    }
}

} // namespace

QString templateParamErrorReasonName(TemplateParamErrorReason reason)
{
    switch (reason) {
    case TemplateParamErrorReason::Missing:
        return u"missing"_s;
    case TemplateParamErrorReason::Empty:
        return u"empty"_s;
    case TemplateParamErrorReason::Newline:
        return u"newline"_s;
    case TemplateParamErrorReason::Tab:
        return u"tab"_s;
    case TemplateParamErrorReason::TooManySpaces:
        return u"too_many_spaces"_s;
    case TemplateParamErrorReason::TooLong:
        return u"too_long"_s;
    case TemplateParamErrorReason::InvalidUrl:
        return u"invalid_url"_s;
    case TemplateParamErrorReason::InvalidValue:
        return u"invalid_value"_s;
    case TemplateParamErrorReason::Unknown:
        return u"unknown"_s;
    }
    return {};
}

std::optional<TemplateParamErrorReason> TemplateValidator::checkText(const QString& value, int maxLength)
{
    if (value.contains(u'\n') || value.contains(u'\r'))
        return TemplateParamErrorReason::Newline;
    if (value.contains(u'\t'))
        return TemplateParamErrorReason::Tab;
    if (value.contains(QString(MaxConsecutiveSpaces + 1, u' ')))
        return TemplateParamErrorReason::TooManySpaces;
    // Meta counts characters, not UTF-16 units: an emoji is one.
    if (maxLength > 0 && value.toUcs4().size() > maxLength)
        return TemplateParamErrorReason::TooLong;
    return std::nullopt;
}

bool TemplateValidator::isMediaReference(const QString& value)
{
    static const QRegularExpression mediaId(u"\\A[0-9]{1,32}\\z"_s);
    if (mediaId.match(value).hasMatch())
        return true;
    const QUrl url(value, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == u"http"_s || scheme == u"https"_s) && !url.host().isEmpty()
        && !value.contains(u' ');
}

QList<TemplateParamError> TemplateValidator::validate(
    const MessageTemplate& tmpl, const TemplateParameters& params)
{
    QList<TemplateParamError> errors;
    const QList<TemplateField> fields = tmpl.fields();
    for (const TemplateField& field : fields) {
        const std::optional<QString> raw = valueOf(field, params);
        // Values are sent trimmed, so the rules apply to the trimmed value.
        const QString value = raw ? raw->trimmed() : QString();
        std::optional<TemplateParamErrorReason> reason;
        if (!raw)
            reason = field.required ? std::optional(TemplateParamErrorReason::Missing) : std::nullopt;
        else if (value.isEmpty())
            reason = field.required ? std::optional(TemplateParamErrorReason::Empty) : std::nullopt;
        else
            reason = checkField(field, value);
        if (reason)
            errors.append(
                {field.component, field.key, *reason, messageFor(*reason, describe(field), field.maxLength)});
    }
    addUnknownKeys(fields, params, &errors);
    return errors;
}

} // namespace Atendo

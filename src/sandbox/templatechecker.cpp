#include "sandbox/templatechecker.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace Atendo {

using namespace Qt::StringLiterals;

namespace {

QJsonObject componentOf(const QJsonArray& components, const QString& type)
{
    for (const QJsonValue& value : components) {
        if (value.toObject().value(u"type"_s).toString().compare(type, Qt::CaseInsensitive) == 0)
            return value.toObject();
    }
    return {};
}

// Whether one body/header parameter has the shape its `type` promises.
bool wellFormed(const QJsonObject& param)
{
    const QString type = param.value(u"type"_s).toString();
    if (type == u"text")
        return param.value(u"text"_s).isString() && !param.value(u"text"_s).toString().isEmpty();
    if (type == u"currency") {
        const QJsonObject currency = param.value(u"currency"_s).toObject();
        return currency.value(u"fallback_value"_s).isString() && currency.value(u"code"_s).isString()
            && currency.value(u"amount_1000"_s).isDouble();
    }
    if (type == u"date_time")
        return param.value(u"date_time"_s).toObject().value(u"fallback_value"_s).isString();
    return false;
}

bool hasMedia(const QJsonObject& param, const QString& type)
{
    const QJsonObject media = param.value(type).toObject();
    return media.value(u"link"_s).isString() || media.value(u"id"_s).isString();
}

int indexOf(const QJsonObject& component)
{
    const QJsonValue index = component.value(u"index"_s);
    bool ok = false;
    const int n = index.isString() ? index.toString().toInt(&ok) : index.toInt(-1);
    return index.isString() && !ok ? -1 : n;
}

// The send-side sub_type and parameter type a template button expects, or
// empty when the button takes no parameter.
std::pair<QStringList, QString> expectedButton(const QJsonObject& button)
{
    const QString type = button.value(u"type"_s).toString().toUpper();
    if (type == u"URL" && button.value(u"url"_s).toString().contains(u"{{"))
        return {{u"url"_s}, u"text"_s};
    if (type == u"OTP")
        return {{u"url"_s, u"copy_code"_s}, u"text"_s};
    if (type == u"COPY_CODE")
        return {{u"copy_code"_s}, u"coupon_code"_s};
    return {{}, {}};
}

QString sendSubType(const QJsonObject& button)
{
    const QString type = button.value(u"type"_s).toString().toUpper();
    if (type == u"QUICK_REPLY")
        return u"quick_reply"_s;
    if (type == u"URL")
        return u"url"_s;
    if (type == u"COPY_CODE")
        return u"copy_code"_s;
    if (type == u"CATALOG")
        return u"catalog"_s;
    return {};
}

} // namespace

QStringList TemplateChecker::placeholders(const QString& text)
{
    static const QRegularExpression pattern(u"\\{\\{\\s*([A-Za-z0-9_]+)\\s*\\}\\}"_s);
    QStringList names;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

std::optional<MetaError> TemplateChecker::check(const QJsonObject& node, const QJsonObject& request)
{
    const QJsonArray templateComponents = node.value(u"components"_s).toArray();
    const QJsonArray requestComponents = request.value(u"components"_s).toArray();
    const bool named
        = node.value(u"parameter_format"_s).toString().compare(u"NAMED"_s, Qt::CaseInsensitive) == 0;

    if (auto error = checkHeader(
            componentOf(templateComponents, u"HEADER"_s), componentOf(requestComponents, u"header"_s), named))
        return error;
    if (auto error
        = checkTextParams(u"body"_s, componentOf(templateComponents, u"BODY"_s).value(u"text"_s).toString(),
            componentOf(requestComponents, u"body"_s).value(u"parameters"_s).toArray(), named, false))
        return error;
    return checkButtons(
        componentOf(templateComponents, u"BUTTONS"_s).value(u"buttons"_s).toArray(), requestComponents);
}

std::optional<MetaError> TemplateChecker::checkHeader(
    const QJsonObject& header, const QJsonObject& request, bool named)
{
    const QJsonArray params = request.value(u"parameters"_s).toArray();
    const QString format = header.value(u"format"_s).toString(u"TEXT"_s).toUpper();
    if (header.isEmpty() || format == u"TEXT")
        return checkTextParams(u"header"_s, header.value(u"text"_s).toString(), params, named, true);

    // A media or location header needs exactly one parameter of that type.
    const QString expected = format.toLower();
    const QString received
        = params.isEmpty() ? u"UNKNOWN"_s : params.first().toObject().value(u"type"_s).toString().toUpper();
    if (params.size() != 1 || received.toLower() != expected
        || (expected != u"location" && !hasMedia(params.first().toObject(), expected)))
        return MetaError::parameterFormat(u"header: Format mismatch, expected %1, received %2"_s.arg(
            format, received.isEmpty() ? u"UNKNOWN"_s : received));
    return std::nullopt;
}

std::optional<MetaError> TemplateChecker::checkTextParams(
    const QString& where, const QString& text, const QJsonArray& params, bool named, bool headerOnlyText)
{
    const QStringList expected = placeholders(text);
    if (params.size() != expected.size())
        return MetaError::parameterCount(
            u"%1: number of localizable_params (%2) does not match the expected number of params (%3)"_s
                .arg(where)
                .arg(params.size())
                .arg(expected.size()));
    QSet<QString> seen;
    for (const QJsonValue& value : params) {
        const QJsonObject param = value.toObject();
        const QString type = param.value(u"type"_s).toString();
        if (!wellFormed(param) || (headerOnlyText && type != u"text"))
            return MetaError::parameterFormat(u"%1: Format mismatch, expected TEXT, received %2"_s.arg(
                where, type.isEmpty() ? u"UNKNOWN"_s : type.toUpper()));
        if (!named)
            continue;
        const QString name = param.value(u"parameter_name"_s).toString();
        if (name.isEmpty())
            return MetaError::parameterFormat(u"%1: named parameters need parameter_name"_s.arg(where));
        if (!expected.contains(name) || seen.contains(name))
            return MetaError::parameterCount(
                u"%1: parameter_name \"%2\" is not expected or repeated (expected %3)"_s.arg(
                    where, name, expected.join(u", "_s)));
        seen.insert(name);
    }
    return std::nullopt;
}

std::optional<MetaError> TemplateChecker::checkButtons(
    const QJsonArray& buttons, const QJsonArray& requestComponents)
{
    QSet<int> given;
    for (const QJsonValue& value : requestComponents) {
        const QJsonObject component = value.toObject();
        if (component.value(u"type"_s).toString() != u"button")
            continue;
        const int index = indexOf(component);
        if (index < 0 || index >= buttons.size())
            return MetaError::parameterFormat(u"buttons: there is no button at index %1"_s.arg(index));
        const QJsonObject button = buttons.at(index).toObject();
        const auto [subTypes, paramType] = expectedButton(button);
        const QString subType = component.value(u"sub_type"_s).toString();
        const bool subTypeOk
            = subTypes.isEmpty() ? subType == sendSubType(button) : subTypes.contains(subType);
        if (!subTypeOk)
            return MetaError::parameterFormat(u"button %1: sub_type %2 does not match a %3 button"_s.arg(
                QString::number(index), subType, button.value(u"type"_s).toString()));
        const QJsonArray params = component.value(u"parameters"_s).toArray();
        const QString wanted = paramType.isEmpty() ? u"payload"_s : paramType;
        if ((!paramType.isEmpty() && params.size() != 1) || params.size() > 1)
            return MetaError::parameterCount(
                u"button %1: expected %2 parameter(s), got %3"_s.arg(QString::number(index),
                    paramType.isEmpty() ? u"0 or 1"_s : u"1"_s, QString::number(params.size())));
        if (!params.isEmpty() && params.first().toObject().value(u"type"_s).toString() != wanted)
            return MetaError::parameterFormat(
                u"button %1: Format mismatch, expected %2, received %3"_s.arg(QString::number(index),
                    wanted.toUpper(), params.first().toObject().value(u"type"_s).toString().toUpper()));
        given.insert(index);
    }
    for (int i = 0; i < buttons.size(); ++i) {
        if (!expectedButton(buttons.at(i).toObject()).second.isEmpty() && !given.contains(i))
            return MetaError::parameterCount(u"button %1: expected 1 parameter, got 0"_s.arg(i));
    }
    return std::nullopt;
}

} // namespace Atendo

#include "core/templateparameters.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace Atendo {

namespace {

QJsonObject toObject(const QMap<QString, QString>& map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

bool readStrings(const QJsonObject& json, const QString& member, QMap<QString, QString>* out, QString* error)
{
    const QJsonValue value = json.value(member);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isObject()) {
        if (error)
            *error = u"template parameters: \"%1\" must be an object"_s.arg(member);
        return false;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!it.value().isString()) {
            if (error)
                *error = u"template parameters: %1.%2 must be a string"_s.arg(member, it.key());
            return false;
        }
        out->insert(it.key(), it.value().toString());
    }
    return true;
}

} // namespace

QJsonObject TemplateParameters::toJson() const
{
    QJsonObject buttonObject;
    for (auto it = buttons.cbegin(); it != buttons.cend(); ++it)
        buttonObject.insert(QString::number(it.key()), it.value());
    return QJsonObject {
        {u"header"_s, toObject(header)}, {u"body"_s, toObject(body)}, {u"buttons"_s, buttonObject}};
}

std::optional<TemplateParameters> TemplateParameters::fromJson(const QJsonObject& json, QString* error)
{
    TemplateParameters params;
    QMap<QString, QString> buttonStrings;
    if (!readStrings(json, u"header"_s, &params.header, error)
        || !readStrings(json, u"body"_s, &params.body, error)
        || !readStrings(json, u"buttons"_s, &buttonStrings, error)) {
        return std::nullopt;
    }
    for (auto it = buttonStrings.cbegin(); it != buttonStrings.cend(); ++it) {
        bool ok = false;
        const int index = it.key().toInt(&ok);
        // Meta allows at most 10 buttons; the key must be the plain index.
        if (!ok || index < 0 || index > 9 || QString::number(index) != it.key()) {
            if (error)
                *error = u"template parameters: button key \"%1\" is not an index 0-9"_s.arg(it.key());
            return std::nullopt;
        }
        params.buttons.insert(index, it.value());
    }
    return params;
}

} // namespace Atendo

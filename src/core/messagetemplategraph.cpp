// MessageTemplate <-> Meta's Graph template node (cloudapi.md §4).
#include "core/messagetemplate.h"
#include "core/templateplaceholders.h"

#include <QJsonArray>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace Atendo {

namespace {

class GraphReader
{
public:
    explicit GraphReader(QString* error) : m_error(error) { }

    bool fail(const QString& message)
    {
        if (m_error)
            *m_error = u"template: "_s + message;
        return false;
    }

    // A member that must be a string when present.
    bool optionalString(const QJsonObject& object, const QString& key, QString* out)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return true;
        if (!value.isString())
            return fail(u"\"%1\" must be a string"_s.arg(key));
        *out = value.toString();
        return true;
    }

    bool readExamples(const QJsonObject& example, bool isHeader, MessageTemplate* tmpl)
    {
        if (isHeader) {
            const QJsonArray headerText = example.value(u"header_text"_s).toArray();
            if (!headerText.isEmpty())
                tmpl->headerTextExample = headerText.first().toString();
            const QJsonArray named = example.value(u"header_text_named_params"_s).toArray();
            if (!named.isEmpty())
                tmpl->headerTextExample = named.first().toObject().value(u"example"_s).toString();
            const QJsonArray handle = example.value(u"header_handle"_s).toArray();
            if (!handle.isEmpty())
                tmpl->headerHandleExample = handle.first().toString();
            return true;
        }
        // body_text is a list of example rows; Meta shows the first.
        const QJsonArray rows = example.value(u"body_text"_s).toArray();
        if (!rows.isEmpty()) {
            for (const QJsonValue& cell : rows.first().toArray())
                tmpl->bodyExamples.append(cell.toString());
        }
        for (const QJsonValue& param : example.value(u"body_text_named_params"_s).toArray()) {
            const QJsonObject object = param.toObject();
            tmpl->bodyNamedExamples.insert(
                object.value(u"param_name"_s).toString(), object.value(u"example"_s).toString());
        }
        return true;
    }

    bool readButton(const QJsonObject& object, TemplateButton* button)
    {
        button->type = buttonTypeFromName(object.value(u"type"_s).toString());
        if (!optionalString(object, u"text"_s, &button->text)
            || !optionalString(object, u"url"_s, &button->url)
            || !optionalString(object, u"phone_number"_s, &button->phoneNumber)) {
            return false;
        }
        const QJsonValue example = object.value(u"example"_s);
        button->example = example.isArray() ? example.toArray().at(0).toString() : example.toString();
        if (button->type == ButtonType::Otp || button->type == ButtonType::Other)
            button->raw = object;
        return true;
    }

    bool readComponent(const QJsonObject& component, MessageTemplate* tmpl, bool* sawBody)
    {
        const QString type = component.value(u"type"_s).toString().toUpper();
        if (type == u"HEADER"_s) {
            const QString format = component.value(u"format"_s).toString(u"TEXT"_s);
            const auto headerFormat = headerFormatFromName(format);
            if (!headerFormat)
                return fail(u"unknown header format \"%1\""_s.arg(format));
            tmpl->headerFormat = *headerFormat;
            return optionalString(component, u"text"_s, &tmpl->headerText)
                && readExamples(component.value(u"example"_s).toObject(), true, tmpl);
        }
        if (type == u"BODY"_s) {
            *sawBody = true;
            return optionalString(component, u"text"_s, &tmpl->bodyText)
                && readExamples(component.value(u"example"_s).toObject(), false, tmpl);
        }
        if (type == u"FOOTER"_s)
            return optionalString(component, u"text"_s, &tmpl->footerText);
        if (type == u"BUTTONS"_s) {
            const QJsonValue buttons = component.value(u"buttons"_s);
            if (!buttons.isArray())
                return fail(u"BUTTONS needs a \"buttons\" array"_s);
            for (const QJsonValue& value : buttons.toArray()) {
                TemplateButton button;
                if (!value.isObject() || !readButton(value.toObject(), &button))
                    return fail(u"malformed button"_s);
                tmpl->buttons.append(button);
            }
        }
        // Components we do not model (CAROUSEL, LIMITED_TIME_OFFER, ...) are skipped.
        return true;
    }

private:
    QString* m_error;
};

QJsonObject headerExample(const MessageTemplate& tmpl)
{
    if (isMediaHeader(tmpl.headerFormat) && !tmpl.headerHandleExample.isEmpty())
        return {{u"header_handle"_s, QJsonArray {tmpl.headerHandleExample}}};
    if (tmpl.headerFormat != HeaderFormat::Text || tmpl.headerTextExample.isEmpty())
        return {};
    if (tmpl.parameterFormat == ParameterFormat::Named && !tmpl.headerKeys().isEmpty()) {
        const QJsonObject param {
            {u"param_name"_s, tmpl.headerKeys().first()}, {u"example"_s, tmpl.headerTextExample}};
        return {{u"header_text_named_params"_s, QJsonArray {param}}};
    }
    return {{u"header_text"_s, QJsonArray {tmpl.headerTextExample}}};
}

QJsonObject bodyExample(const MessageTemplate& tmpl)
{
    QJsonObject example;
    if (!tmpl.bodyExamples.isEmpty())
        example.insert(u"body_text"_s, QJsonArray {QJsonArray::fromStringList(tmpl.bodyExamples)});
    if (!tmpl.bodyNamedExamples.isEmpty()) {
        // In the order the text uses them, then any the text does not mention.
        QStringList order = tmpl.bodyKeys();
        for (const QString& key : tmpl.bodyNamedExamples.keys()) {
            if (!order.contains(key))
                order.append(key);
        }
        QJsonArray params;
        for (const QString& key : order) {
            if (tmpl.bodyNamedExamples.contains(key))
                params.append(
                    QJsonObject {{u"param_name"_s, key}, {u"example"_s, tmpl.bodyNamedExamples.value(key)}});
        }
        example.insert(u"body_text_named_params"_s, params);
    }
    return example;
}

QJsonObject buttonJson(const TemplateButton& button)
{
    if ((button.type == ButtonType::Other || button.type == ButtonType::Otp) && !button.raw.isEmpty())
        return button.raw;
    QJsonObject object {{u"type"_s, buttonTypeName(button.type)}};
    if (!button.text.isEmpty())
        object.insert(u"text"_s, button.text);
    if (!button.url.isEmpty())
        object.insert(u"url"_s, button.url);
    if (!button.phoneNumber.isEmpty())
        object.insert(u"phone_number"_s, button.phoneNumber);
    if (!button.example.isEmpty()) {
        if (button.type == ButtonType::Url)
            object.insert(u"example"_s, QJsonArray {button.example});
        else
            object.insert(u"example"_s, button.example);
    }
    return object;
}

} // namespace

std::optional<MessageTemplate> MessageTemplate::fromGraphJson(const QJsonObject& json, QString* error)
{
    GraphReader reader(error);
    MessageTemplate tmpl;
    if (!reader.optionalString(json, u"id"_s, &tmpl.id) || !reader.optionalString(json, u"name"_s, &tmpl.name)
        || !reader.optionalString(json, u"language"_s, &tmpl.language)
        || !reader.optionalString(json, u"rejected_reason"_s, &tmpl.rejectedReason)) {
        return std::nullopt;
    }
    if (tmpl.name.isEmpty()) {
        reader.fail(u"missing \"name\""_s);
        return std::nullopt;
    }
    const auto category = messageCategoryFromName(json.value(u"category"_s).toString());
    if (!category || *category == MessageCategory::Service) {
        reader.fail(u"\"category\" must be MARKETING, UTILITY or AUTHENTICATION"_s);
        return std::nullopt;
    }
    tmpl.category = *category;
    tmpl.status = templateStatusFromName(json.value(u"status"_s).toString());
    const QJsonValue format = json.value(u"parameter_format"_s);
    if (format.isString()) {
        const auto parsed = parameterFormatFromName(format.toString());
        if (!parsed) {
            reader.fail(u"unknown parameter_format \"%1\""_s.arg(format.toString()));
            return std::nullopt;
        }
        tmpl.parameterFormat = *parsed;
    }
    // Graph returns quality_score as {"score": "GREEN", ...}; accept a bare string too.
    const QJsonValue quality = json.value(u"quality_score"_s);
    tmpl.qualityScore
        = quality.isObject() ? quality.toObject().value(u"score"_s).toString() : quality.toString();

    const QJsonValue components = json.value(u"components"_s);
    if (!components.isArray()) {
        reader.fail(u"\"components\" must be an array"_s);
        return std::nullopt;
    }
    bool sawBody = false;
    for (const QJsonValue& component : components.toArray()) {
        if (!component.isObject()) {
            reader.fail(u"a component must be an object"_s);
            return std::nullopt;
        }
        if (!reader.readComponent(component.toObject(), &tmpl, &sawBody))
            return std::nullopt;
    }
    if (!sawBody) {
        reader.fail(u"no BODY component"_s);
        return std::nullopt;
    }
    return tmpl;
}

QJsonObject MessageTemplate::toGraphJson() const
{
    QJsonArray components;
    if (headerFormat != HeaderFormat::None) {
        QJsonObject header {{u"type"_s, u"HEADER"_s}, {u"format"_s, headerFormatName(headerFormat)}};
        if (!headerText.isEmpty())
            header.insert(u"text"_s, headerText);
        if (const QJsonObject example = headerExample(*this); !example.isEmpty())
            header.insert(u"example"_s, example);
        components.append(header);
    }
    QJsonObject body {{u"type"_s, u"BODY"_s}, {u"text"_s, bodyText}};
    if (const QJsonObject example = bodyExample(*this); !example.isEmpty())
        body.insert(u"example"_s, example);
    components.append(body);
    if (!footerText.isEmpty())
        components.append(QJsonObject {{u"type"_s, u"FOOTER"_s}, {u"text"_s, footerText}});
    if (!buttons.isEmpty()) {
        QJsonArray buttonArray;
        for (const TemplateButton& button : buttons)
            buttonArray.append(buttonJson(button));
        components.append(QJsonObject {{u"type"_s, u"BUTTONS"_s}, {u"buttons"_s, buttonArray}});
    }

    QJsonObject json {
        {u"name"_s, name},
        {u"language"_s, language},
        {u"status"_s, templateStatusName(status)},
        {u"category"_s, messageCategoryName(category).toUpper()},
        {u"parameter_format"_s, parameterFormatName(parameterFormat)},
        {u"components"_s, components},
    };
    if (!id.isEmpty())
        json.insert(u"id"_s, id);
    if (!qualityScore.isEmpty())
        json.insert(u"quality_score"_s, QJsonObject {{u"score"_s, qualityScore}});
    if (!rejectedReason.isEmpty())
        json.insert(u"rejected_reason"_s, rejectedReason);
    return json;
}

} // namespace Atendo

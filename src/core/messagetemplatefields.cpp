// MessageTemplate::fields(): what a UI must ask an agent before sending.
#include "core/messagetemplate.h"
#include "core/templateplaceholders.h"
#include "core/templatevalidator.h"

using namespace Qt::StringLiterals;

namespace Atendo {

namespace {

QString labelFor(const QString& key)
{
    return TemplatePlaceholders::isPositionalKey(key) ? TemplatePlaceholders::placeholder(key) : key;
}

QString mediaLabel(HeaderFormat format)
{
    switch (format) {
    case HeaderFormat::Image:
        return u"Image (URL or media id)"_s;
    case HeaderFormat::Video:
        return u"Video (URL or media id)"_s;
    default:
        return u"Document (URL or media id)"_s;
    }
}

// Meta's example for a URL button is the whole URL; the agent fills only the part
// that replaces the placeholder.
QString urlSuffixExample(const TemplateButton& button)
{
    const qsizetype at = button.url.indexOf(u"{{"_s);
    if (at < 0 || !button.example.startsWith(button.url.left(at)))
        return button.example;
    return button.example.mid(at);
}

void addHeaderFields(const MessageTemplate& tmpl, QList<TemplateField>* fields)
{
    const auto header = TemplateComponent::Header;
    if (tmpl.headerFormat == HeaderFormat::Text) {
        for (const QString& key : tmpl.headerKeys()) {
            fields->append({header, key, -1, labelFor(key), tmpl.headerTextExample, TemplateFieldKind::Text,
                TemplateValidator::HeaderTextMaxLength, true});
        }
    } else if (isMediaHeader(tmpl.headerFormat)) {
        fields->append({header, u"media"_s, -1, mediaLabel(tmpl.headerFormat), {},
            TemplateFieldKind::MediaUrl, 0, true});
    } else if (tmpl.headerFormat == HeaderFormat::Location) {
        fields->append(
            {header, u"latitude"_s, -1, u"Latitude"_s, {}, TemplateFieldKind::Coordinate, 0, true});
        fields->append(
            {header, u"longitude"_s, -1, u"Longitude"_s, {}, TemplateFieldKind::Coordinate, 0, true});
        fields->append({header, u"name"_s, -1, u"Place name"_s, {}, TemplateFieldKind::Text, 0, false});
        fields->append({header, u"address"_s, -1, u"Address"_s, {}, TemplateFieldKind::Text, 0, false});
    }
}

void addBodyFields(const MessageTemplate& tmpl, QList<TemplateField>* fields)
{
    for (const QString& key : TemplatePlaceholders::sendOrder(tmpl.bodyText)) {
        QString example;
        if (TemplatePlaceholders::isPositionalKey(key))
            example = tmpl.bodyExamples.value(key.toInt() - 1);
        else
            example = tmpl.bodyNamedExamples.value(key);
        fields->append({TemplateComponent::Body, key, -1, labelFor(key), example, TemplateFieldKind::Text,
            TemplateValidator::BodyParamMaxLength, true});
    }
}

void addButtonFields(const MessageTemplate& tmpl, QList<TemplateField>* fields)
{
    for (int i = 0; i < tmpl.buttons.size(); ++i) {
        const TemplateButton& button = tmpl.buttons.at(i);
        if (!button.takesParameter())
            continue;
        TemplateField field {TemplateComponent::Button, QString::number(i), i, button.text, button.example,
            TemplateFieldKind::ButtonPayload, 0, button.requiresParameter()};
        switch (button.type) {
        case ButtonType::Url:
            field.kind = TemplateFieldKind::ButtonUrlSuffix;
            field.example = urlSuffixExample(button);
            break;
        case ButtonType::CopyCode:
            field.kind = TemplateFieldKind::CouponCode;
            field.maxLength = TemplateValidator::CodeMaxLength;
            break;
        case ButtonType::Otp:
            field.kind = TemplateFieldKind::OtpCode;
            field.maxLength = TemplateValidator::CodeMaxLength;
            break;
        default:
            break;
        }
        if (field.label.isEmpty())
            field.label = u"Button %1"_s.arg(i + 1);
        fields->append(field);
    }
}

} // namespace

QList<TemplateField> MessageTemplate::fields() const
{
    QList<TemplateField> result;
    addHeaderFields(*this, &result);
    addBodyFields(*this, &result);
    addButtonFields(*this, &result);
    return result;
}

} // namespace Atendo

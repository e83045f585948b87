#include "core/templaterenderer.h"

#include "core/templateplaceholders.h"
#include "core/templatevalidator.h"

#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Atendo {

namespace {

QString filled(const QMap<QString, QString>& values, const QString& key)
{
    return values.value(key).trimmed();
}

QJsonObject textParameter(const MessageTemplate& tmpl, const QString& key, const QString& value)
{
    QJsonObject parameter {{u"type"_s, u"text"_s}, {u"text"_s, value}};
    if (tmpl.parameterFormat == ParameterFormat::Named)
        parameter.insert(u"parameter_name"_s, key);
    return parameter;
}

QJsonArray headerParameters(const MessageTemplate& tmpl, const TemplateParameters& params)
{
    QJsonArray parameters;
    if (tmpl.headerFormat == HeaderFormat::Text) {
        for (const QString& key : tmpl.headerKeys()) {
            if (const QString value = filled(params.header, key); !value.isEmpty())
                parameters.append(textParameter(tmpl, key, value));
        }
    } else if (isMediaHeader(tmpl.headerFormat)) {
        const QString media = filled(params.header, u"media"_s);
        if (!media.isEmpty()) {
            const QString type = headerFormatName(tmpl.headerFormat).toLower();
            // A bare number is a media id uploaded to Meta; anything else is a link.
            static const QRegularExpression mediaId(u"\\A[0-9]+\\z"_s);
            const bool isId = mediaId.match(media).hasMatch();
            parameters.append(
                QJsonObject {{u"type"_s, type}, {type, QJsonObject {{isId ? u"id"_s : u"link"_s, media}}}});
        }
    } else if (tmpl.headerFormat == HeaderFormat::Location) {
        const QString latitude = filled(params.header, u"latitude"_s);
        const QString longitude = filled(params.header, u"longitude"_s);
        if (!latitude.isEmpty() && !longitude.isEmpty()) {
            QJsonObject location {{u"latitude"_s, latitude}, {u"longitude"_s, longitude}};
            for (const auto& key : {u"name"_s, u"address"_s}) {
                if (const QString value = filled(params.header, key); !value.isEmpty())
                    location.insert(key, value);
            }
            parameters.append(QJsonObject {{u"type"_s, u"location"_s}, {u"location"_s, location}});
        }
    }
    return parameters;
}

QJsonObject buttonComponent(const TemplateButton& button, int index, const QString& value)
{
    QString subType;
    QJsonObject parameter;
    switch (button.type) {
    case ButtonType::Url:
    case ButtonType::Otp: // an OTP code travels as the url button's text
        subType = u"url"_s;
        parameter = {{u"type"_s, u"text"_s}, {u"text"_s, value}};
        break;
    case ButtonType::QuickReply:
        subType = u"quick_reply"_s;
        parameter = {{u"type"_s, u"payload"_s}, {u"payload"_s, value}};
        break;
    case ButtonType::CopyCode:
        subType = u"copy_code"_s;
        parameter = {{u"type"_s, u"coupon_code"_s}, {u"coupon_code"_s, value}};
        break;
    default:
        return {};
    }
    return {{u"type"_s, u"button"_s}, {u"sub_type"_s, subType}, {u"index"_s, QString::number(index)},
        {u"parameters"_s, QJsonArray {parameter}}};
}

} // namespace

QString TemplateRenderer::substitute(const QString& text, const QMap<QString, QString>& values)
{
    static const QRegularExpression pattern(u"\\{\\{([^{}]*)\\}\\}"_s);
    QString result;
    qsizetype last = 0;
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        const QString value = filled(values, match.captured(1));
        result += QStringView(text).mid(last, match.capturedStart() - last);
        result += value.isEmpty() ? match.captured(0) : value;
        last = match.capturedEnd();
    }
    result += QStringView(text).mid(last);
    return result;
}

RenderedTemplate TemplateRenderer::render(const MessageTemplate& tmpl, const TemplateParameters& params)
{
    RenderedTemplate rendered;
    rendered.headerFormat = tmpl.headerFormat;
    if (tmpl.headerFormat == HeaderFormat::Text)
        rendered.header = substitute(tmpl.headerText, params.header);
    else if (isMediaHeader(tmpl.headerFormat))
        rendered.header = filled(params.header, u"media"_s);
    else if (tmpl.headerFormat == HeaderFormat::Location)
        rendered.header = filled(params.header, u"name"_s);
    rendered.body = substitute(tmpl.bodyText, params.body);
    rendered.footer = tmpl.footerText;
    for (const TemplateButton& button : tmpl.buttons)
        rendered.buttons.append(button.text);
    return rendered;
}

QString TemplateRenderer::renderText(const MessageTemplate& tmpl, const TemplateParameters& params)
{
    const RenderedTemplate rendered = render(tmpl, params);
    QStringList parts;
    if (tmpl.headerFormat == HeaderFormat::Text && !rendered.header.isEmpty())
        parts.append(rendered.header);
    parts.append(rendered.body);
    if (!rendered.footer.isEmpty())
        parts.append(rendered.footer);
    QStringList buttonLines;
    for (const QString& label : rendered.buttons) {
        if (!label.isEmpty())
            buttonLines.append(u"["_s + label + u"]"_s);
    }
    if (!buttonLines.isEmpty())
        parts.append(buttonLines.join(u'\n'));
    return parts.join(u"\n\n"_s);
}

QJsonArray TemplateRenderer::buildComponents(const MessageTemplate& tmpl, const TemplateParameters& params)
{
    QJsonArray components;
    if (const QJsonArray header = headerParameters(tmpl, params); !header.isEmpty())
        components.append(QJsonObject {{u"type"_s, u"header"_s}, {u"parameters"_s, header}});

    QJsonArray body;
    for (const QString& key : TemplatePlaceholders::sendOrder(tmpl.bodyText)) {
        if (const QString value = filled(params.body, key); !value.isEmpty())
            body.append(textParameter(tmpl, key, value));
    }
    if (!body.isEmpty())
        components.append(QJsonObject {{u"type"_s, u"body"_s}, {u"parameters"_s, body}});

    for (int i = 0; i < tmpl.buttons.size(); ++i) {
        const QString value = params.buttons.value(i).trimmed();
        if (!tmpl.buttons.at(i).takesParameter() || value.isEmpty())
            continue;
        if (const QJsonObject button = buttonComponent(tmpl.buttons.at(i), i, value); !button.isEmpty())
            components.append(button);
    }
    return components;
}

} // namespace Atendo

#pragma once

#include "core/messagetemplate.h"
#include "core/templateparameters.h"

#include <QJsonArray>
#include <QString>
#include <QStringList>

namespace Atendo {

// A template with the agent's values substituted, for previews and the stored copy of
// what was sent.
struct RenderedTemplate
{
    HeaderFormat headerFormat {HeaderFormat::None};
    // Text header with values; for a media header the media URL/id given (may be empty).
    QString header;
    QString body;
    QString footer;
    // Button labels in order.
    QStringList buttons;

    bool operator==(const RenderedTemplate& other) const = default;
};

class TemplateRenderer
{
public:
    // Substitutes placeholders. A value missing or blank leaves its `{{key}}` in
    // place so a live preview shows what is still to fill.
    [[nodiscard]] static RenderedTemplate render(
        const MessageTemplate& tmpl, const TemplateParameters& params);

    // A flat text preview: text header, body and footer separated by blank lines,
    // then one "[label]" line per button. Media headers are not part of the text.
    [[nodiscard]] static QString renderText(const MessageTemplate& tmpl, const TemplateParameters& params);

    // The Cloud API send `components` array (cloudapi.md §2.2):
    //  - {"type":"header","parameters":[...]}: text ({"type":"text","text":v}), media
    //    ({"type":"image","image":{"link":url}} or {"id":mediaId}; video/document alike)
    //    or location; only when the header takes a parameter.
    //  - {"type":"body","parameters":[{"type":"text","text":v}, ...]}: positional in
    //    numeric order; named templates add "parameter_name" in order of appearance.
    //  - {"type":"button","sub_type":"url"|"quick_reply"|"copy_code","index":"N",
    //    "parameters":[...]} only for buttons that take a parameter and got one
    //    (url: {"type":"text"}, quick_reply: {"type":"payload"}, copy_code:
    //    {"type":"coupon_code"}; an OTP button is sent as url with the code).
    // Empty components are omitted. Values are sent trimmed. Validate first: this
    // does not check anything and skips missing values.
    [[nodiscard]] static QJsonArray buildComponents(
        const MessageTemplate& tmpl, const TemplateParameters& params);

    // Replaces each `{{key}}` of `text` whose value in `values` is non-blank.
    [[nodiscard]] static QString substitute(const QString& text, const QMap<QString, QString>& values);
};

} // namespace Atendo

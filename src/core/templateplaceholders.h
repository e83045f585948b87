#pragma once

#include <QString>
#include <QStringList>

namespace Atendo {

enum class ParameterFormat;

// Placeholders in a template's text: {{1}}, {{2}} (positional) or {{first_name}} (named).
// A well-formed key is either a positive integer without leading zero or a named
// key of lowercase ASCII letters, digits and underscores starting with a letter or
// underscore. No spaces inside the braces.
class TemplatePlaceholders
{
public:
    // Well-formed keys in order of first appearance, each once:
    // "Hi {{1}}, order {{2}} for {{1}}" -> ["1", "2"].
    [[nodiscard]] static QStringList parse(const QString& text);

    // Keys in the order a positional send lists them: numeric order for positional
    // keys ("2","1" -> "1","2"), appearance order otherwise.
    [[nodiscard]] static QStringList sendOrder(const QString& text);

    // Whether `text` is a valid template text for `format` (what Meta's review
    // rejects as INVALID_FORMAT). Empty string when valid; otherwise an English
    // explanation naming the first problem found:
    //  - malformed placeholder ("{{ 1 }}", "{{First}}", "{{}}", "{{01}}");
    //  - mixed positional and named placeholders;
    //  - a placeholder of the other format than `format`;
    //  - positional placeholders not exactly 1..n (e.g. {{1}} and {{3}});
    //  - two placeholders with nothing but whitespace between them ("{{1}}{{2}}").
    [[nodiscard]] static QString check(const QString& text, ParameterFormat format);

    // True for keys like "1", "12" (positional).
    [[nodiscard]] static bool isPositionalKey(const QString& key);
    // True for keys like "first_name".
    [[nodiscard]] static bool isNamedKey(const QString& key);

    // "{{" + key + "}}".
    [[nodiscard]] static QString placeholder(const QString& key);
};

} // namespace Atendo

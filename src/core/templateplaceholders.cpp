#include "core/templateplaceholders.h"

#include "core/messagetemplate.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Atendo {

namespace {

// Anything between double braces; check() then decides whether it is well-formed.
const QRegularExpression& candidatePattern()
{
    static const QRegularExpression pattern(u"\\{\\{([^{}]*)\\}\\}"_s);
    return pattern;
}

struct Candidate
{
    QString inner;
    qsizetype start;
    qsizetype end;
};

QList<Candidate> candidates(const QString& text)
{
    QList<Candidate> result;
    auto it = candidatePattern().globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        result.append({match.captured(1), match.capturedStart(), match.capturedEnd()});
    }
    return result;
}

} // namespace

bool TemplatePlaceholders::isPositionalKey(const QString& key)
{
    static const QRegularExpression pattern(u"\\A[1-9][0-9]{0,2}\\z"_s);
    return pattern.match(key).hasMatch();
}

bool TemplatePlaceholders::isNamedKey(const QString& key)
{
    static const QRegularExpression pattern(u"\\A[a-z_][a-z0-9_]*\\z"_s);
    return pattern.match(key).hasMatch();
}

QString TemplatePlaceholders::placeholder(const QString& key)
{
    return u"{{"_s + key + u"}}"_s;
}

QStringList TemplatePlaceholders::parse(const QString& text)
{
    QStringList keys;
    for (const Candidate& candidate : candidates(text)) {
        const bool wellFormed = isPositionalKey(candidate.inner) || isNamedKey(candidate.inner);
        if (wellFormed && !keys.contains(candidate.inner))
            keys.append(candidate.inner);
    }
    return keys;
}

QStringList TemplatePlaceholders::sendOrder(const QString& text)
{
    QStringList keys = parse(text);
    if (std::all_of(keys.cbegin(), keys.cend(), isPositionalKey)) {
        std::sort(keys.begin(), keys.end(),
            [](const QString& a, const QString& b) { return a.toInt() < b.toInt(); });
    }
    return keys;
}

QString TemplatePlaceholders::check(const QString& text, ParameterFormat format)
{
    const QList<Candidate> found = candidates(text);
    QString rest = text;
    for (auto it = found.crbegin(); it != found.crend(); ++it)
        rest.remove(it->start, it->end - it->start);
    if (rest.contains(u"{{"_s) || rest.contains(u"}}"_s))
        return u"Unbalanced braces: a placeholder is written {{1}} or {{name}}."_s;

    bool positional = false;
    bool named = false;
    for (const Candidate& candidate : found) {
        if (isPositionalKey(candidate.inner)) {
            positional = true;
        } else if (isNamedKey(candidate.inner)) {
            named = true;
        } else {
            return u"Malformed placeholder %1: use {{1}} or lowercase {{name}} without spaces."_s.arg(
                placeholder(candidate.inner));
        }
    }
    if (positional && named)
        return u"Positional ({{1}}) and named ({{name}}) placeholders cannot be mixed."_s;
    if (positional && format == ParameterFormat::Named)
        return u"The template uses named parameters but the text has positional placeholders."_s;
    if (named && format == ParameterFormat::Positional)
        return u"The template uses positional parameters but the text has named placeholders."_s;

    if (positional) {
        const QStringList keys = sendOrder(text);
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (keys.at(i).toInt() != i + 1) {
                return u"Positional placeholders must be numbered 1 to %1 without gaps; %2 is out of sequence."_s
                    .arg(keys.size())
                    .arg(placeholder(keys.at(i)));
            }
        }
    }
    for (qsizetype i = 1; i < found.size(); ++i) {
        const auto between
            = QStringView(text).mid(found.at(i - 1).end, found.at(i).start - found.at(i - 1).end);
        if (between.trimmed().isEmpty()) {
            return u"Placeholders %1 and %2 are adjacent; put text between them."_s.arg(
                placeholder(found.at(i - 1).inner), placeholder(found.at(i).inner));
        }
    }
    return {};
}

} // namespace Atendo

#include "cloudapi/mediarules.h"

#include <array>

namespace Atendo {

using namespace Qt::StringLiterals;

namespace {

struct KindRule
{
    QString kind;
    qint64 maxBytes;
    QStringList mimeTypes;
};

const std::array<KindRule, 4>& rules()
{
    static const std::array<KindRule, 4> table {{
        {u"image"_s, 5 * MediaRules::MiB, {u"image/jpeg"_s, u"image/png"_s}},
        {u"video"_s, 16 * MediaRules::MiB, {u"video/mp4"_s, u"video/3gpp"_s}},
        {u"audio"_s, 16 * MediaRules::MiB,
            {u"audio/aac"_s, u"audio/amr"_s, u"audio/mpeg"_s, u"audio/mp4"_s, u"audio/ogg"_s}},
        {u"document"_s, 100 * MediaRules::MiB,
            {u"text/plain"_s, u"application/pdf"_s, u"application/msword"_s, u"application/vnd.ms-excel"_s,
                u"application/vnd.ms-powerpoint"_s,
                u"application/vnd.openxmlformats-officedocument.wordprocessingml.document"_s,
                u"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"_s,
                u"application/vnd.openxmlformats-officedocument.presentationml.presentation"_s}},
    }};
    return table;
}

const KindRule* ruleFor(const QString& kind)
{
    for (const KindRule& rule : rules()) {
        if (rule.kind == kind)
            return &rule;
    }
    return nullptr;
}

// "image/jpeg; charset=x" and "IMAGE/JPEG" are the same type.
QString bare(const QString& mimeType)
{
    return mimeType.section(u';', 0, 0).trimmed().toLower();
}

} // namespace

QString MediaRules::kindOf(const QString& mimeType)
{
    const QString type = bare(mimeType);
    for (const KindRule& rule : rules()) {
        if (rule.mimeTypes.contains(type))
            return rule.kind;
    }
    return {};
}

qint64 MediaRules::maxBytes(const QString& kind)
{
    const KindRule* rule = ruleFor(kind);
    return rule ? rule->maxBytes : 0;
}

QStringList MediaRules::mimeTypes(const QString& kind)
{
    const KindRule* rule = ruleFor(kind);
    return rule ? rule->mimeTypes : QStringList {};
}

bool MediaRules::takesCaption(const QString& kind)
{
    return kind == u"image" || kind == u"video" || kind == u"document";
}

MediaRules::Verdict MediaRules::check(const QString& mimeType, qint64 size, const QString& kind)
{
    const QString actual = kindOf(mimeType);
    if (actual.isEmpty())
        return Verdict::UnsupportedType;
    if (!kind.isEmpty() && actual != kind)
        return Verdict::WrongKind;
    if (size <= 0)
        return Verdict::Empty;
    if (size > maxBytes(actual))
        return Verdict::TooLarge;
    return Verdict::Ok;
}

QString MediaRules::explain(Verdict verdict, const QString& mimeType, qint64 size)
{
    const QString kind = kindOf(mimeType);
    switch (verdict) {
    case Verdict::Ok:
        return {};
    case Verdict::UnsupportedType:
        return u"WhatsApp does not accept files of type %1"_s.arg(mimeType);
    case Verdict::WrongKind:
        return u"a file of type %1 can only be sent as %2"_s.arg(mimeType, kind);
    case Verdict::Empty:
        return u"the file is empty"_s;
    case Verdict::TooLarge:
        return u"the file has %1 bytes; WhatsApp takes at most %2 MB for %3 files"_s.arg(size)
            .arg(maxBytes(kind) / MiB)
            .arg(kind);
    }
    return {};
}

} // namespace Atendo

#include "core/phonenumber.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Atendo {

namespace {

constexpr int MinDigits = 8;
constexpr int MaxDigits = 15; // E.164

// ITU-T E.164 two-digit country codes; 1 and 7 are one digit, all others three.
constexpr int TwoDigitCodes[] = {20, 27, 30, 31, 32, 33, 34, 36, 39, 40, 41, 43, 44, 45, 46, 47, 48, 49, 51,
    52, 53, 54, 55, 56, 57, 58, 60, 61, 62, 63, 64, 65, 66, 81, 82, 84, 86, 90, 91, 92, 93, 94, 95, 98};

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isSeparator(QChar c)
{
    return c.isSpace() || c == u'-' || c == u'.' || c == u'(' || c == u')' || c == u'/'
        || c.category() == QChar::Other_Format; // bidi marks pasted from other apps
}

bool isValidInternational(const QString& digits)
{
    return digits.size() >= MinDigits && digits.size() <= MaxDigits && !digits.startsWith(u'0');
}

bool isE164(const QString& text)
{
    static const QRegularExpression pattern(u"\\A\\+[1-9][0-9]{7,14}\\z"_s);
    return pattern.match(text).hasMatch();
}

QString groupsOfThree(QStringView digits)
{
    QStringList groups;
    qsizetype i = 0;
    while (i < digits.size()) {
        // Never leave a single digit alone at the end: the last group takes four.
        const qsizetype take = digits.size() - i == 4 ? 4 : 3;
        groups.append(digits.mid(i, take).toString());
        i += take;
    }
    return groups.join(u' ');
}

} // namespace

std::optional<QString> PhoneNumber::toE164(const QString& raw, const QString& defaultCountryCode)
{
    QString digits;
    bool plus = false;
    for (const QChar c : raw) {
        if (isAsciiDigit(c))
            digits.append(c);
        else if (c == u'+' && !plus && digits.isEmpty())
            plus = true;
        else if (!isSeparator(c))
            return std::nullopt;
    }

    QString international;
    if (plus) {
        international = digits;
    } else if (digits.startsWith(u"00"_s)) {
        international = digits.mid(2);
    } else if (!defaultCountryCode.trimmed().isEmpty()) {
        QString countryCode = defaultCountryCode.trimmed();
        if (countryCode.startsWith(u'+'))
            countryCode.remove(0, 1);
        static const QRegularExpression codePattern(u"\\A[1-9][0-9]{0,2}\\z"_s);
        if (!codePattern.match(countryCode).hasMatch())
            return std::nullopt;
        // National numbers are often written with a trunk prefix: "(011) 98765-4321".
        const QString national = digits.startsWith(u'0') ? digits.mid(1) : digits;
        if (national.isEmpty())
            return std::nullopt;
        international = countryCode + national;
    } else {
        international = digits;
    }
    if (!isValidInternational(international))
        return std::nullopt;
    return u"+"_s + international;
}

QString PhoneNumber::waIdFromE164(const QString& e164)
{
    return e164.startsWith(u'+') ? e164.mid(1) : e164;
}

QString PhoneNumber::e164FromWaId(const QString& waId)
{
    const QString candidate = u"+"_s + waId.trimmed();
    return isE164(candidate) ? candidate : QString();
}

QString PhoneNumber::countryCallingCode(const QString& e164)
{
    if (!isE164(e164))
        return {};
    const QChar first = e164.at(1);
    if (first == u'1' || first == u'7')
        return QString(first);
    const int twoDigits = e164.mid(1, 2).toInt();
    for (const int code : TwoDigitCodes) {
        if (code == twoDigits)
            return e164.mid(1, 2);
    }
    return e164.mid(1, 3);
}

QString PhoneNumber::display(const QString& e164)
{
    const QString code = countryCallingCode(e164);
    if (code.isEmpty())
        return e164;
    const QStringView national = QStringView(e164).mid(1 + code.size());
    if (code == u"55"_s && (national.size() == 10 || national.size() == 11)) {
        const qsizetype local = national.size() - 2;
        return u"+55 %1 %2-%3"_s.arg(national.left(2), national.mid(2, local - 4), national.right(4));
    }
    if (code == u"1"_s && national.size() == 10)
        return u"+1 %1 %2 %3"_s.arg(national.left(3), national.mid(3, 3), national.right(4));
    return u"+"_s + code + u" "_s + groupsOfThree(national);
}

} // namespace Atendo

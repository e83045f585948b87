#include "core/keywordmatcher.h"

using namespace Qt::StringLiterals;

namespace Atendo {

namespace {

bool isDropped(QChar::Category category)
{
    switch (category) {
    case QChar::Mark_NonSpacing: // accents after NFKD, emoji variation selectors
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        return false;
    }
}

bool isSeparator(QChar::Category category)
{
    switch (category) {
    case QChar::Punctuation_Connector:
    case QChar::Punctuation_Dash:
    case QChar::Punctuation_Open:
    case QChar::Punctuation_Close:
    case QChar::Punctuation_InitialQuote:
    case QChar::Punctuation_FinalQuote:
    case QChar::Punctuation_Other:
    case QChar::Symbol_Math:
    case QChar::Symbol_Currency:
    case QChar::Symbol_Modifier:
    case QChar::Symbol_Other: // emoji
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
    case QChar::Other_Control: // tabs, new lines
    case QChar::Other_Format: // zero-width joiners, bidi marks
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Other_Surrogate:
        return true;
    default:
        return false;
    }
}

} // namespace

QString keywordIntentName(KeywordIntent intent)
{
    switch (intent) {
    case KeywordIntent::None:
        return u"none"_s;
    case KeywordIntent::OptOut:
        return u"opt_out"_s;
    case KeywordIntent::OptIn:
        return u"opt_in"_s;
    }
    return {};
}

QStringList KeywordMatcher::defaultOptOutKeywords()
{
    return {
        // Portuguese
        u"PARAR"_s,
        u"PARA"_s,
        u"PARE"_s,
        u"SAIR"_s,
        u"CANCELAR"_s,
        u"DESCADASTRAR"_s,
        u"NÃO QUERO MAIS"_s,
        u"NÃO ENVIE MAIS"_s,
        // English (the usual SMS STOP list)
        u"STOP"_s,
        u"STOP ALL"_s,
        u"STOPALL"_s,
        u"UNSUBSCRIBE"_s,
        u"OPT OUT"_s,
        u"OPTOUT"_s,
        u"CANCEL"_s,
        u"END"_s,
        u"QUIT"_s,
        // Spanish
        u"BAJA"_s,
        u"DETENER"_s,
        u"CANCELAR SUSCRIPCIÓN"_s,
        u"NO MÁS"_s,
    };
}

QStringList KeywordMatcher::defaultOptInKeywords()
{
    return {
        u"VOLTAR"_s, u"RETORNAR"_s, u"REATIVAR"_s, u"QUERO RECEBER"_s, // Portuguese
        u"START"_s, u"UNSTOP"_s, u"SUBSCRIBE"_s, u"OPT IN"_s, // English
        u"ALTA"_s, u"SUSCRIBIR"_s, u"VOLVER"_s, // Spanish
    };
}

KeywordMatcher KeywordMatcher::withDefaults()
{
    KeywordMatcher matcher;
    matcher.setOptOutKeywords(defaultOptOutKeywords());
    matcher.setOptInKeywords(defaultOptInKeywords());
    return matcher;
}

void KeywordMatcher::setOptOutKeywords(const QStringList& keywords)
{
    m_optOut = normalizedList(keywords);
}

void KeywordMatcher::setOptInKeywords(const QStringList& keywords)
{
    m_optIn = normalizedList(keywords);
}

QStringList KeywordMatcher::normalizedList(const QStringList& keywords)
{
    QStringList result;
    for (const QString& keyword : keywords) {
        const QString normalized = normalize(keyword);
        if (!normalized.isEmpty() && !result.contains(normalized))
            result.append(normalized);
    }
    return result;
}

KeywordIntent KeywordMatcher::classify(const QString& message) const
{
    const QString normalized = normalize(message);
    if (normalized.isEmpty())
        return KeywordIntent::None;
    // Opt-out first: when in doubt, stop.
    if (m_optOut.contains(normalized))
        return KeywordIntent::OptOut;
    if (m_optIn.contains(normalized))
        return KeywordIntent::OptIn;
    return KeywordIntent::None;
}

QString KeywordMatcher::normalize(const QString& text)
{
    const QList<uint> codePoints = text.normalized(QString::NormalizationForm_KD).toUcs4();
    QString result;
    result.reserve(text.size());
    bool pendingSpace = false;
    for (const uint codePoint : codePoints) {
        const auto category = QChar::category(char32_t(codePoint));
        if (isDropped(category))
            continue;
        if (isSeparator(category)) {
            pendingSpace = !result.isEmpty();
            continue;
        }
        if (pendingSpace) {
            result.append(u' ');
            pendingSpace = false;
        }
        result.append(QChar::fromUcs4(char32_t(codePoint)));
    }
    return result.toCaseFolded();
}

} // namespace Atendo

#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Atendo {

enum class KeywordIntent
{
    None,
    OptOut,
    OptIn
};

// "none", "opt_out", "opt_in".
[[nodiscard]] QString keywordIntentName(KeywordIntent intent);

// Recognises a customer's STOP / START message (a common BSP practice, not a Meta
// feature: cloudapi.md §5.3).
//
// Matching is on the WHOLE message after normalize(): "Parar!", " pará ", "STOP."
// opt out, while "não quero parar agora" does not; a keyword buried in a sentence
// is conversation, not a request.
//
// Asymmetry by design: a missed opt-out breaks the law and the customer's trust,
// a false one is undone by the customer's next START. So the opt-out list is broad
// (it includes CANCELAR, which may also mean "cancel my order"), and the opt-in list
// holds only unambiguous words. "SIM", "YES", "SI", "OK" are deliberately NOT opt-in
// keywords: they are everyday answers ("yes, that is my order") and reading them as
// consent would invent an opt-in. Operators may add them with setOptInKeywords().
// A word present in both lists classifies as OptOut.
class KeywordMatcher
{
public:
    // Empty lists: classifies everything as None.
    KeywordMatcher() = default;

    // The default Portuguese, English and Spanish lists below.
    [[nodiscard]] static KeywordMatcher withDefaults();
    // PARAR, PARA, PARE, SAIR, CANCELAR, DESCADASTRAR, NÃO QUERO MAIS, NÃO ENVIE MAIS,
    // STOP, STOP ALL, STOPALL, UNSUBSCRIBE, OPT OUT, OPTOUT, CANCEL, END, QUIT,
    // BAJA, DETENER, CANCELAR SUSCRIPCIÓN, NO MÁS.
    [[nodiscard]] static QStringList defaultOptOutKeywords();
    // VOLTAR, RETORNAR, REATIVAR, QUERO RECEBER, START, UNSTOP, SUBSCRIBE, OPT IN,
    // ALTA, SUSCRIBIR, VOLVER.
    [[nodiscard]] static QStringList defaultOptInKeywords();

    // Replace a list. Keywords are normalized on the way in; empty ones are dropped.
    void setOptOutKeywords(const QStringList& keywords);
    void setOptInKeywords(const QStringList& keywords);
    // The normalized lists.
    [[nodiscard]] QStringList optOutKeywords() const { return m_optOut; }
    [[nodiscard]] QStringList optInKeywords() const { return m_optIn; }

    [[nodiscard]] KeywordIntent classify(const QString& message) const;

    // Unicode NFKD, combining marks (accents) dropped, case-folded; punctuation,
    // symbols (emoji) and invisible format characters become spaces; whitespace runs
    // collapse to one space; trimmed. "  Não-Quero   MAIS!! 🙏" -> "nao quero mais".
    [[nodiscard]] static QString normalize(const QString& text);

private:
    [[nodiscard]] static QStringList normalizedList(const QStringList& keywords);

    QStringList m_optOut;
    QStringList m_optIn;
};

} // namespace Atendo

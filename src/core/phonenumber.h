#pragma once

#include <QString>

#include <optional>

namespace Atendo {

// Phone numbers in E.164 ("+5511987654321"), the form the Cloud API wants in `to`
// (cloudapi.md §2: without "+" Meta prepends the business's own country code).
class PhoneNumber
{
public:
    // Normalises what a person typed. Spaces (also non-breaking), dashes, dots,
    // slashes and parentheses are dropped. "+..." and "00..." are international.
    // Otherwise, with `defaultCountryCode` ("55" or "+55"), the number is national:
    // one leading trunk "0" is dropped and the country code prepended; without it,
    // the digits are taken as already international. The result must have 8-15
    // digits (E.164's maximum) and may not start with 0; anything else (letters,
    // a second "+") gives nullopt.
    [[nodiscard]] static std::optional<QString> toE164(
        const QString& raw, const QString& defaultCountryCode = {});

    // WhatsApp's wa_id is the E.164 number without "+": "5511987654321".
    [[nodiscard]] static QString waIdFromE164(const QString& e164);
    // "+" + digits of a wa_id; empty when it is not 8-15 digits.
    [[nodiscard]] static QString e164FromWaId(const QString& waId);

    // The country calling code of an E.164 number ("55", "1", "351"), from ITU's
    // assignment of 1-, 2- and 3-digit codes; empty when `e164` is not E.164.
    [[nodiscard]] static QString countryCallingCode(const QString& e164);

    // A readable form for agents, not a national dialling convention:
    //  - Brazil: "+55 11 98765-4321" (mobile), "+55 11 3456-7890" (landline);
    //  - North America (+1, 10 digits): "+1 650 555 1234";
    //  - others: "+<cc> " then the national digits in groups of three, the last group
    //    taking four digits rather than leaving one alone ("+44 207 946 0958").
    // Input that is not E.164 is returned unchanged.
    [[nodiscard]] static QString display(const QString& e164);
};

} // namespace Atendo

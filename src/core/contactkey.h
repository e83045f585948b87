#pragma once

#include <QString>

namespace Atendo {

// The one key a contact is stored under. Meta's business-scoped user ID
// (`user_id`, 2026) is stable even when a person hides their number behind a
// username, so it wins; `wa_id` is the fallback (cloudapi.md §1.4). A contact may
// have no phone number at all.
class ContactKey
{
public:
    // "bsuid:<user_id>" when user_id is non-blank, else "wa:<wa_id>" (a leading "+"
    // dropped), else empty. Both are trimmed.
    [[nodiscard]] static QString from(const QString& userId, const QString& waId);

    [[nodiscard]] static bool isBsuid(const QString& key);
    [[nodiscard]] static bool isWaId(const QString& key);
    // The part after the prefix ("5511987654321" for "wa:5511987654321"); empty for
    // a string that is not a contact key.
    [[nodiscard]] static QString value(const QString& key);
};

} // namespace Atendo

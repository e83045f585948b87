#pragma once

#include "store/contactrow.h"

#include <optional>

namespace Atendo {

class Database;

// One person, one contact, whichever identifier arrives: Meta's BSUID on a
// message, only the wa_id on a marketing preference, only the phone from an
// opt-in form. An existing contact found by any of them is reused (and
// completed) rather than a second one created under another key.
class ContactResolver
{
public:
    [[nodiscard]] static std::optional<ContactRow> resolve(
        Database& database, const QString& userId, const QString& waId, const QString& name);
};

} // namespace Atendo

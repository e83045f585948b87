#pragma once

#include <QString>

#include <optional>

namespace Atendo {

// What Meta bills a message as. Templates carry one of Marketing, Utility or
// Authentication; a free-form reply inside the customer-service window is Service.
enum class MessageCategory
{
    Service,
    Marketing,
    Utility,
    Authentication
};

// Stable lowercase names for storage and the wire: "service", "marketing",
// "utility", "authentication".
[[nodiscard]] QString messageCategoryName(MessageCategory category);

// Accepts our lowercase names and Meta's upper case ("MARKETING"), surrounding
// whitespace ignored. Anything else is std::nullopt.
[[nodiscard]] std::optional<MessageCategory> messageCategoryFromName(const QString& name);

} // namespace Atendo

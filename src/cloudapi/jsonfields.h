#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace Atendo::JsonFields {

// Lenient readers for Meta's payloads: a field of the wrong type reads as
// absent instead of throwing, so one odd field never costs a whole webhook.

// A string field; integral numbers are accepted too (ids sometimes arrive as numbers).
[[nodiscard]] QString string(const QJsonObject& object, QLatin1StringView key);

// A nested object, empty when absent or not an object.
[[nodiscard]] QJsonObject object(const QJsonObject& object, QLatin1StringView key);

// A boolean field; nullopt when absent or not a boolean.
[[nodiscard]] std::optional<bool> boolean(const QJsonObject& object, QLatin1StringView key);

// Unix seconds as a string of digits (Meta's usual form) or as a number; an
// invalid QDateTime when neither.
[[nodiscard]] QDateTime unixTime(const QJsonValue& value);

} // namespace Atendo::JsonFields

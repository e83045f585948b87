#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace Atendo::Protocol {

// Times on the wire are ISO 8601 in UTC with milliseconds: "2026-11-25T14:05:00.000Z".
[[nodiscard]] QString toWireTime(const QDateTime& time);
// An invalid QDateTime for null, missing or malformed input.
[[nodiscard]] QDateTime fromWireTime(const QJsonValue& value);
// null for an invalid time, so optional times read as null on the wire.
[[nodiscard]] QJsonValue wireTimeOrNull(const QDateTime& time);

} // namespace Atendo::Protocol

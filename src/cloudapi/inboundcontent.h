#pragma once

#include "cloudapi/inboundmessage.h"

#include <QJsonObject>

namespace Atendo::InboundContent {

// Readers for the type-specific parts of an inbound message item, one each,
// so InboundMessage::fromJson stays a dispatcher.
[[nodiscard]] InboundMessage::Media media(const QJsonObject& object);
[[nodiscard]] InboundMessage::Location location(const QJsonObject& object);
[[nodiscard]] std::optional<InboundMessage::InteractiveReply> interactive(const QJsonObject& object);
[[nodiscard]] InboundMessage::Button button(const QJsonObject& object);
[[nodiscard]] InboundMessage::Reaction reaction(const QJsonObject& object);
[[nodiscard]] InboundMessage::Context context(const QJsonObject& object);
[[nodiscard]] InboundMessage::Referral referral(const QJsonObject& object);

} // namespace Atendo::InboundContent

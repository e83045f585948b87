#pragma once

#include "protocol/messageinfo.h"

#include <QJsonObject>
#include <QString>

namespace Atendo::MessageStatus {

// A message's delivery progress only moves forward: pending → queued → sent →
// delivered → read. Meta's status webhooks arrive out of order, and an echo's
// reply can land after a later status event, so a lower rank never overwrites a
// higher one. `failed` is final, whatever came before it.
[[nodiscard]] int rank(const QString& status);

// Applies a message.status event's data ({status, wamid, error?, pricing?}) to
// `message`, keeping the forward-only rule. Returns whether anything changed.
bool applyStatusData(Protocol::MessageInfo& message, const QJsonObject& data);

// Merges the server's copy of a message into the one already shown (a local echo
// or an older server copy) without moving its status backwards.
[[nodiscard]] Protocol::MessageInfo merged(
    const Protocol::MessageInfo& shown, const Protocol::MessageInfo& incoming);

} // namespace Atendo::MessageStatus

#pragma once

#include "protocol/contactinfo.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Atendo::Protocol {

// A conversation (ticket) as consoles list it. The server sends the whole
// object on every change (conversation.changed), so a console simply replaces
// its copy. The window times come from the server: consoles never compute them.
struct ConversationInfo
{
    qint64 id = 0;
    ContactInfo contact;
    QString state = QStringLiteral("open"); // open | pending | resolved
    qint64 assigneeId = 0; // 0 = in the queue (null on the wire)
    QDateTime lastInboundAt; // the customer's last message (its own timestamp)
    QDateTime windowExpiresAt; // end of the 24 h window; invalid = never opened
    QDateTime freeEntryPointExpiresAt; // 72 h free-entry-point pricing window, if any
    QString lastMessagePreview;
    QString lastMessageDirection; // in | out | note
    QDateTime lastActivityAt;
    int unread = 0;
    QDateTime waitingSince; // oldest customer message not yet answered; invalid = not waiting
    QDateTime createdAt;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static std::optional<ConversationInfo> fromJson(const QJsonObject& object);
    friend bool operator==(const ConversationInfo&, const ConversationInfo&) = default;
};

} // namespace Atendo::Protocol

#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Atendo::Protocol {

// One message of a conversation: from the customer (in), from an agent (out) or
// an internal note (note) that never leaves the team.
struct MessageInfo
{
    qint64 id = 0;
    qint64 conversationId = 0;
    QString key; // the client's idempotency key for outbound messages
    QString direction; // in | out | note
    QString kind = QStringLiteral("text"); // text | image | video | audio | document | sticker | location |
                                           // interactive | button | reaction | template | unsupported
    QString text; // body, caption, rendered template, button title
    qint64 authorId = 0; // the agent, for out and note; 0 for the customer
    QString wamid; // Meta's message id, once known
    QString status; // received | queued | sent | delivered | read | failed
    QString errorCode; // when failed: a stable reason (window_closed, meta_131047, …)
    QString errorMessage;
    qint64 replyTo = 0; // id of the quoted message
    QJsonObject templ; // kind=template: {name, language, category, params}
    QJsonObject media; // {id, mime_type, filename, size, sha256}
    QJsonObject location; // {latitude, longitude, name, address, url}
    QJsonObject reaction; // {target_id, emoji}; emoji "" = removed
    QJsonObject pricing; // {category, type, billable, price_micros, currency}
    QDateTime createdAt; // when the server stored it
    QDateTime customerAt; // inbound: the message's own timestamp from Meta

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static std::optional<MessageInfo> fromJson(const QJsonObject& object);
    friend bool operator==(const MessageInfo&, const MessageInfo&) = default;
};

} // namespace Atendo::Protocol

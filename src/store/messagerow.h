#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Atendo {

struct MessageRow
{
    qint64 id {0};
    qint64 conversationId {0};
    QString idempotencyKey; // outbound only; empty = NULL
    QString direction; // in | out | note
    QString kind; // text | image | ... | template | unsupported
    QString text;
    qint64 authorId {0}; // agent id; 0 = the customer or the system
    QString wamid; // empty = not known yet (NULL)
    QString status; // received | queued | sent | delivered | read | failed
    QString errorCode; // stable reason ("window_closed", "meta_131047", ...)
    QString errorMessage;
    QString replyTo; // wamid of the message replied to
    QString payloadJson; // template/media/location/reaction as JSON text
    QString pricingJson;
    QDateTime createdAt;
    QDateTime customerAt; // the customer's own timestamp (inbound)

    bool operator==(const MessageRow&) const = default;
};

struct MessageInsert
{
    qint64 id {0};
    bool inserted {false}; // false: the row already existed (dedup); id is the existing one
};

struct MessagePage
{
    QList<MessageRow> rows; // oldest first
    bool hasMore {false}; // older messages exist
};

// An outbound message as a delivery status finds it, with its customer's phone
// (for the price estimate), read in the same statement. Only the fields a
// status needs are filled: id, conversation, direction, author, wamid,
// status, error and pricing.
struct MessageStatusTarget
{
    MessageRow row;
    QString contactPhone;
};

// MessageRepository::applyStatus(): the target and whether it moved.
struct StatusChange
{
    std::optional<MessageStatusTarget> target;
    bool advanced = false;
};

} // namespace Atendo

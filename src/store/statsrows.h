#pragma once

#include <QDateTime>
#include <QString>

namespace Atendo {

// One template message with its billing row, if Meta priced it (StatsRepository).
struct TemplateSendRow
{
    qint64 messageId {0};
    qint64 authorId {0};
    QString status;
    bool accepted {false}; // Meta gave it a wamid
    QString payloadJson; // {"template": {"name", "language", "category", ...}}
    bool billed {false}; // a billing row exists
    QString billingCategory;
    bool billable {false};
    qint64 priceMicros {0};

    bool operator==(const TemplateSendRow&) const = default;
};

// A customer message or an agent's reply, in conversation order, for response times.
struct ReplyEvent
{
    qint64 conversationId {0};
    bool inbound {false};
    qint64 authorId {0};
    QDateTime at; // inbound: the customer's own timestamp when known

    bool operator==(const ReplyEvent&) const = default;
};

// Messages stored in one UTC hour.
struct HourVolume
{
    QDateTime hour; // the hour's start, UTC
    int inbound {0};
    int outbound {0};

    bool operator==(const HourVolume&) const = default;
};

// How many failed sends carried one error code.
struct FailureCount
{
    QString code;
    int count {0};

    bool operator==(const FailureCount&) const = default;
};

} // namespace Atendo

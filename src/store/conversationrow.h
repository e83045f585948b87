#pragma once

#include <QDateTime>
#include <QString>

namespace Atendo {

struct ConversationRow
{
    qint64 id {0};
    qint64 contactId {0};
    QString state {QStringLiteral("open")}; // open | pending | resolved
    qint64 assigneeId {0}; // 0 = in the queue (NULL in the table)
    QDateTime lastInboundAt;
    QDateTime windowExpiresAt;
    QDateTime fepExpiresAt;
    QString lastPreview;
    QString lastDirection; // in | out | note
    QDateTime lastActivityAt;
    int unread {0};
    QDateTime waitingSince; // invalid = not waiting
    QDateTime createdAt;
    QDateTime resolvedAt;

    bool operator==(const ConversationRow&) const = default;
};

} // namespace Atendo

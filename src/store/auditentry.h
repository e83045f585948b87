#pragma once

#include <QDateTime>
#include <QString>

namespace Atendo {

// One supervision action (a take-over, a lead's transfer): who did what to
// which conversation, kept apart from the journal, which is pruned.
struct AuditEntry
{
    qint64 id {0};
    QDateTime at;
    qint64 actorId {0};
    QString action; // takeover | transfer
    qint64 conversationId {0};
    qint64 fromAgentId {0}; // 0 = the queue
    qint64 toAgentId {0}; // 0 = the queue
    qint64 messageId {0}; // the system note shown in the conversation; 0 = none
    QString detail;

    bool operator==(const AuditEntry&) const = default;
};

} // namespace Atendo

#pragma once

#include <QDateTime>
#include <QString>

namespace Atendo {

// A Graph API send waiting to go out (or in flight, done, failed).
struct OutboxItem
{
    qint64 id {0};
    qint64 messageId {0};
    QString requestJson;
    int attempts {0}; // claims so far (claimDue counts one each time)
    QDateTime notBefore;
    QString state; // pending | inflight | done | failed
    QString lastError;

    bool operator==(const OutboxItem&) const = default;
};

} // namespace Atendo

#pragma once

#include <QDateTime>
#include <QString>

namespace Atendo {

struct SessionRow
{
    qint64 id {0};
    qint64 agentId {0};
    QString tokenHash;
    QDateTime createdAt;
    QDateTime expiresAt;
    bool revoked {false};

    bool operator==(const SessionRow&) const = default;
};

} // namespace Atendo

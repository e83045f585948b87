#pragma once

#include <QDateTime>
#include <QString>

namespace Atendo {

struct AgentRow
{
    qint64 id {0};
    QString username;
    QString displayName;
    QString role; // "agent" | "lead" | "admin" (core's AgentRole names)
    QString passwordHash;
    int capacity {0};
    QDateTime createdAt;
    bool disabled {false};

    bool operator==(const AgentRow&) const = default;
};

} // namespace Atendo

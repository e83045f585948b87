#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Atendo {

// One agent's line on the team lead's board, as the server computed it.
struct BoardAgent
{
    qint64 agentId = 0;
    QString presence = QStringLiteral("offline"); // online | away | offline
    int openCount = 0;
    int capacity = 0; // 0 = no limit
    int sentToday = 0;
    std::optional<qint64> firstResponseMedianS; // none yet today
    std::optional<qint64> responseMedianS;

    friend bool operator==(const BoardAgent&, const BoardAgent&) = default;
};

// Something a lead should look at now. The same condition keeps the same
// identity (kind, conversation, agent) from one board to the next, so the
// console notifies once when it appears, not on every push.
struct BoardAlert
{
    QString kind; // customer_waiting | window_closing | agent_over_capacity | outbox_backlog | meta_errors
    QString severity = QStringLiteral("warning"); // warning | critical
    qint64 conversationId = 0; // 0 = none
    qint64 agentId = 0; // 0 = none
    QDateTime since;
    double value = 0;

    [[nodiscard]] QString identity() const;
    [[nodiscard]] bool isCritical() const { return severity == QLatin1StringView("critical"); }
    friend bool operator==(const BoardAlert&, const BoardAlert&) = default;
};

// The `board` object of board.subscribe and the `board` event (docs/protocol.md).
struct BoardSnapshot
{
    QDateTime at;
    int waitingMinutes = 10;
    int windowClosingMinutes = 60;
    int open = 0;
    int unassigned = 0;
    int waiting = 0;
    int waitingOverThreshold = 0;
    QDateTime oldestWaitingSince; // invalid = nobody waiting
    int windowsClosing = 0;
    QList<BoardAgent> agents;
    QList<BoardAlert> alerts;
    int outboxDepth = 0;
    int failedLastHour = 0;

    [[nodiscard]] static BoardSnapshot fromJson(const QJsonObject& board);
    [[nodiscard]] std::optional<BoardAgent> agent(qint64 agentId) const;
    friend bool operator==(const BoardSnapshot&, const BoardSnapshot&) = default;
};

} // namespace Atendo

#include "client/boardsnapshot.h"

#include "protocol/wiretime.h"

#include <QJsonArray>

namespace Atendo {

using namespace Qt::StringLiterals;

namespace {

std::optional<qint64> optionalSeconds(const QJsonValue& value)
{
    if (!value.isDouble())
        return std::nullopt;
    return qint64(value.toDouble());
}

BoardAgent agentFromJson(const QJsonObject& o)
{
    BoardAgent a;
    a.agentId = o.value(u"agent_id"_s).toInteger();
    a.presence = o.value(u"presence"_s).toString(u"offline"_s);
    a.openCount = o.value(u"open_count"_s).toInt();
    a.capacity = o.value(u"capacity"_s).toInt();
    a.sentToday = o.value(u"sent_today"_s).toInt();
    a.firstResponseMedianS = optionalSeconds(o.value(u"first_response_median_s"_s));
    a.responseMedianS = optionalSeconds(o.value(u"response_median_s"_s));
    return a;
}

BoardAlert alertFromJson(const QJsonObject& o)
{
    BoardAlert a;
    a.kind = o.value(u"kind"_s).toString();
    a.severity = o.value(u"severity"_s).toString(u"warning"_s);
    a.conversationId = o.value(u"conversation_id"_s).toInteger();
    a.agentId = o.value(u"agent_id"_s).toInteger();
    a.since = Protocol::fromWireTime(o.value(u"since"_s));
    a.value = o.value(u"value"_s).toDouble();
    return a;
}

} // namespace

QString BoardAlert::identity() const
{
    return u"%1/%2/%3"_s.arg(kind).arg(conversationId).arg(agentId);
}

BoardSnapshot BoardSnapshot::fromJson(const QJsonObject& board)
{
    BoardSnapshot s;
    s.at = Protocol::fromWireTime(board.value(u"at"_s));
    const QJsonObject thresholds = board.value(u"thresholds"_s).toObject();
    s.waitingMinutes = thresholds.value(u"waiting_minutes"_s).toInt(s.waitingMinutes);
    s.windowClosingMinutes = thresholds.value(u"window_closing_minutes"_s).toInt(s.windowClosingMinutes);
    const QJsonObject queue = board.value(u"queue"_s).toObject();
    s.open = queue.value(u"open"_s).toInt();
    s.unassigned = queue.value(u"unassigned"_s).toInt();
    s.waiting = queue.value(u"waiting"_s).toInt();
    s.waitingOverThreshold = queue.value(u"waiting_over_threshold"_s).toInt();
    s.oldestWaitingSince = Protocol::fromWireTime(queue.value(u"oldest_waiting_since"_s));
    s.windowsClosing = queue.value(u"windows_closing"_s).toInt();
    for (const QJsonValue& value : board.value(u"agents"_s).toArray()) {
        const BoardAgent agent = agentFromJson(value.toObject());
        if (agent.agentId > 0)
            s.agents.append(agent);
    }
    for (const QJsonValue& value : board.value(u"alerts"_s).toArray()) {
        const BoardAlert alert = alertFromJson(value.toObject());
        if (!alert.kind.isEmpty())
            s.alerts.append(alert);
    }
    const QJsonObject outbox = board.value(u"outbox"_s).toObject();
    s.outboxDepth = outbox.value(u"depth"_s).toInt();
    s.failedLastHour = outbox.value(u"failed_last_hour"_s).toInt();
    return s;
}

std::optional<BoardAgent> BoardSnapshot::agent(qint64 agentId) const
{
    for (const BoardAgent& a : agents) {
        if (a.agentId == agentId)
            return a;
    }
    return std::nullopt;
}

} // namespace Atendo

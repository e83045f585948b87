#include "server/boardstate.h"

#include "protocol/ops.h"
#include "protocol/wiretime.h"
#include "server/presencetracker.h"
#include "server/serverlogging.h"
#include "store/agentrepository.h"
#include "store/conversationrepository.h"
#include "store/statsrepository.h"

#include <QJsonArray>

#include <algorithm>

namespace Atendo {

using namespace Qt::StringLiterals;
using Protocol::fromWireTime;
using Protocol::wireTimeOrNull;

namespace {

QJsonValue idOrNull(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

QJsonValue medianOrNull(const QList<qint64>& values)
{
    const auto median = ReplyTracker::median(values);
    return median ? QJsonValue(*median) : QJsonValue(QJsonValue::Null);
}

QJsonObject alert(const QString& kind, bool critical, qint64 conversationId, qint64 agentId,
    const QDateTime& since, double value)
{
    return QJsonObject {{u"kind"_s, kind}, {u"severity"_s, critical ? u"critical"_s : u"warning"_s},
        {u"conversation_id"_s, idOrNull(conversationId)}, {u"agent_id"_s, idOrNull(agentId)},
        {u"since"_s, wireTimeOrNull(since)}, {u"value"_s, value}};
}

bool isMetaFailure(const QJsonObject& data)
{
    return data.value(u"status"_s).toString() == u"failed"
        && data.value(u"error"_s).toObject().value(u"code"_s).toString().startsWith(u"meta_"_s);
}

} // namespace

BoardState::BoardState(const BoardConfig& config, Database& database, const PresenceTracker& presence)
    : m_config(config)
    , m_database(database)
    , m_presence(presence)
    , m_zone(QTimeZone(config.timezone.toUtf8()))
{
    if (!m_zone.isValid()) {
        qCWarning(lcServer) << "board timezone" << config.timezone << "is unknown; using UTC";
        m_zone = QTimeZone::utc();
    }
}

QDateTime BoardState::dayStartOf(const QDateTime& now) const
{
    return QDateTime(now.toTimeZone(m_zone).date(), QTime(0, 0), m_zone).toUTC();
}

void BoardState::load(const QDateTime& now)
{
    m_conversations.clear();
    m_agents.clear();
    m_replies = ReplyTracker();
    m_standing.clear();
    for (const AgentRow& row : AgentRepository(m_database).list()) {
        if (!row.disabled)
            m_agents.insert(row.id, Agent {row.capacity, 0, {}, {}});
    }
    m_dayStart = dayStartOf(now);
    replayToday(now);
    // The live tracker starts from the server's own view of each open conversation.
    m_replies = ReplyTracker();
    const QSet<qint64> answered = StatsRepository(m_database).answeredOpenConversations();
    for (const ConversationListItem& item : ConversationRepository(m_database).listWorkingSet()) {
        const ConversationRow& row = item.conversation;
        m_conversations.insert(row.id, Conversation {row.assigneeId, row.waitingSince, row.windowExpiresAt});
        m_replies.setWaitingSince(row.id, row.waitingSince);
        m_replies.setAnswered(row.id, answered.contains(row.id));
    }
    m_metaFailures.clear();
    const QList<JournalEntry> statuses
        = StatsRepository(m_database).journalSince(Protocol::Ev::MessageStatus, now.addSecs(-3600));
    for (const JournalEntry& entry : statuses) {
        if (isMetaFailure(entry.data))
            m_metaFailures.append(entry.at);
    }
    m_loaded = true;
}

void BoardState::replayToday(const QDateTime& now)
{
    const QList<ReplyEvent> timeline = StatsRepository(m_database).replyTimeline(m_dayStart, now.addSecs(1));
    ReplyTracker replay;
    for (const ReplyEvent& event : timeline) {
        if (event.inbound) {
            replay.customerWrote(event.conversationId, event.at);
            continue;
        }
        const auto sample = replay.agentReplied(event.conversationId, event.authorId, event.at);
        if (event.at >= m_dayStart && m_agents.contains(event.authorId)) {
            ++m_agents[event.authorId].sentToday;
            countReply(event.authorId, sample);
        }
    }
}

void BoardState::rollDay(const QDateTime& now)
{
    const QDateTime today = dayStartOf(now);
    if (today <= m_dayStart)
        return;
    m_dayStart = today;
    for (Agent& agent : m_agents) {
        agent.sentToday = 0;
        agent.firstResponses.clear();
        agent.responses.clear();
    }
}

void BoardState::countReply(qint64 agentId, const std::optional<ReplyTracker::Sample>& sample)
{
    if (!sample)
        return;
    Agent& agent = m_agents[agentId];
    agent.responses.append(sample->waitedSeconds);
    if (sample->first)
        agent.firstResponses.append(sample->waitedSeconds);
}

bool BoardState::apply(const Protocol::Event& event)
{
    if (!m_loaded)
        return false;
    rollDay(event.at);
    if (event.ev == Protocol::Ev::ConversationChanged)
        applyConversation(event.data.value(u"conversation"_s).toObject());
    else if (event.ev == Protocol::Ev::MessageCreated)
        applyMessage(event.data.value(u"message"_s).toObject());
    else if (event.ev == Protocol::Ev::MessageStatus)
        return applyStatus(event);
    else if (event.ev == Protocol::Ev::AgentChanged)
        applyAgent(event.data.value(u"agent"_s).toObject());
    else if (event.ev != Protocol::Ev::Presence)
        return false;
    return true;
}

void BoardState::applyConversation(const QJsonObject& conversation)
{
    const qint64 id = conversation.value(u"id"_s).toInteger();
    if (id <= 0)
        return;
    if (conversation.value(u"state"_s).toString() == u"resolved") {
        m_conversations.remove(id);
        m_replies.forget(id);
        return;
    }
    Conversation& entry = m_conversations[id];
    entry.assigneeId = conversation.value(u"assignee_id"_s).toInteger();
    entry.waitingSince = fromWireTime(conversation.value(u"waiting_since"_s));
    entry.windowExpiresAt = fromWireTime(conversation.value(u"window"_s).toObject().value(u"expires_at"_s));
    m_replies.setWaitingSince(id, entry.waitingSince);
}

void BoardState::applyMessage(const QJsonObject& message)
{
    if (message.value(u"direction"_s).toString() != u"out")
        return;
    const qint64 conversationId = message.value(u"conversation_id"_s).toInteger();
    const qint64 authorId = message.value(u"author_id"_s).toInteger();
    const QDateTime at = fromWireTime(message.value(u"created_at"_s));
    const auto sample = m_replies.agentReplied(conversationId, authorId, at);
    if (authorId > 0 && m_agents.contains(authorId) && at >= m_dayStart) {
        ++m_agents[authorId].sentToday;
        countReply(authorId, sample);
    }
}

bool BoardState::applyStatus(const Protocol::Event& event)
{
    if (!isMetaFailure(event.data))
        return false;
    m_metaFailures.append(event.at);
    return true;
}

void BoardState::applyAgent(const QJsonObject& agent)
{
    const qint64 id = agent.value(u"id"_s).toInteger();
    if (id > 0)
        m_agents[id].capacity = agent.value(u"capacity"_s).toInt();
}

QJsonObject BoardState::toJson(const QDateTime& now, int outboxDepth)
{
    rollDay(now);
    const QDateTime hourAgo = now.addSecs(-3600);
    while (!m_metaFailures.isEmpty() && m_metaFailures.constFirst() < hourAgo)
        m_metaFailures.removeFirst();
    return QJsonObject {{u"at"_s, Protocol::toWireTime(now)},
        {u"thresholds"_s,
            QJsonObject {{u"waiting_minutes"_s, m_config.waitingMinutes},
                {u"window_closing_minutes"_s, m_config.windowClosingMinutes}}},
        {u"queue"_s, queueJson(now)}, {u"agents"_s, agentsJson()},
        {u"alerts"_s, alertsJson(now, outboxDepth)},
        {u"outbox"_s,
            QJsonObject {{u"depth"_s, outboxDepth}, {u"failed_last_hour"_s, int(m_metaFailures.size())}}}};
}

QJsonObject BoardState::queueJson(const QDateTime& now) const
{
    const qint64 waitingLimit = qint64(m_config.waitingMinutes) * 60;
    const qint64 closingLimit = qint64(m_config.windowClosingMinutes) * 60;
    int unassigned = 0, waiting = 0, overThreshold = 0, closing = 0;
    QDateTime oldest;
    for (const Conversation& c : m_conversations) {
        unassigned += c.assigneeId == 0 ? 1 : 0;
        if (!c.waitingSince.isValid())
            continue;
        ++waiting;
        overThreshold += c.waitingSince.secsTo(now) > waitingLimit ? 1 : 0;
        if (!oldest.isValid() || c.waitingSince < oldest)
            oldest = c.waitingSince;
        const qint64 left = c.windowExpiresAt.isValid() ? now.secsTo(c.windowExpiresAt) : -1;
        closing += left > 0 && left <= closingLimit ? 1 : 0;
    }
    return QJsonObject {{u"open"_s, int(m_conversations.size())}, {u"unassigned"_s, unassigned},
        {u"waiting"_s, waiting}, {u"waiting_over_threshold"_s, overThreshold},
        {u"oldest_waiting_since"_s, wireTimeOrNull(oldest)}, {u"windows_closing"_s, closing}};
}

QHash<qint64, int> BoardState::openCounts() const
{
    QHash<qint64, int> open;
    for (const Conversation& c : m_conversations) {
        if (c.assigneeId > 0)
            ++open[c.assigneeId];
    }
    return open;
}

QJsonArray BoardState::agentsJson() const
{
    const QHash<qint64, int> open = openCounts();
    QJsonArray agents;
    for (auto it = m_agents.cbegin(); it != m_agents.cend(); ++it) {
        agents.append(QJsonObject {{u"agent_id"_s, it.key()}, {u"presence"_s, m_presence.presence(it.key())},
            {u"open_count"_s, open.value(it.key())}, {u"capacity"_s, it->capacity},
            {u"sent_today"_s, it->sentToday},
            {u"first_response_median_s"_s, medianOrNull(it->firstResponses)},
            {u"response_median_s"_s, medianOrNull(it->responses)}});
    }
    return agents;
}

void BoardState::conversationAlerts(const QDateTime& now, QJsonArray& alerts) const
{
    const qint64 waitingLimit = qint64(m_config.waitingMinutes) * 60;
    const qint64 closingLimit = qint64(m_config.windowClosingMinutes) * 60;
    QList<std::pair<QDateTime, QJsonObject>> waiting;
    QList<std::pair<QDateTime, QJsonObject>> closing;
    for (auto it = m_conversations.cbegin(); it != m_conversations.cend(); ++it) {
        const Conversation& c = it.value();
        if (!c.waitingSince.isValid())
            continue;
        const qint64 waited = c.waitingSince.secsTo(now);
        if (waited > waitingLimit) {
            waiting.append({c.waitingSince,
                alert(u"customer_waiting"_s, waited > 2 * waitingLimit, it.key(), c.assigneeId,
                    c.waitingSince, double(waited))});
        }
        const qint64 left = c.windowExpiresAt.isValid() ? now.secsTo(c.windowExpiresAt) : -1;
        if (left > 0 && left <= closingLimit) {
            closing.append({c.windowExpiresAt,
                alert(u"window_closing"_s, left * 4 <= closingLimit, it.key(), c.assigneeId,
                    c.windowExpiresAt.addSecs(-closingLimit), double(left))});
        }
    }
    // Oldest wait and soonest closing first, whatever the hash order.
    const auto byTime = [](const auto& a, const auto& b) { return a.first < b.first; };
    std::sort(waiting.begin(), waiting.end(), byTime);
    std::sort(closing.begin(), closing.end(), byTime);
    for (const auto& [time, object] : std::as_const(waiting))
        alerts.append(object);
    for (const auto& [time, object] : std::as_const(closing))
        alerts.append(object);
}

QDateTime BoardState::sinceFor(const QString& key, bool holds, const QDateTime& now)
{
    if (!holds) {
        m_standing.remove(key);
        return {};
    }
    auto it = m_standing.find(key);
    if (it == m_standing.end())
        it = m_standing.insert(key, now);
    return it.value();
}

QJsonArray BoardState::alertsJson(const QDateTime& now, int outboxDepth)
{
    QJsonArray alerts;
    conversationAlerts(now, alerts);
    const QHash<qint64, int> open = openCounts();
    for (auto it = m_agents.cbegin(); it != m_agents.cend(); ++it) {
        const int count = open.value(it.key());
        const bool over = it->capacity > 0 && count > it->capacity;
        const QDateTime since = sinceFor(u"agent:"_s + QString::number(it.key()), over, now);
        if (over)
            alerts.append(alert(u"agent_over_capacity"_s, false, 0, it.key(), since, count));
    }
    const bool backlog = outboxDepth > m_config.outboxBacklog;
    const QDateTime backlogSince = sinceFor(u"outbox"_s, backlog, now);
    if (backlog)
        alerts.append(alert(u"outbox_backlog"_s, false, 0, 0, backlogSince, outboxDepth));
    if (m_metaFailures.size() > m_config.metaErrorsPerHour) {
        alerts.append(
            alert(u"meta_errors"_s, true, 0, 0, m_metaFailures.constFirst(), double(m_metaFailures.size())));
    }
    return alerts;
}

} // namespace Atendo

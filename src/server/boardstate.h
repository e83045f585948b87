#pragma once

#include "protocol/frames.h"
#include "server/boardconfig.h"
#include "server/replytracker.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QTimeZone>

namespace Atendo {

class Database;
class PresenceTracker;

// The team leads' board as an in-memory model: loaded from the store with a
// handful of whole-table queries, then kept current from the events the bus
// delivers (conversation.changed, message.created, message.status, presence,
// agent.changed). Building the board object reads no database.
class BoardState
{
public:
    BoardState(const BoardConfig& config, Database& database, const PresenceTracker& presence);

    void load(const QDateTime& now);
    [[nodiscard]] bool isLoaded() const { return m_loaded; }
    // True when the board may have changed.
    bool apply(const Protocol::Event& event);
    // The Board object of the protocol at `now` (time-based alerts included).
    [[nodiscard]] QJsonObject toJson(const QDateTime& now, int outboxDepth);

private:
    struct Conversation
    {
        qint64 assigneeId = 0;
        QDateTime waitingSince;
        QDateTime windowExpiresAt;
    };
    struct Agent
    {
        int capacity = 0;
        int sentToday = 0;
        QList<qint64> firstResponses;
        QList<qint64> responses;
    };

    [[nodiscard]] QDateTime dayStartOf(const QDateTime& now) const;
    void rollDay(const QDateTime& now);
    void replayToday(const QDateTime& now);
    void countReply(qint64 agentId, const std::optional<ReplyTracker::Sample>& sample);
    void applyConversation(const QJsonObject& data);
    void applyMessage(const QJsonObject& data);
    bool applyStatus(const Protocol::Event& event);
    void applyAgent(const QJsonObject& data);

    [[nodiscard]] QJsonObject queueJson(const QDateTime& now) const;
    [[nodiscard]] QHash<qint64, int> openCounts() const; // agent id -> open conversations
    [[nodiscard]] QJsonArray agentsJson() const;
    [[nodiscard]] QJsonArray alertsJson(const QDateTime& now, int outboxDepth);
    void conversationAlerts(const QDateTime& now, QJsonArray& alerts) const;
    // When a standing condition was first seen (kept while it holds).
    QDateTime sinceFor(const QString& key, bool holds, const QDateTime& now);

    const BoardConfig& m_config;
    Database& m_database;
    const PresenceTracker& m_presence;
    QTimeZone m_zone;
    bool m_loaded = false;
    QDateTime m_dayStart;
    QHash<qint64, Conversation> m_conversations; // open and pending only
    QMap<qint64, Agent> m_agents;
    ReplyTracker m_replies;
    QList<QDateTime> m_metaFailures; // the last hour's, oldest first
    QHash<QString, QDateTime> m_standing;
};

} // namespace Atendo

#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

namespace Atendo {

// How long customers wait for an answer. Fed a conversation's messages in
// order (or its live waiting_since), it turns each agent reply that answers a
// waiting customer into a sample; the first reply a conversation ever got is
// its first response. The board and stats.get share these rules.
class ReplyTracker
{
public:
    struct Sample
    {
        qint64 conversationId = 0;
        qint64 agentId = 0;
        qint64 waitedSeconds = 0; // from the oldest unanswered customer message
        bool first = false; // the conversation's first reply ever
        QDateTime at; // when the reply was stored
    };

    // A customer message: the wait starts unless one is already running.
    void customerWrote(qint64 conversationId, const QDateTime& at);
    // An agent's reply (any outbound message); a sample when someone was waiting.
    std::optional<Sample> agentReplied(qint64 conversationId, qint64 agentId, const QDateTime& at);
    // The server's own view of a live conversation (conversation.changed).
    void setWaitingSince(qint64 conversationId, const QDateTime& since);
    void setAnswered(qint64 conversationId, bool answered);
    void forget(qint64 conversationId);

    [[nodiscard]] QDateTime waitingSince(qint64 conversationId) const;

    // The median of `values` (the lower middle for an even count); nullopt when empty.
    [[nodiscard]] static std::optional<qint64> median(QList<qint64> values);

private:
    struct State
    {
        QDateTime waitingSince;
        bool answered = false;
    };
    QHash<qint64, State> m_states;
};

} // namespace Atendo

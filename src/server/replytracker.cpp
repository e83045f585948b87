#include "server/replytracker.h"

#include <algorithm>

namespace Atendo {

void ReplyTracker::customerWrote(qint64 conversationId, const QDateTime& at)
{
    State& state = m_states[conversationId];
    if (!state.waitingSince.isValid())
        state.waitingSince = at;
}

std::optional<ReplyTracker::Sample> ReplyTracker::agentReplied(
    qint64 conversationId, qint64 agentId, const QDateTime& at)
{
    State& state = m_states[conversationId];
    std::optional<Sample> sample;
    if (state.waitingSince.isValid()) {
        // A customer timestamp a little ahead of the server's clock is no negative wait.
        const qint64 waited = std::max<qint64>(0, state.waitingSince.secsTo(at));
        sample = Sample {conversationId, agentId, waited, !state.answered, at};
    }
    state.waitingSince = {};
    state.answered = true;
    return sample;
}

void ReplyTracker::setWaitingSince(qint64 conversationId, const QDateTime& since)
{
    m_states[conversationId].waitingSince = since;
}

void ReplyTracker::setAnswered(qint64 conversationId, bool answered)
{
    m_states[conversationId].answered = answered;
}

void ReplyTracker::forget(qint64 conversationId)
{
    m_states.remove(conversationId);
}

QDateTime ReplyTracker::waitingSince(qint64 conversationId) const
{
    return m_states.value(conversationId).waitingSince;
}

std::optional<qint64> ReplyTracker::median(QList<qint64> values)
{
    if (values.isEmpty())
        return std::nullopt;
    const auto middle = values.begin() + (values.size() - 1) / 2;
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

} // namespace Atendo

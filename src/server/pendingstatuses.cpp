#include "server/pendingstatuses.h"

#include "server/serverlogging.h"

namespace Atendo {

void PendingStatuses::hold(const StatusUpdate& update, const QDateTime& now)
{
    // A sweep at most once a minute (or when full) keeps a hold cheap.
    if (m_count >= MaxHeld || !m_sweptAt.isValid() || m_sweptAt.secsTo(now) >= 60) {
        dropOlderThan(now.addSecs(-MaxAgeSeconds));
        m_sweptAt = now;
    }
    if (m_count >= MaxHeld) {
        qCWarning(lcWebhook) << "status for unknown wamid" << update.wamid << "dropped: too many held";
        return;
    }
    Held& held = m_held[update.wamid];
    if (held.updates.isEmpty())
        held.since = now;
    held.updates.append(update);
    ++m_count;
}

QList<StatusUpdate> PendingStatuses::take(const QString& wamid)
{
    const auto it = m_held.constFind(wamid);
    if (it == m_held.constEnd())
        return {};
    const QList<StatusUpdate> updates = it->updates;
    m_count -= int(updates.size());
    m_held.erase(it);
    return updates;
}

void PendingStatuses::dropOlderThan(const QDateTime& cutoff)
{
    for (auto it = m_held.begin(); it != m_held.end();) {
        if (it->since < cutoff) {
            m_count -= int(it->updates.size());
            it = m_held.erase(it);
        } else {
            ++it;
        }
    }
}

} // namespace Atendo

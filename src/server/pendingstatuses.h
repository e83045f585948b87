#pragma once

#include "cloudapi/statusupdate.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace Atendo {

// Status webhooks that arrived before the send reply told us their wamid:
// Meta posts `sent` as soon as it accepts a message, and that POST can beat
// the Graph answer to our door. They wait here, keyed by wamid, until the
// outbox records the wamid. Bounded in size and age, because statuses of
// messages another app sent on the same number never find their message.
class PendingStatuses
{
public:
    static constexpr int MaxHeld = 10000;
    static constexpr qint64 MaxAgeSeconds = 10 * 60;

    void hold(const StatusUpdate& update, const QDateTime& now);
    // The updates held for `wamid`, in arrival order; they are forgotten here.
    [[nodiscard]] QList<StatusUpdate> take(const QString& wamid);
    [[nodiscard]] int size() const { return m_count; }

private:
    struct Held
    {
        QDateTime since;
        QList<StatusUpdate> updates;
    };

    void dropOlderThan(const QDateTime& cutoff);

    QHash<QString, Held> m_held;
    int m_count = 0;
    QDateTime m_sweptAt;
};

} // namespace Atendo

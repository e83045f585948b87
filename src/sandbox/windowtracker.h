#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace Atendo {

// The sandbox's own record of each customer's service windows, kept apart from
// Atendo's core on purpose: measured from the `timestamp` of the last inbound
// message the sandbox itself delivered, as Meta measures it (cloudapi.md §5.1, §5.2).
class WindowTracker
{
public:
    // fromEntryPoint: the message came from a Click-to-WhatsApp ad or Page CTA.
    void recordInbound(const QString& waId, const QDateTime& at, bool fromEntryPoint);

    [[nodiscard]] std::optional<QDateTime> lastInbound(const QString& waId) const;
    // Open while less than 24 h have passed since the last inbound message.
    [[nodiscard]] bool isOpen(const QString& waId, const QDateTime& now) const;

    // When a business message at `now` falls in a free entry point window, its
    // expiry. The first reply within 24 h of an entry-point message opens 72 h.
    [[nodiscard]] std::optional<QDateTime> freeEntryPoint(const QString& waId, const QDateTime& now);

private:
    struct Entry
    {
        QDateTime lastInbound;
        QDateTime entryPointAt;
        QDateTime freeUntil;
    };
    QHash<QString, Entry> m_entries;
};

} // namespace Atendo

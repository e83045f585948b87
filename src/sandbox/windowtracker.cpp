#include "sandbox/windowtracker.h"

namespace Atendo {

namespace {
constexpr qint64 windowSeconds = 24 * 3600;
constexpr qint64 freeEntryPointSeconds = 72 * 3600;
} // namespace

void WindowTracker::recordInbound(const QString& waId, const QDateTime& at, bool fromEntryPoint)
{
    Entry& entry = m_entries[waId];
    // A late (backdated or retried) message never moves the window backwards.
    if (!entry.lastInbound.isValid() || at > entry.lastInbound)
        entry.lastInbound = at;
    if (fromEntryPoint) {
        entry.entryPointAt = at;
        entry.freeUntil = {};
    }
}

std::optional<QDateTime> WindowTracker::lastInbound(const QString& waId) const
{
    const auto it = m_entries.constFind(waId);
    if (it == m_entries.constEnd() || !it->lastInbound.isValid())
        return std::nullopt;
    return it->lastInbound;
}

bool WindowTracker::isOpen(const QString& waId, const QDateTime& now) const
{
    const auto last = lastInbound(waId);
    return last && last->secsTo(now) < windowSeconds;
}

std::optional<QDateTime> WindowTracker::freeEntryPoint(const QString& waId, const QDateTime& now)
{
    const auto it = m_entries.find(waId);
    if (it == m_entries.end() || !it->entryPointAt.isValid())
        return std::nullopt;
    if (!it->freeUntil.isValid() && it->entryPointAt.secsTo(now) < windowSeconds)
        it->freeUntil = now.addSecs(freeEntryPointSeconds);
    if (it->freeUntil.isValid() && now < it->freeUntil)
        return it->freeUntil;
    return std::nullopt;
}

} // namespace Atendo

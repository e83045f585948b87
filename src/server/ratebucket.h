#pragma once

#include <QDateTime>

namespace Atendo {

// A token bucket: `burst` tokens, refilled at `perSecond`. Used for the
// per-session request limit, the outbox throughput and Meta's per-user pair
// limit. Time comes from the caller so tests drive it with a TestClock.
class RateBucket
{
public:
    RateBucket() = default;
    RateBucket(double perSecond, double burst);

    // Takes one token if there is one.
    bool tryTake(const QDateTime& now);
    // Whole tokens available now, without taking any.
    [[nodiscard]] int available(const QDateTime& now) const { return int(tokensAt(now)); }
    // Milliseconds until one token is available (0 when one is).
    [[nodiscard]] qint64 msUntilToken(const QDateTime& now) const;

private:
    [[nodiscard]] double tokensAt(const QDateTime& now) const;

    double m_perSecond = 1;
    double m_burst = 1;
    double m_tokens = 1;
    QDateTime m_updatedAt;
};

} // namespace Atendo

#pragma once

#include "protocol/frames.h"

#include <QList>

#include <chrono>

namespace Atendo {

// The one retry policy of the client (libQuotient keeps exactly one, because
// per-request retries cause reconnect storms): a table of delays indexed by the
// attempt, the last entry repeating, spread by a random jitter so that fifty
// consoles dropped by the same network blip do not all come back in the same
// millisecond. A server's `retry_after_ms` is a floor the delay never undercuts.
class BackoffPolicy
{
public:
    using Milliseconds = std::chrono::milliseconds;

    // {1 s, 2 s, 5 s, 10 s, 30 s} with ±20 % jitter.
    BackoffPolicy();
    explicit BackoffPolicy(QList<Milliseconds> table, double jitter = 0.2);

    // The table's entry for `attempt` (0 = the first retry); the last entry repeats.
    [[nodiscard]] Milliseconds baseDelay(int attempt) const;
    // baseDelay jittered by `unitSample` (0..1, 0.5 = no change), never below `retryAfter`.
    [[nodiscard]] Milliseconds delay(int attempt, Milliseconds retryAfter, double unitSample) const;
    // The same with a random sample.
    [[nodiscard]] Milliseconds delay(int attempt, Milliseconds retryAfter = Milliseconds::zero()) const;

    [[nodiscard]] const QList<Milliseconds>& table() const { return m_table; }
    [[nodiscard]] double jitter() const { return m_jitter; }

    // details.retry_after_ms of a rate_limited error; zero when absent.
    [[nodiscard]] static Milliseconds retryAfter(const Protocol::Error& error);

private:
    QList<Milliseconds> m_table;
    double m_jitter = 0.2;
};

} // namespace Atendo

#pragma once

#include <QtGlobal>

namespace Atendo {

// Meta's limits as token buckets: `capacity` tokens, refilled continuously at
// `refillPerSecond`. Time is passed in (sandbox clock, in ms) so tests move it.
class TokenBucket
{
public:
    TokenBucket(double capacity, double refillPerSecond);

    // Takes one token if there is one; false means the limit is hit.
    [[nodiscard]] bool take(qint64 nowMs);

private:
    double m_capacity;
    double m_refillPerSecond;
    double m_tokens;
    qint64 m_lastMs = -1;
};

} // namespace Atendo

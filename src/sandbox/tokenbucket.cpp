#include "sandbox/tokenbucket.h"

#include <algorithm>

namespace Atendo {

TokenBucket::TokenBucket(double capacity, double refillPerSecond)
    : m_capacity(capacity), m_refillPerSecond(refillPerSecond), m_tokens(capacity)
{ }

bool TokenBucket::take(qint64 nowMs)
{
    if (m_lastMs >= 0 && nowMs > m_lastMs)
        m_tokens = std::min(m_capacity, m_tokens + double(nowMs - m_lastMs) / 1000.0 * m_refillPerSecond);
    m_lastMs = std::max(m_lastMs, nowMs);
    if (m_tokens < 1.0)
        return false;
    m_tokens -= 1.0;
    return true;
}

} // namespace Atendo

#include "server/ratebucket.h"

#include <algorithm>
#include <cmath>

namespace Atendo {

RateBucket::RateBucket(double perSecond, double burst)
    : m_perSecond(perSecond), m_burst(burst), m_tokens(burst)
{ }

double RateBucket::tokensAt(const QDateTime& now) const
{
    if (!m_updatedAt.isValid())
        return m_tokens;
    // A clock moved backwards must not mint tokens nor take them away.
    const qint64 elapsedMs = std::max<qint64>(0, m_updatedAt.msecsTo(now));
    return std::min(m_burst, m_tokens + m_perSecond * double(elapsedMs) / 1000.0);
}

bool RateBucket::tryTake(const QDateTime& now)
{
    m_tokens = tokensAt(now);
    m_updatedAt = now;
    if (m_tokens < 1.0)
        return false;
    m_tokens -= 1.0;
    return true;
}

qint64 RateBucket::msUntilToken(const QDateTime& now) const
{
    const double tokens = tokensAt(now);
    if (tokens >= 1.0 || m_perSecond <= 0)
        return 0;
    return qint64(std::ceil((1.0 - tokens) * 1000.0 / m_perSecond));
}

} // namespace Atendo

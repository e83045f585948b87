#include "core/clock.h"

namespace Atendo {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

TestClock::TestClock(const QDateTime& start) : m_now(start.toUTC())
{ }

QDateTime TestClock::now() const
{
    return m_now;
}

void TestClock::setNow(const QDateTime& now)
{
    m_now = now.toUTC();
}

void TestClock::advance(std::chrono::milliseconds by)
{
    m_now = m_now.addDuration(by);
}

} // namespace Atendo

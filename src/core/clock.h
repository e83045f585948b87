#pragma once

#include <QDateTime>

#include <chrono>

namespace Atendo {

// The only source of "now" in the product. Everything that reasons about time
// (the 24 h window, expiring sessions, retries, metrics) takes a Clock so that
// tests can cross day boundaries without waiting.
class Clock
{
public:
    virtual ~Clock() = default;

    // Current time, always in UTC.
    [[nodiscard]] virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock
{
public:
    [[nodiscard]] QDateTime now() const override;
};

// A clock that only moves when told to.
class TestClock final : public Clock
{
public:
    explicit TestClock(const QDateTime& start);

    [[nodiscard]] QDateTime now() const override;
    void setNow(const QDateTime& now);
    void advance(std::chrono::milliseconds by);

private:
    QDateTime m_now;
};

} // namespace Atendo

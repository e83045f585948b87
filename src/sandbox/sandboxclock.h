#pragma once

#include "core/clock.h"

#include <memory>

namespace Atendo {

// The sandbox's "now": a base clock (the embedder's TestClock, or the system
// clock) plus an offset moved by POST /sandbox/clock/advance. The base is only
// read, never moved, so the embedder's clock stays the embedder's.
class SandboxClock final : public Clock
{
public:
    explicit SandboxClock(const Clock* base);

    [[nodiscard]] QDateTime now() const override;
    [[nodiscard]] qint64 nowSeconds() const { return now().toSecsSinceEpoch(); }
    void advance(qint64 seconds) { m_offsetSeconds += seconds; }
    [[nodiscard]] qint64 offsetSeconds() const { return m_offsetSeconds; }

private:
    std::unique_ptr<SystemClock> m_own;
    const Clock* m_base;
    qint64 m_offsetSeconds = 0;
};

} // namespace Atendo

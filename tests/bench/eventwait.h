#pragma once

#include <functional>

namespace Atendo::Bench {

// Runs the event loop until `done` holds or `timeoutMs` passes. Unlike
// QTest::qWaitFor it never sleeps between checks, so it adds no latency of its
// own to what a bench measures; timestamps are taken in the slots anyway.
class EventWait
{
public:
    static bool until(const std::function<bool()>& done, int timeoutMs);
    // Runs the loop for `ms` (letting queued work drain).
    static void spin(int ms);
};

} // namespace Atendo::Bench

#pragma once

namespace Atendo::Bench {

// The server's allocator settings (src/server/allocatortuning.cpp), for bench
// processes that stand for other machines: each console of a fleet is a desk of
// its own, so it should not pay for malloc behaviour the server tuned away.
class BenchAllocator
{
public:
    // Call first in main(), before any allocation that should follow the settings.
    static void apply();
};

} // namespace Atendo::Bench

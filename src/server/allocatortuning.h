#pragma once

namespace Atendo {

// Process-wide allocator settings for the server, applied once at the top of
// main() (atendo-server and the bench host alike).
//
// Why: every gateway tick builds frames of tens to hundreds of KiB and each
// console's socket copies one into its write buffer. glibc's defaults hand
// blocks that big back to the kernel when they are freed (heap trim, mmap
// threshold), so the next tick page-faults fresh zeroed pages in again: with
// 200 consoles that was about a third of the server's CPU per webhook update
// (docs/performance.md, "Hot spots"). Keeping freed memory in the heap costs a
// few MiB of resident size and removes those faults.
class AllocatorTuning
{
public:
    static void apply();
};

} // namespace Atendo

#include "benchallocator.h"

#include <cstdlib> // defines __GLIBC__ on glibc systems

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace Atendo::Bench {

void BenchAllocator::apply()
{
#if defined(__GLIBC__)
    // Copied from Atendo::AllocatorTuning (the bench links no server code here):
    // blocks up to 16 MiB from the heap, up to 256 MiB of free heap top kept,
    // so frame buffers are reused instead of faulted in for every frame.
    mallopt(M_MMAP_THRESHOLD, 16 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
    mallopt(M_TOP_PAD, 16 * 1024 * 1024);
#endif
}

} // namespace Atendo::Bench

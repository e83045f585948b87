#include "server/allocatortuning.h"

#include <cstdlib> // defines __GLIBC__ on glibc systems

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace Atendo {

void AllocatorTuning::apply()
{
#if defined(__GLIBC__)
    // Blocks up to 16 MiB come from the heap (glibc caps this at 32 MiB), and up to 256 MiB of free heap
    // top stays mapped: frames are reused instead of faulted in per tick.
    mallopt(M_MMAP_THRESHOLD, 16 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
    mallopt(M_TOP_PAD, 16 * 1024 * 1024);
#endif
}

} // namespace Atendo

#pragma once

#include <QString>

namespace Atendo::Bench {

// What docs/performance.md records next to every figure: the machine, how busy
// it was, and how much memory this process holds.
class MachineInfo
{
public:
    [[nodiscard]] static QString cpuModel();
    [[nodiscard]] static int cores();
    // /proc/loadavg's first three fields: "0.52 0.61 0.70".
    [[nodiscard]] static QString loadAverage();
    // A /proc/self/status field in KiB ("VmRSS", "VmHWM"); -1 if unreadable.
    [[nodiscard]] static qint64 statusKiB(const char* field);
    // A monotonic timestamp in nanoseconds (CLOCK_MONOTONIC), comparable across the bench's objects.
    [[nodiscard]] static qint64 monotonicNs();
    // CPU time this thread has used, in nanoseconds (CLOCK_THREAD_CPUTIME_ID).
    [[nodiscard]] static qint64 threadCpuNs();
    // CPU time the whole process has used (user + system), in nanoseconds.
    [[nodiscard]] static qint64 processCpuNs();
    // CPU seconds another process used so far (utime + stime from /proc/<pid>/stat); -1 if unreadable.
    [[nodiscard]] static double cpuSecondsOf(qint64 pid);
    // One line: build type, cores, CPU model, load average.
    [[nodiscard]] static QString header();
    // Prints to stdout, flushed (the benches print as they go).
    static void print(const QString& line);
};

} // namespace Atendo::Bench

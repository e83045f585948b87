#include "consolefleet.h"

#include "eventwait.h"
#include "machineinfo.h"

#include <algorithm>

namespace Atendo::Bench {

using namespace Qt::StringLiterals;

bool ConsoleFleet::connect(const QUrl& url, int count, int first, int timeoutMs)
{
    for (int i = 0; i < count; ++i) {
        m_consoles.push_back(std::make_unique<BenchConsole>());
        m_consoles.back()->openAsync(url);
    }
    const auto all = [this](auto predicate) {
        return std::all_of(
            m_consoles.begin(), m_consoles.end(), [&](const auto& c) { return predicate(*c); });
    };
    if (!EventWait::until(
            [&] { return all([](const BenchConsole& c) { return c.isGreeted(); }); }, timeoutMs))
        return false;
    for (int i = 0; i < count; ++i)
        m_consoles.at(i)->sendLogin(username(first + i), u"bench-pass"_s);
    return EventWait::until(
        [&] { return all([](const BenchConsole& c) { return c.isLoggedIn(); }); }, timeoutMs);
}

qint64 ConsoleFleet::frames() const
{
    qint64 total = 0;
    for (const auto& console : m_consoles)
        total += console->frames();
    return total;
}

qint64 ConsoleFleet::bytes() const
{
    qint64 total = 0;
    for (const auto& console : m_consoles)
        total += console->bytes();
    return total;
}

qint64 ConsoleFleet::minLastSeq() const
{
    if (m_consoles.empty())
        return 0;
    qint64 lowest = m_consoles.front()->lastSeq();
    for (const auto& console : m_consoles)
        lowest = std::min(lowest, console->lastSeq());
    return lowest;
}

qint64 ConsoleFleet::maxLastSeq() const
{
    qint64 highest = 0;
    for (const auto& console : m_consoles)
        highest = std::max(highest, console->lastSeq());
    return highest;
}

int ConsoleFleet::inStep(qint64 head) const
{
    return int(std::count_if(
        m_consoles.begin(), m_consoles.end(), [head](const auto& c) { return c->lastSeq() == head; }));
}

void ConsoleFleet::drain(int quietMs, int timeoutMs)
{
    qint64 seen = frames();
    qint64 quietSince = MachineInfo::monotonicNs();
    (void)EventWait::until(
        [&] {
            const qint64 now = MachineInfo::monotonicNs();
            if (frames() != seen) {
                seen = frames();
                quietSince = now;
            }
            return now - quietSince > qint64(quietMs) * 1000000;
        },
        timeoutMs);
}

} // namespace Atendo::Bench

#include "consolefleet.h"

#include "eventwait.h"
#include "machineinfo.h"

namespace Atendo::Bench {

using namespace Qt::StringLiterals;

bool ConsoleFleet::connect(const QUrl& url, int count, int timeoutMs)
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
        m_consoles.at(i)->sendLogin(username(i), u"bench-pass"_s);
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

#pragma once

#include "benchconsole.h"

#include <QUrl>

#include <memory>
#include <vector>

namespace Atendo::Bench {

// N logged-in consoles in this process (agentFIRST..agentFIRST+N-1, as
// bench_server_host creates them), connected and logged in in parallel. For
// benches that need each frame's arrival time here (bench_fanout); ProcessFleet
// runs receive-only consoles in processes of their own.
class ConsoleFleet
{
public:
    // `first` is the 1-based number of the first agent (agent001 is 1).
    bool connect(const QUrl& url, int count, int first = 1, int timeoutMs = 120000);
    [[nodiscard]] std::size_t size() const { return m_consoles.size(); }
    [[nodiscard]] BenchConsole& at(std::size_t i) { return *m_consoles.at(i); }
    [[nodiscard]] qint64 frames() const;
    [[nodiscard]] qint64 bytes() const;
    // The lowest and highest last journalled seq over the consoles (0 when empty).
    [[nodiscard]] qint64 minLastSeq() const;
    [[nodiscard]] qint64 maxLastSeq() const;
    // Consoles whose last journalled seq is `head`.
    [[nodiscard]] int inStep(qint64 head) const;
    // Runs the loop until no console received a frame for `quietMs`.
    void drain(int quietMs = 300, int timeoutMs = 60000);

    // "agent001" for 1.
    static QString username(int number) { return QStringLiteral("agent%1").arg(number, 3, 10, QChar(u'0')); }

private:
    std::vector<std::unique_ptr<BenchConsole>> m_consoles;
};

} // namespace Atendo::Bench

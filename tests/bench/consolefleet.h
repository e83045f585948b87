#pragma once

#include "benchconsole.h"

#include <QUrl>

#include <memory>
#include <vector>

namespace Atendo::Bench {

// N logged-in consoles (agent001..agentN, as bench_server_host creates them),
// connected and logged in in parallel.
class ConsoleFleet
{
public:
    bool connect(const QUrl& url, int count, int timeoutMs = 120000);
    [[nodiscard]] std::size_t size() const { return m_consoles.size(); }
    [[nodiscard]] BenchConsole& at(std::size_t i) { return *m_consoles.at(i); }
    [[nodiscard]] qint64 frames() const;
    // Runs the loop until no console received a frame for `quietMs`.
    void drain(int quietMs = 300, int timeoutMs = 60000);

    static QString username(int i) { return QStringLiteral("agent%1").arg(i + 1, 3, 10, QChar(u'0')); }

private:
    std::vector<std::unique_ptr<BenchConsole>> m_consoles;
};

} // namespace Atendo::Bench

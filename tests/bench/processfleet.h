#pragma once

#include <QProcess>
#include <QUrl>

#include <memory>
#include <vector>

namespace Atendo::Bench {

// Receive-only consoles in processes of their own: K bench_console_fleet
// children share the consoles (agent001..agentN), so decoding 200 consoles'
// frames neither delays the load generator's event loop nor shares its core.
// Figures are asked for over the children's stdin/stdout, between measurements.
class ProcessFleet
{
public:
    struct Stats
    {
        qint64 frames = 0;
        qint64 bytes = 0;
        qint64 minLastSeq = 0;
        qint64 maxLastSeq = 0;
        // Consoles whose last seq is the head asked for (-1 when none was asked).
        int inStep = -1;
    };

    ProcessFleet() = default;
    // Closes the children's stdin (they exit) and waits for them.
    ~ProcessFleet();
    Q_DISABLE_COPY_MOVE(ProcessFleet)

    // Starts min(processes, count) children and waits until every console logged in.
    bool connect(const QUrl& url, int count, int processes, int timeoutMs = 120000);
    [[nodiscard]] int size() const { return m_count; }
    [[nodiscard]] int processes() const { return int(m_children.size()); }
    // Summed over the children; `head` > 0 also counts the consoles at that seq.
    [[nodiscard]] Stats stats(qint64 head = 0);
    [[nodiscard]] qint64 frames() { return stats().frames; }
    [[nodiscard]] qint64 bytes() { return stats().bytes; }
    // Returns once no console received a frame for `quietMs`.
    void drain(int quietMs = 300, int timeoutMs = 60000);
    // CPU seconds the children used so far, together.
    [[nodiscard]] double cpuSeconds() const;

private:
    // The next line `child` prints, or an empty array after `timeoutMs`.
    static QByteArray readLine(QProcess& child, int timeoutMs);

    std::vector<std::unique_ptr<QProcess>> m_children;
    int m_count = 0;
};

} // namespace Atendo::Bench

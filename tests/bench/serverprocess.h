#pragma once

#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace Atendo::Bench {

// bench_server_host as a child process: started with its options, ready once
// it printed its ports, stopped (gracefully, by closing its stdin) on destruction.
class ServerProcess
{
public:
    ServerProcess() = default;
    ~ServerProcess();
    Q_DISABLE_COPY_MOVE(ServerProcess)

    bool start(const QStringList& arguments, int timeoutMs = 120000);
    void stop();

    [[nodiscard]] QUrl webhookUrl() const;
    [[nodiscard]] QUrl metricsUrl() const;
    [[nodiscard]] QUrl consoleUrl() const;
    [[nodiscard]] qint64 pid() const { return m_process.processId(); }
    // CPU seconds the server used so far (utime + stime from /proc/<pid>/stat).
    [[nodiscard]] double cpuSeconds() const;
    // The server answers a webhook once its body is stored and applies it a
    // moment later: blocks until /metrics says nothing answered is left to
    // apply. False after timeoutMs.
    bool waitUntilApplied(int timeoutMs = 120000) const;
    // The journal's head (the last journalled seq): the last_seq a fresh login
    // is given. A probe console logs in as agent001 and leaves; -1 on failure.
    [[nodiscard]] qint64 journalHead() const;
    // Lines starting with "#" that the host printed before READY (what it seeded).
    [[nodiscard]] QStringList notes() const { return m_notes; }

    static QByteArray appSecret() { return QByteArrayLiteral("bench-app-secret"); }

private:
    QProcess m_process;
    QStringList m_notes;
    quint16 m_httpPort = 0;
    quint16 m_consolePort = 0;
};

} // namespace Atendo::Bench

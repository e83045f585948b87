// A part of the console fleet in a process of its own (ProcessFleet starts it):
// N receive-only consoles, agentFIRST..agentFIRST+N-1, that log in and then
// only receive — WireConsoles: WebSocket frames read and checked, never decoded
// into text or JSON; frames, bytes and the last journalled seq per console.
// Like 200 desks, they do not share the load generator's event loop or core.
//
// Talks to its parent over lines: prints "READY <n>" once all are logged in;
// "STATS" is answered with "STATS <frames> <bytes> <min last seq> <max last seq>",
// "STATS <head>" with the same plus the number of consoles whose last seq is
// <head>; exits when stdin closes.
#include "consolefleet.h"
#include "eventwait.h"
#include "server/allocatortuning.h"
#include "wireconsole.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>

#include <cstdio>
#include <unistd.h>

using namespace Atendo::Bench;
using namespace Qt::StringLiterals;

namespace {

class WireFleet
{
public:
    bool connect(const QUrl& url, int count, int first)
    {
        for (int i = 0; i < count; ++i) {
            m_consoles.push_back(std::make_unique<WireConsole>());
            m_consoles.back()->open(url);
        }
        if (!EventWait::until([this] { return all(&WireConsole::isGreeted); }, 120000))
            return false;
        for (int i = 0; i < count; ++i)
            m_consoles.at(std::size_t(i))->login(ConsoleFleet::username(first + i), u"bench-pass"_s);
        return EventWait::until([this] { return all(&WireConsole::isLoggedIn); }, 120000);
    }

    QByteArray stats(const QByteArray& line) const
    {
        qint64 frames = 0;
        qint64 bytes = 0;
        qint64 low = std::numeric_limits<qint64>::max();
        qint64 high = 0;
        for (const auto& console : m_consoles) {
            frames += console->frames();
            bytes += console->bytes();
            low = std::min(low, console->lastSeq());
            high = std::max(high, console->lastSeq());
        }
        QByteArray out = "STATS " + QByteArray::number(frames) + ' ' + QByteArray::number(bytes) + ' '
            + QByteArray::number(m_consoles.empty() ? 0 : low) + ' ' + QByteArray::number(high);
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() > 1) {
            const qint64 head = fields.at(1).toLongLong();
            out += ' '
                + QByteArray::number(std::count_if(m_consoles.begin(), m_consoles.end(),
                    [head](const auto& console) { return console->lastSeq() == head; }));
        }
        return out + '\n';
    }

private:
    bool all(bool (WireConsole::*state)() const) const
    {
        return std::all_of(m_consoles.begin(), m_consoles.end(),
            [state](const auto& console) { return ((*console).*state)(); });
    }

    std::vector<std::unique_ptr<WireConsole>> m_consoles;
};

} // namespace

int main(int argc, char* argv[])
{
    // The consoles stand for desks of their own: the server's allocator settings.
    Atendo::AllocatorTuning::apply();
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"atendo.*.info=false"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption urlOption(u"url"_s, u"The server's console WebSocket URL."_s, u"url"_s);
    const QCommandLineOption firstOption(
        u"first"_s, u"Number of the first agent (1: agent001)."_s, u"n"_s, u"1"_s);
    const QCommandLineOption countOption(u"count"_s, u"Consoles in this process."_s, u"n"_s, u"100"_s);
    parser.addOptions({urlOption, firstOption, countOption});
    parser.process(app);

    WireFleet fleet;
    const int count = parser.value(countOption).toInt();
    if (!fleet.connect(QUrl(parser.value(urlOption)), count, parser.value(firstOption).toInt())) {
        std::fprintf(stderr, "bench_console_fleet: consoles did not log in\n");
        return 1;
    }
    std::printf("READY %d\n", count);
    std::fflush(stdout);

    QByteArray pending;
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char buffer[256];
        const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (got <= 0) {
            input.setEnabled(false);
            app.quit();
            return;
        }
        pending.append(buffer, got);
        qsizetype end = 0;
        while ((end = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(end);
            pending.remove(0, end + 1);
            if (line.startsWith("STATS")) {
                const QByteArray out = fleet.stats(line);
                std::fwrite(out.constData(), 1, std::size_t(out.size()), stdout);
                std::fflush(stdout);
            }
        }
    });
    return app.exec();
}

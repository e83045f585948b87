// A part of the console fleet in a process of its own (ProcessFleet starts it):
// N receive-only consoles, agentFIRST..agentFIRST+N-1, that log in and then
// only receive — no JSON parsing per frame, just frames, bytes and the last
// journalled seq per console (FrameScan). Like 200 desks, they do not share the
// load generator's event loop or core.
//
// Talks to its parent over lines: prints "READY <n>" once all are logged in;
// "STATS" is answered with "STATS <frames> <bytes> <min last seq> <max last seq>",
// "STATS <head>" with the same plus the number of consoles whose last seq is
// <head>; exits when stdin closes.
#include "benchallocator.h"
#include "consolefleet.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>

#include <cstdio>
#include <unistd.h>

using namespace Atendo::Bench;
using namespace Qt::StringLiterals;

namespace {

void answerStats(const ConsoleFleet& fleet, const QByteArray& line)
{
    const QList<QByteArray> fields = line.simplified().split(' ');
    QByteArray out = "STATS " + QByteArray::number(fleet.frames()) + ' ' + QByteArray::number(fleet.bytes())
        + ' ' + QByteArray::number(fleet.minLastSeq()) + ' ' + QByteArray::number(fleet.maxLastSeq());
    if (fields.size() > 1)
        out += ' ' + QByteArray::number(fleet.inStep(fields.at(1).toLongLong()));
    out += '\n';
    std::fwrite(out.constData(), 1, std::size_t(out.size()), stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char* argv[])
{
    BenchAllocator::apply();
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

    ConsoleFleet fleet;
    const int count = parser.value(countOption).toInt();
    if (!fleet.connect(QUrl(parser.value(urlOption)), count, parser.value(firstOption).toInt())) {
        std::fprintf(stderr, "bench_console_fleet: consoles did not log in\n");
        return 1;
    }
    for (std::size_t i = 0; i < fleet.size(); ++i)
        fleet.at(i).parseFrames = false;
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
            if (line.startsWith("STATS"))
                answerStats(fleet, line);
        }
    });
    return app.exec();
}

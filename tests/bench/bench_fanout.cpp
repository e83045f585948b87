// Fan-out: N consoles logged in, a paced stream of inbound messages (one per
// signed webhook POST). For every (message, console) pair: the time from the
// POST leaving the load generator to the first frame carrying that message
// arriving on that console. Consoles only look for the message's marker in the
// frame text, so the load generator's own parsing does not add to the figure.
#include "consolefleet.h"
#include "eventwait.h"
#include "machineinfo.h"
#include "serverprocess.h"
#include "webhookload.h"
#include "webhooksender.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

#include <vector>

using namespace Atendo::Bench;
using namespace Qt::StringLiterals;

namespace {

// Every "fo#<n>#" in the frame: the first arrival per message is kept.
void recordMarkers(const QString& text, qint64 arrived, std::vector<qint64>& firstArrival)
{
    const QStringView view(text);
    qsizetype at = 0;
    while ((at = view.indexOf(u"fo#", at)) >= 0) {
        at += 3;
        const qsizetype end = view.indexOf(u'#', at);
        if (end < 0)
            return;
        bool ok = false;
        const int n = view.mid(at, end - at).toInt(&ok);
        if (ok && n >= 0 && std::size_t(n) < firstArrival.size() && firstArrival[n] == 0)
            firstArrival[n] = arrived;
        at = end + 1;
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // Start-up and state-change chatter only; warnings still show.
    QLoggingCategory::setFilterRules(u"atendo.*.info=false"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption consolesOption(u"consoles"_s, u"Connected consoles."_s, u"n"_s, u"200"_s);
    const QCommandLineOption messagesOption(u"messages"_s, u"Inbound messages."_s, u"n"_s, u"600"_s);
    const QCommandLineOption rateOption(u"rate"_s, u"Messages per second."_s, u"n"_s, u"50"_s);
    const QCommandLineOption coalesceOption(u"coalesce-ms"_s, u"Server coalescing tick."_s, u"ms"_s, u"15"_s);
    parser.addOptions({consolesOption, messagesOption, rateOption, coalesceOption});
    parser.process(app);
    const int consoles = parser.value(consolesOption).toInt();
    const int messages = parser.value(messagesOption).toInt();
    const int rate = parser.value(rateOption).toInt();

    MachineInfo::print(u"# bench_fanout "_s + MachineInfo::header());
    ServerProcess server;
    if (!server.start({u"--agents"_s, QString::number(consoles), u"--customers"_s, u"50"_s,
            u"--coalesce-ms"_s, parser.value(coalesceOption)})) {
        MachineInfo::print(u"server did not start"_s);
        return 1;
    }
    ConsoleFleet fleet;
    if (!fleet.connect(server.consoleUrl(), consoles)) {
        MachineInfo::print(u"consoles did not log in"_s);
        return 1;
    }
    std::vector<std::vector<qint64>> arrivals(consoles, std::vector<qint64>(messages, 0));
    for (int c = 0; c < consoles; ++c) {
        BenchConsole& console = fleet.at(c);
        console.parseFrames = false;
        console.onFrame
            = [&arrivals, c](const QString& text, qint64 at) { recordMarkers(text, at, arrivals[c]); };
    }
    fleet.drain();

    WebhookLoad load(50);
    const QList<WebhookLoad::Post> posts = load.inbound(messages, 1);
    WebhookSender sender(server.webhookUrl());
    std::vector<qint64> sentAt(messages, 0);
    Samples answers;
    int next = 0;
    int answered = 0;
    const QString loadBefore = MachineInfo::loadAverage();
    const double serverCpuBefore = server.cpuSeconds();
    QTimer pace;
    pace.setTimerType(Qt::PreciseTimer);
    pace.setInterval(std::max(1, 1000 / std::max(1, rate)));
    QObject::connect(&pace, &QTimer::timeout, [&] {
        if (next >= messages) {
            pace.stop();
            return;
        }
        const int n = next++;
        sender.post(posts.at(n), [&, n](int, qint64 start, qint64 end) {
            sentAt[n] = start;
            answers.add(double(end - start) / 1e6);
            ++answered;
        });
    });
    const qint64 start = MachineInfo::monotonicNs();
    pace.start();
    const bool complete = EventWait::until(
        [&] {
            if (answered < messages)
                return false;
            for (const auto& console : arrivals) {
                if (std::find(console.begin(), console.end(), 0) != console.end())
                    return false;
            }
            return true;
        },
        300000);
    const double wallMs = double(MachineInfo::monotonicNs() - start) / 1e6;

    Samples everyPair;
    Samples lastConsole;
    everyPair.reserve(std::size_t(consoles) * std::size_t(messages));
    int missing = 0;
    for (int n = 0; n < messages; ++n) {
        qint64 slowest = 0;
        for (int c = 0; c < consoles; ++c) {
            const qint64 arrived = arrivals[c][n];
            if (arrived == 0) {
                ++missing;
                continue;
            }
            everyPair.add(double(arrived - sentAt[n]) / 1e6);
            slowest = std::max(slowest, arrived - sentAt[n]);
        }
        lastConsole.add(double(slowest) / 1e6);
    }
    MachineInfo::print(u"consoles=%1 messages=%2 rate=%3/s wall=%4ms complete=%5 missing=%6 server_cpu=%7s "
                       "frames=%8 load=%9"_s.arg(consoles)
                           .arg(messages)
                           .arg(rate)
                           .arg(wallMs, 0, 'f', 0)
                           .arg(complete)
                           .arg(missing)
                           .arg(server.cpuSeconds() - serverCpuBefore, 0, 'f', 2)
                           .arg(fleet.frames())
                           .arg(loadBefore));
    MachineInfo::print(u"post_to_console (every pair): "_s + everyPair.summary());
    MachineInfo::print(u"post_to_last_console (per message): "_s + lastConsole.summary());
    MachineInfo::print(u"webhook_answer: "_s + answers.summary());
    MachineInfo::print(u"# done load=%1"_s.arg(MachineInfo::loadAverage()));
    return complete ? 0 : 2;
}

// Catch-up: a console that missed ~10,000 journalled events resumes from its
// last seq. Measured twice: a bare protocol client that parses every frame
// (the server's replay plus the transfer), and the real AgentSession with its
// LocalCache and the inbox models attached (what an agent waits for).
#include "benchconsole.h"
#include "client/agentsession.h"
#include "client/inboxfiltermodel.h"
#include "client/inboxmodel.h"
#include "client/localcache.h"
#include "core/clock.h"
#include "eventwait.h"
#include "machineinfo.h"
#include "serverprocess.h"
#include "webhookload.h"
#include "webhooksender.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>

using namespace Atendo;
using namespace Atendo::Bench;
using namespace Qt::StringLiterals;

namespace {

constexpr auto Username = "agent001";
constexpr auto Password = "bench-pass";

qint64 journalHead(const ServerProcess& server)
{
    BenchConsole probe;
    if (!probe.open(server.consoleUrl())
        || !probe.login(QLatin1StringView(Username), QLatin1StringView(Password)))
        return -1;
    return probe.lastSeq();
}

// Logs an AgentSession in once so that `cachePath` holds a token, a snapshot and its seq.
bool primeCache(const ServerProcess& server, const QString& cachePath)
{
    SystemClock clock;
    LocalCache cache(cachePath);
    AgentSession session(&clock);
    session.setCache(&cache);
    session.connectToServer(server.consoleUrl(), QLatin1StringView(Username), QLatin1StringView(Password));
    return EventWait::until([&] { return session.state() == AgentSession::State::Online; }, 30000);
}

double rawResume(
    const ServerProcess& server, const QString& token, qint64 fromSeq, qint64 head, qint64* frames)
{
    BenchConsole console;
    if (!console.open(server.consoleUrl()))
        return -1;
    console.setToken(token);
    const qint64 start = MachineInfo::monotonicNs();
    console.sendResume(fromSeq);
    if (!EventWait::until([&] { return console.lastEventSeq() >= head; }, 60000))
        return -1;
    *frames = console.frames();
    return double(MachineInfo::monotonicNs() - start) / 1e6;
}

// Wall time; `cpuMs` gets this thread's CPU time over the same span (the
// console's own work, whatever else the machine is doing).
double sessionResume(const ServerProcess& server, const QString& pristine, const QString& scratch,
    qint64 head, qint64* fromSeq, double* cpuMs)
{
    QFile::remove(scratch);
    if (!QFile::copy(pristine, scratch))
        return -1;
    SystemClock clock;
    const qint64 start = MachineInfo::monotonicNs();
    const qint64 cpuStart = MachineInfo::threadCpuNs();
    LocalCache cache(scratch);
    *fromSeq = cache.lastSeq();
    AgentSession session(&clock);
    session.setCache(&cache);
    InboxModel inbox(&session);
    InboxFilterModel filter;
    filter.setSourceModel(&inbox);
    filter.setNowProvider([&session] { return session.serverNow(); });
    if (!session.restoreSession(server.consoleUrl(), QLatin1StringView(Username)))
        return -1;
    if (!EventWait::until([&] { return session.lastSeq() >= head; }, 120000))
        return -1;
    *cpuMs = double(MachineInfo::threadCpuNs() - cpuStart) / 1e6;
    return double(MachineInfo::monotonicNs() - start) / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // Start-up and state-change chatter only; warnings still show.
    QLoggingCategory::setFilterRules(u"atendo.*.info=false"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption eventsOption(u"events"_s, u"Events to miss (at least)."_s, u"n"_s, u"10000"_s);
    const QCommandLineOption repeatOption(u"repeat"_s, u"Resumes of each kind."_s, u"n"_s, u"5"_s);
    parser.addOptions({eventsOption, repeatOption});
    parser.process(app);
    const qint64 wanted = parser.value(eventsOption).toLongLong();
    const int repeat = parser.value(repeatOption).toInt();

    MachineInfo::print(u"# bench_catchup "_s + MachineInfo::header());
    ServerProcess server;
    if (!server.start({u"--agents"_s, u"2"_s, u"--customers"_s, u"1000"_s})) {
        MachineInfo::print(u"server did not start"_s);
        return 1;
    }
    QTemporaryDir dir;
    const QString pristine = dir.filePath(u"pristine.sqlite"_s);
    BenchConsole away;
    if (!away.open(server.consoleUrl())
        || !away.login(QLatin1StringView(Username), QLatin1StringView(Password))
        || !primeCache(server, pristine)) {
        MachineInfo::print(u"login failed"_s);
        return 1;
    }
    const qint64 fromSeq = away.lastSeq();
    away.abort();

    // Inbound messages in batches of 100 until the journal moved on by `wanted`.
    WebhookLoad load(1000);
    WebhookSender sender(server.webhookUrl());
    qint64 head = fromSeq;
    while (head - fromSeq < wanted) {
        sender.run(load.inbound(500, 100), 6, nullptr);
        head = journalHead(server);
        if (head < 0)
            return 1;
    }
    MachineInfo::print(
        u"# journal head=%1, the away console is at seq %2: %3 events missed"_s.arg(head).arg(fromSeq).arg(
            head - fromSeq));

    Samples raw;
    qint64 frames = 0;
    for (int i = 0; i < repeat; ++i)
        raw.add(rawResume(server, away.token(), fromSeq, head, &frames));
    MachineInfo::print(u"raw_client_resume events=%1 frames=%2: %3 load=%4"_s.arg(head - fromSeq)
                           .arg(frames)
                           .arg(raw.summary(), MachineInfo::loadAverage()));

    Samples session;
    Samples sessionCpu;
    qint64 sessionFrom = 0;
    for (int i = 0; i < repeat; ++i) {
        double cpuMs = -1;
        session.add(
            sessionResume(server, pristine, dir.filePath(u"scratch.sqlite"_s), head, &sessionFrom, &cpuMs));
        sessionCpu.add(cpuMs);
    }
    MachineInfo::print(
        u"agentsession_resume (LocalCache + InboxModel) events=%1: %2 load=%3"_s.arg(head - sessionFrom)
            .arg(session.summary(), MachineInfo::loadAverage()));
    MachineInfo::print(u"agentsession_resume_cpu (console thread CPU): %1"_s.arg(sessionCpu.summary()));
    return 0;
}

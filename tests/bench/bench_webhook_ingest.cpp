// Webhook ingest: signed POSTs of 1, 10 and 100 updates (one inbound message in
// four, the rest statuses) over loopback HTTP against the real server on SQLite
// in its own process, with consoles connected and receiving the events. The
// consoles run in processes of their own (ProcessFleet), so this process only
// sends. Prints updates/s, the webhook answer latency, and whether every console
// received every event, per batch size.
#include "machineinfo.h"
#include "processfleet.h"
#include "serverprocess.h"
#include "webhookload.h"
#include "webhooksender.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>

using namespace Atendo::Bench;
using namespace Qt::StringLiterals;

namespace {

// After a batch: did every console get everything up to the journal's head, and how much went out.
QString fleetFigures(
    ProcessFleet& fleet, const ServerProcess& server, const ProcessFleet::Stats& before, double cpuBefore)
{
    if (fleet.size() == 0)
        return u"consoles_in_step=0/0"_s;
    const qint64 head = server.journalHead();
    const ProcessFleet::Stats after = fleet.stats(head);
    return u"consoles_in_step=%1/%2 journal_head=%3 console_last_seq=%4..%5 frames_to_consoles=%6 "
           "bytes_to_consoles=%7 fleet_cpu=%8s"_s.arg(after.inStep)
               .arg(fleet.size())
               .arg(head)
               .arg(after.minLastSeq)
               .arg(after.maxLastSeq)
               .arg(after.frames - before.frames)
               .arg(after.bytes - before.bytes)
               .arg(fleet.cpuSeconds() - cpuBefore, 0, 'f', 2);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // Start-up and state-change chatter only; warnings still show.
    QLoggingCategory::setFilterRules(u"atendo.*.info=false"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption updatesOption(u"updates"_s, u"Updates per batch size."_s, u"n"_s, u"20000"_s);
    const QCommandLineOption batchesOption(
        u"batches"_s, u"Batch sizes, comma-separated."_s, u"list"_s, u"1,10,100"_s);
    const QCommandLineOption consolesOption(u"consoles"_s, u"Connected consoles."_s, u"n"_s, u"200"_s);
    const QCommandLineOption processesOption(
        u"fleet-processes"_s, u"Processes the consoles are split over."_s, u"n"_s, u"2"_s);
    const QCommandLineOption assignedOption(u"assigned"_s,
        u"Fraction of the seeded conversations assigned round-robin to the agents."_s, u"fraction"_s,
        u"0.9"_s);
    const QCommandLineOption concurrencyOption(u"concurrency"_s, u"POSTs in flight."_s, u"n"_s, u"6"_s);
    const QCommandLineOption customersOption(u"customers"_s, u"Distinct customers."_s, u"n"_s, u"2000"_s);
    parser.addOptions({updatesOption, batchesOption, consolesOption, processesOption, assignedOption,
        concurrencyOption, customersOption});
    parser.process(app);

    const int updates = parser.value(updatesOption).toInt();
    const int consoles = parser.value(consolesOption).toInt();
    const int concurrency = parser.value(concurrencyOption).toInt();
    const int customers = parser.value(customersOption).toInt();
    QList<int> batches;
    for (const QString& b : parser.value(batchesOption).split(u','))
        batches.append(b.toInt());

    MachineInfo::print(u"# bench_webhook_ingest "_s + MachineInfo::header());
    ServerProcess server;
    const int seeded = WebhookLoad::statusesIn(updates) * int(batches.size()) / 3 + 3;
    if (!server.start({u"--agents"_s, QString::number(consoles), u"--customers"_s, QString::number(customers),
            u"--outbound"_s, QString::number(seeded), u"--assigned"_s, parser.value(assignedOption)})) {
        MachineInfo::print(u"server did not start"_s);
        return 1;
    }
    for (const QString& note : server.notes())
        MachineInfo::print(note);
    ProcessFleet fleet;
    if (!fleet.connect(server.consoleUrl(), consoles, parser.value(processesOption).toInt())) {
        MachineInfo::print(u"consoles did not log in"_s);
        return 1;
    }
    MachineInfo::print(u"# %1 consoles logged in (in %2 processes, receive-only); %3 updates per batch size, "
                       "%4 POSTs in flight, assigned=%5"_s.arg(consoles)
                           .arg(fleet.processes())
                           .arg(updates)
                           .arg(concurrency)
                           .arg(parser.value(assignedOption)));

    WebhookLoad load(customers);
    WebhookSender sender(server.webhookUrl());
    for (const int batch : std::as_const(batches)) {
        const QList<WebhookLoad::Post> posts = load.mixed(updates, batch);
        fleet.drain();
        const ProcessFleet::Stats fleetBefore = fleet.stats();
        const double fleetCpuBefore = fleet.cpuSeconds();
        const double serverCpuBefore = server.cpuSeconds();
        const qint64 ownCpuBefore = MachineInfo::processCpuNs();
        const QString loadBefore = MachineInfo::loadAverage();
        Samples latencies;
        QElapsedTimer sinceFirstPost;
        sinceFirstPost.start();
        const double wallMs = sender.run(posts, concurrency, &latencies);
        // Answered is not ingested: the figure that counts ends when every
        // answered update is applied (and its events handed to the consoles).
        const bool applied = server.waitUntilApplied();
        const double appliedMs = double(sinceFirstPost.nsecsElapsed()) / 1e6;
        const double serverCpu = server.cpuSeconds() - serverCpuBefore;
        // The sender's own CPU (this process), to show what the load generator costs the machine.
        const double ownCpu = double(MachineInfo::processCpuNs() - ownCpuBefore) / 1e9;
        fleet.drain();
        MachineInfo::print(u"batch=%1 posts=%2 updates=%3 answered_wall=%4ms answered/s=%5 applied_wall=%6ms "
                           "applied/s=%7%8 answer_latency: %9 server_cpu=%10s cpu/update=%11us "
                           "sender_cpu=%12s failures=%13 load=%14 %15"_s.arg(batch)
                               .arg(posts.size())
                               .arg(updates)
                               .arg(wallMs, 0, 'f', 0)
                               .arg(double(updates) * 1000.0 / wallMs, 0, 'f', 0)
                               .arg(appliedMs, 0, 'f', 0)
                               .arg(double(updates) * 1000.0 / appliedMs, 0, 'f', 0)
                               .arg(applied ? QString() : u" (NOT ALL APPLIED)"_s)
                               .arg(latencies.summary())
                               .arg(serverCpu, 0, 'f', 2)
                               .arg(serverCpu * 1e6 / updates, 0, 'f', 0)
                               .arg(ownCpu, 0, 'f', 2)
                               .arg(sender.failures())
                               .arg(loadBefore, fleetFigures(fleet, server, fleetBefore, fleetCpuBefore)));
    }
    MachineInfo::print(u"# done load=%1"_s.arg(MachineInfo::loadAverage()));
    return sender.failures() == 0 ? 0 : 2;
}

// The console's inbox from its cache: 10,000 conversations and 200,000
// messages. Start to a usable inbox, open a conversation, filter and search,
// and the resident memory that leaves.
#include "cachefixture.h"
#include "client/conversationmodel.h"
#include "core/clock.h"
#include "inboxstack.h"
#include "machineinfo.h"
#include "samples.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMap>

using namespace Atendo;
using namespace Atendo::Bench;
using namespace Qt::StringLiterals;

namespace {

double msSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

void printMemory(const QString& when)
{
    MachineInfo::print(u"memory %1: VmRSS=%2 MiB VmHWM=%3 MiB"_s.arg(when)
                           .arg(double(MachineInfo::statusKiB("VmRSS")) / 1024.0, 0, 'f', 1)
                           .arg(double(MachineInfo::statusKiB("VmHWM")) / 1024.0, 0, 'f', 1));
}

void measureStart(const QString& path, const Clock& clock, int repeat)
{
    Samples starts;
    double first = 0;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        InboxStack stack(path, &clock);
        const bool usable = stack.isUsable();
        const double ms = msSince(timer);
        if (!usable)
            MachineInfo::print(u"inbox not usable!"_s);
        if (i == 0) {
            first = ms;
            printMemory(u"first inbox from cache loaded"_s);
        }
        starts.add(ms);
    }
    MachineInfo::print(u"start_to_usable_inbox first=%1ms all: %2 load=%3"_s.arg(first, 0, 'f', 1)
                           .arg(starts.summary(), MachineInfo::loadAverage()));

    // Where the start goes: the same steps one by one.
    QElapsedTimer timer;
    timer.start();
    LocalCache cache(path);
    const double open = msSince(timer);
    timer.restart();
    const auto conversations = cache.conversations();
    const double read = msSince(timer);
    timer.restart();
    InboxModel inbox;
    inbox.resetConversations(conversations);
    const double model = msSince(timer);
    timer.restart();
    InboxFilterModel filter;
    filter.setNowProvider([&clock] { return clock.now(); });
    filter.setSourceModel(&inbox);
    (void)filter.rowCount();
    const double proxy = msSince(timer);
    MachineInfo::print(u"start_breakdown cache_open=%1ms cache_conversations(%2 rows)=%3ms "
                       "inboxmodel_reset=%4ms filter_sort=%5ms"_s.arg(open, 0, 'f', 1)
                           .arg(conversations.size())
                           .arg(read, 0, 'f', 1)
                           .arg(model, 0, 'f', 1)
                           .arg(proxy, 0, 'f', 1));
}

void measureOpen(InboxStack& stack, int opens)
{
    ConversationModel model(stack.session.get());
    Samples samples;
    for (int i = 0; i < opens; ++i) {
        const qint64 id = 1 + (qint64(i) * 7919) % CacheFixture::Conversations;
        QElapsedTimer timer;
        timer.start();
        model.setConversation(id);
        (void)model.index(model.rowCount() - 1, 0).data(ConversationModel::TextRole);
        samples.add(msSince(timer));
    }
    MachineInfo::print(u"open_conversation (%1 rows shown): %2 load=%3"_s.arg(model.rowCount())
                           .arg(samples.summary(), MachineInfo::loadAverage()));
}

void measureFilter(InboxFilterModel& filter, int repeat)
{
    using Filter = InboxFilterModel::Filter;
    using Sort = InboxFilterModel::Sort;
    const QList<std::pair<QString, std::function<void()>>> steps = {
        {u"type m"_s, [&] { filter.setSearchText(u"m"_s); }},
        {u"type ma"_s, [&] { filter.setSearchText(u"ma"_s); }},
        {u"type mar"_s, [&] { filter.setSearchText(u"mar"_s); }},
        {u"type mari"_s, [&] { filter.setSearchText(u"mari"_s); }},
        {u"type maria"_s, [&] { filter.setSearchText(u"maria"_s); }},
        {u"clear search"_s, [&] { filter.setSearchText({}); }},
        {u"search joao (accents)"_s, [&] { filter.setSearchText(u"joao"_s); }},
        {u"search digits 55119"_s, [&] { filter.setSearchText(u"55119"_s); }},
        {u"search preview 'reembolso'"_s, [&] { filter.setSearchText(u"reembolso"_s); }},
        {u"clear search again"_s, [&] { filter.setSearchText({}); }},
        {u"tab mine"_s, [&] { filter.setFilter(Filter::Mine); }},
        {u"tab unassigned"_s, [&] { filter.setFilter(Filter::Unassigned); }},
        {u"tab waiting"_s, [&] { filter.setFilter(Filter::WaitingForReply); }},
        {u"tab closing soon"_s, [&] { filter.setFilter(Filter::ClosingSoon); }},
        {u"refresh (minute tick)"_s, [&] { filter.refresh(); }},
        {u"tab closed"_s, [&] { filter.setFilter(Filter::WindowClosed); }},
        {u"tab resolved"_s, [&] { filter.setFilter(Filter::Resolved); }},
        {u"tab all"_s, [&] { filter.setFilter(Filter::All); }},
        {u"sort window expiry"_s, [&] { filter.setSortOrder(Sort::WindowExpiry); }},
        {u"sort last activity"_s, [&] { filter.setSortOrder(Sort::LastActivity); }},
    };
    // Wall time, and this thread's CPU time: on a busy machine the wall time
    // includes waiting for a core, the CPU time is what the step itself costs.
    QMap<QString, Samples> byStep;
    QMap<QString, Samples> cpuByStep;
    Samples all;
    Samples allCpu;
    for (int r = 0; r < repeat; ++r) {
        for (const auto& [name, step] : steps) {
            QElapsedTimer timer;
            timer.start();
            const qint64 cpuStart = MachineInfo::threadCpuNs();
            step();
            (void)filter.rowCount();
            (void)filter.index(0, 0).data(InboxModel::ContactNameRole);
            const double cpuMs = double(MachineInfo::threadCpuNs() - cpuStart) / 1e6;
            const double ms = msSince(timer);
            byStep[name].add(ms);
            cpuByStep[name].add(cpuMs);
            all.add(ms);
            allCpu.add(cpuMs);
        }
    }
    for (const auto& [name, step] : steps) {
        (void)step;
        MachineInfo::print(u"  filter step %1: p50=%2ms max=%3ms cpu p50=%4ms max=%5ms"_s.arg(name, -28)
                               .arg(byStep[name].median(), 0, 'f', 2)
                               .arg(byStep[name].max(), 0, 'f', 2)
                               .arg(cpuByStep[name].median(), 0, 'f', 2)
                               .arg(cpuByStep[name].max(), 0, 'f', 2));
    }
    MachineInfo::print(
        u"filter_search all steps: %1 load=%2"_s.arg(all.summary(), MachineInfo::loadAverage()));
    MachineInfo::print(u"filter_search_cpu all steps: %1"_s.arg(allCpu.summary()));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // Start-up and state-change chatter only; warnings still show.
    QLoggingCategory::setFilterRules(u"atendo.*.info=false"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption generateOption(u"generate"_s, u"Only write the cache fixture."_s, u"path"_s);
    const QCommandLineOption cacheOption(
        u"cache"_s, u"Cache fixture path."_s, u"path"_s, CacheFixture::defaultPath());
    const QCommandLineOption repeatOption(u"repeat"_s, u"Repetitions."_s, u"n"_s, u"7"_s);
    parser.addOptions({generateOption, cacheOption, repeatOption});
    parser.process(app);
    if (parser.isSet(generateOption))
        return CacheFixture::generate(parser.value(generateOption)) ? 0 : 1;
    const QString path = parser.value(cacheOption);
    if (!CacheFixture::ensure(path, QCoreApplication::applicationFilePath())) {
        MachineInfo::print(u"cannot generate "_s + path);
        return 1;
    }
    const int repeat = parser.value(repeatOption).toInt();

    MachineInfo::print(u"# bench_inbox_cache "_s + MachineInfo::header());
    printMemory(u"at start"_s);
    TestClock clock(CacheFixture::now());
    measureStart(path, clock, repeat);
    InboxStack stack(path, &clock);
    measureOpen(stack, 1000);
    measureFilter(*stack.filter, repeat);
    printMemory(u"after opens and filters"_s);
    return 0;
}

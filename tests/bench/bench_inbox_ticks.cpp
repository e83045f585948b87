// The inbox on screen (offscreen platform, the real InboxView and InboxDelegate
// over 10,000 cached conversations): CPU cost of the one-second countdown tick
// as a share of a core, what each tick repaints, scrolling frame times, and the
// console's resident memory with the view up.
#include "cachefixture.h"
#include "console/inboxview.h"
#include "core/clock.h"
#include "inboxstack.h"
#include "machineinfo.h"
#include "paintcounter.h"
#include "samples.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QListView>
#include <QLoggingCategory>
#include <QScrollBar>
#include <QTabBar>

using namespace Atendo;
using namespace Atendo::Bench;
using namespace Qt::StringLiterals;

namespace {

void settle()
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

// A named function so callgrind can collect exactly the ticks:
// valgrind --tool=callgrind --toggle-collect='*runTicks*' ...
Q_NEVER_INLINE void runTicks(InboxView& view, TestClock& clock, int ticks, Samples& cpuUs, Samples& wallUs)
{
    for (int t = 0; t < ticks; ++t) {
        clock.advance(std::chrono::seconds(1));
        const qint64 cpu = MachineInfo::threadCpuNs();
        QElapsedTimer wall;
        wall.start();
        view.tick();
        settle();
        cpuUs.add(double(MachineInfo::threadCpuNs() - cpu) / 1e3);
        wallUs.add(double(wall.nsecsElapsed()) / 1e3);
    }
}

void measureTicks(
    const QString& scenario, InboxView& view, TestClock& clock, PaintCounter& counter, int ticks)
{
    settle();
    counter.reset();
    Samples cpuUs;
    Samples wallUs;
    runTicks(view, clock, ticks, cpuUs, wallUs);
    const QWidget* viewport = view.listView()->viewport();
    const double viewportArea = double(viewport->width()) * viewport->height();
    // The tick fires once a second: mean CPU per tick in µs / 1e6 µs = share of a core.
    MachineInfo::print(u"ticks[%1] n=%2 cpu/tick p50=%3us p99=%4us max=%5us mean=%6us => %7% of a core; "
                       "paints/tick=%8 repainted=%9% of the viewport load=%10"_s.arg(scenario)
                           .arg(ticks)
                           .arg(cpuUs.median(), 0, 'f', 0)
                           .arg(cpuUs.percentile(99), 0, 'f', 0)
                           .arg(cpuUs.max(), 0, 'f', 0)
                           .arg(cpuUs.mean(), 0, 'f', 0)
                           .arg(cpuUs.mean() / 1e4, 0, 'f', 3)
                           .arg(double(counter.paints()) / ticks, 0, 'f', 2)
                           .arg(100.0 * double(counter.area()) / ticks / viewportArea, 0, 'f', 1)
                           .arg(MachineInfo::loadAverage()));
}

void measureScroll(InboxView& view, int frames)
{
    QScrollBar* bar = view.listView()->verticalScrollBar();
    const int step = view.listView()->sizeHintForRow(0) * 3;
    Samples frameMs;
    for (int f = 0; f < frames; ++f) {
        QElapsedTimer timer;
        timer.start();
        bar->setValue(bar->value() + step >= bar->maximum() ? 0 : bar->value() + step);
        settle();
        frameMs.add(double(timer.nsecsElapsed()) / 1e6);
    }
    MachineInfo::print(u"scroll 3 rows per frame: %1 (60 fps = 16.7 ms) load=%2"_s.arg(
        frameMs.summary(), MachineInfo::loadAverage()));
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Start-up and state-change chatter only; warnings still show.
    QLoggingCategory::setFilterRules(u"atendo.*.info=false"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption cacheOption(
        u"cache"_s, u"Cache fixture path."_s, u"path"_s, CacheFixture::defaultPath());
    const QCommandLineOption ticksOption(u"ticks"_s, u"Ticks per scenario."_s, u"n"_s, u"600"_s);
    const QCommandLineOption heightOption(u"height"_s, u"View height in pixels."_s, u"px"_s, u"1000"_s);
    parser.addOptions({cacheOption, ticksOption, heightOption});
    parser.process(app);
    const QString path = parser.value(cacheOption);
    if (!QFile::exists(path)) {
        MachineInfo::print(u"no cache at %1: run bench_inbox_cache first (it generates it)"_s.arg(path));
        return 1;
    }
    const int ticks = parser.value(ticksOption).toInt();

    MachineInfo::print(u"# bench_inbox_ticks "_s + MachineInfo::header());
    TestClock clock(CacheFixture::now());
    InboxStack stack(path, &clock);
    InboxView view;
    view.setModel(stack.filter.get());
    view.setClock(&clock);
    view.resize(420, parser.value(heightOption).toInt());
    view.show();
    PaintCounter counter;
    view.listView()->viewport()->installEventFilter(&counter);
    settle();
    MachineInfo::print(u"view %1x%2, %3 rows, row height %4 px"_s.arg(view.width())
                           .arg(view.height())
                           .arg(stack.filter->rowCount())
                           .arg(view.listView()->sizeHintForRow(0)));

    // The default tab (All, by last activity), then the costliest: closing soon
    // by window expiry, where every 60th tick re-filters and re-sorts.
    view.filterTabs()->setCurrentIndex(2);
    measureTicks(u"all, last activity"_s, view, clock, counter, ticks);
    view.filterTabs()->setCurrentIndex(4);
    if (auto* sort = view.findChild<QComboBox*>(u"inboxSort"_s))
        sort->setCurrentIndex(1);
    measureTicks(u"closing soon, window expiry"_s, view, clock, counter, ticks);
    view.filterTabs()->setCurrentIndex(2);
    measureScroll(view, 300);
    MachineInfo::print(u"memory with the inbox view up: VmRSS=%1 MiB VmHWM=%2 MiB"_s
                           .arg(double(MachineInfo::statusKiB("VmRSS")) / 1024.0, 0, 'f', 1)
                           .arg(double(MachineInfo::statusKiB("VmHWM")) / 1024.0, 0, 'f', 1));
    return 0;
}

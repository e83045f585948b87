#include "processfleet.h"

#include "eventwait.h"
#include "machineinfo.h"

#include <QDeadlineTimer>

#include <algorithm>

namespace Atendo::Bench {

using namespace Qt::StringLiterals;

ProcessFleet::~ProcessFleet()
{
    for (const auto& child : m_children)
        child->closeWriteChannel();
    for (const auto& child : m_children) {
        if (!child->waitForFinished(15000)) {
            child->kill();
            child->waitForFinished(5000);
        }
    }
}

bool ProcessFleet::connect(const QUrl& url, int count, int processes, int timeoutMs)
{
    m_count = count;
    const int children = std::clamp(processes, count > 0 ? 1 : 0, std::max(count, 0));
    for (int k = 0; k < children; ++k) {
        // Consoles split as evenly as they go: the first agent of child k is k*count/children + 1.
        const int first = k * count / children;
        const int next = (k + 1) * count / children;
        auto child = std::make_unique<QProcess>();
        child->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child->start(QStringLiteral(ATENDO_BENCH_CONSOLE_FLEET),
            {u"--url"_s, url.toString(), u"--first"_s, QString::number(first + 1), u"--count"_s,
                QString::number(next - first)});
        if (!child->waitForStarted(10000))
            return false;
        m_children.push_back(std::move(child));
    }
    const QDeadlineTimer deadline(timeoutMs);
    for (const auto& child : m_children) {
        if (!readLine(*child, int(deadline.remainingTime())).startsWith("READY "))
            return false;
    }
    return true;
}

QByteArray ProcessFleet::readLine(QProcess& child, int timeoutMs)
{
    const QDeadlineTimer deadline(std::max(timeoutMs, 0));
    while (!child.canReadLine()) {
        if (deadline.hasExpired() || !child.waitForReadyRead(int(deadline.remainingTime())))
            return {};
    }
    return child.readLine().trimmed();
}

ProcessFleet::Stats ProcessFleet::stats(qint64 head)
{
    const QByteArray ask = head > 0 ? "STATS " + QByteArray::number(head) + '\n' : QByteArray("STATS\n");
    // Asked of every child first, so they answer in parallel.
    for (const auto& child : m_children)
        child->write(ask);
    Stats total;
    total.inStep = head > 0 ? 0 : -1;
    bool first = true;
    for (const auto& child : m_children) {
        const QList<QByteArray> fields = readLine(*child, 30000).split(' ');
        if (fields.size() < 5 || fields.at(0) != "STATS")
            return Stats {-1, -1, -1, -1, -1};
        total.frames += fields.at(1).toLongLong();
        total.bytes += fields.at(2).toLongLong();
        const qint64 low = fields.at(3).toLongLong();
        const qint64 high = fields.at(4).toLongLong();
        total.minLastSeq = first ? low : std::min(total.minLastSeq, low);
        total.maxLastSeq = std::max(total.maxLastSeq, high);
        if (head > 0)
            total.inStep += fields.value(5).toInt();
        first = false;
    }
    return total;
}

void ProcessFleet::drain(int quietMs, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    qint64 seen = frames();
    qint64 quietSince = MachineInfo::monotonicNs();
    while (!deadline.hasExpired()) {
        // Asking costs the children a little; every 20 ms is plenty for a 300 ms quiet.
        EventWait::spin(20);
        const qint64 now = MachineInfo::monotonicNs();
        const qint64 current = frames();
        if (current != seen) {
            seen = current;
            quietSince = now;
        } else if (now - quietSince > qint64(quietMs) * 1000000) {
            return;
        }
    }
}

double ProcessFleet::cpuSeconds() const
{
    double total = 0;
    for (const auto& child : m_children)
        total += MachineInfo::cpuSecondsOf(child->processId());
    return total;
}

} // namespace Atendo::Bench

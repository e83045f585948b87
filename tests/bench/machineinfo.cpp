#include "machineinfo.h"

#include <QFile>
#include <QThread>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace Atendo::Bench {

using namespace Qt::StringLiterals;

namespace {

QByteArray readProc(const char* path)
{
    QFile file(QString::fromLatin1(path));
    // /proc files report size 0: read until the end instead of by size.
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

qint64 clockNs(clockid_t clock)
{
    timespec spec {};
    clock_gettime(clock, &spec);
    return qint64(spec.tv_sec) * 1000000000 + spec.tv_nsec;
}

} // namespace

QString MachineInfo::cpuModel()
{
    const QList<QByteArray> lines = readProc("/proc/cpuinfo").split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("model name"))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    }
    return u"unknown"_s;
}

int MachineInfo::cores()
{
    return QThread::idealThreadCount();
}

QString MachineInfo::loadAverage()
{
    const QList<QByteArray> fields = readProc("/proc/loadavg").split(' ');
    if (fields.size() < 3)
        return u"?"_s;
    return QString::fromLatin1(fields.at(0) + ' ' + fields.at(1) + ' ' + fields.at(2));
}

qint64 MachineInfo::statusKiB(const char* field)
{
    const QByteArray prefix = QByteArray(field) + ':';
    const QList<QByteArray> lines = readProc("/proc/self/status").split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

qint64 MachineInfo::monotonicNs()
{
    return clockNs(CLOCK_MONOTONIC);
}

qint64 MachineInfo::threadCpuNs()
{
    return clockNs(CLOCK_THREAD_CPUTIME_ID);
}

qint64 MachineInfo::processCpuNs()
{
    return clockNs(CLOCK_PROCESS_CPUTIME_ID);
}

double MachineInfo::cpuSecondsOf(qint64 pid)
{
    const QByteArray line = readProc(QByteArray("/proc/" + QByteArray::number(pid) + "/stat").constData());
    // Fields after the parenthesised command name; utime and stime are the 14th and 15th.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) / ticks;
}

QString MachineInfo::header()
{
#ifdef ATENDO_BENCH_BUILD_TYPE
    const QString build = QStringLiteral(ATENDO_BENCH_BUILD_TYPE);
#else
    const QString build = u"?"_s;
#endif
    return u"build=%1 nproc=%2 cpu=\"%3\" load=%4"_s.arg(build).arg(cores()).arg(cpuModel(), loadAverage());
}

void MachineInfo::print(const QString& line)
{
    std::fputs(line.toLocal8Bit().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace Atendo::Bench

#include "serverprocess.h"

#include "benchconsole.h"
#include "consolefleet.h"
#include "machineinfo.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>

namespace Atendo::Bench {

using namespace Qt::StringLiterals;

ServerProcess::~ServerProcess()
{
    stop();
}

bool ServerProcess::start(const QStringList& arguments, int timeoutMs)
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(QStringLiteral(ATENDO_BENCH_SERVER_HOST), arguments);
    if (!m_process.waitForStarted(10000))
        return false;
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (!m_process.canReadLine() && !m_process.waitForReadyRead(int(deadline.remainingTime())))
            return false;
        while (m_process.canReadLine()) {
            const QByteArray line = m_process.readLine().trimmed();
            if (line.startsWith('#'))
                m_notes.append(QString::fromUtf8(line));
            const QList<QByteArray> fields = line.split(' ');
            if (fields.size() == 3 && fields.at(0) == "READY") {
                m_httpPort = quint16(fields.at(1).toUInt());
                m_consolePort = quint16(fields.at(2).toUInt());
                return true;
            }
        }
    }
    return false;
}

void ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(15000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QUrl ServerProcess::webhookUrl() const
{
    return QUrl(u"http://127.0.0.1:%1/webhooks/whatsapp"_s.arg(m_httpPort));
}

QUrl ServerProcess::metricsUrl() const
{
    return QUrl(u"http://127.0.0.1:%1/metrics"_s.arg(m_httpPort));
}

QUrl ServerProcess::consoleUrl() const
{
    return QUrl(u"ws://127.0.0.1:%1/"_s.arg(m_consolePort));
}

double ServerProcess::cpuSeconds() const
{
    return MachineInfo::cpuSecondsOf(m_process.processId());
}

namespace {
// atendo_webhook_inbox_pending from one /metrics scrape; -1 when unreadable.
qint64 inboxPending(QNetworkAccessManager& nam, const QUrl& url)
{
    QNetworkReply* reply = nam.get(QNetworkRequest(url));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    static const QByteArray name = QByteArrayLiteral("atendo_webhook_inbox_pending ");
    for (const QByteArray& line : body.split('\n')) {
        if (line.startsWith(name))
            return line.mid(name.size()).trimmed().toLongLong();
    }
    return -1;
}
} // namespace

bool ServerProcess::waitUntilApplied(int timeoutMs) const
{
    QNetworkAccessManager nam;
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (inboxPending(nam, metricsUrl()) == 0)
            return true;
        QThread::msleep(2);
    }
    return false;
}

qint64 ServerProcess::journalHead() const
{
    BenchConsole probe;
    if (!probe.open(consoleUrl()) || !probe.login(ConsoleFleet::username(1), u"bench-pass"_s))
        return -1;
    return probe.lastSeq();
}

} // namespace Atendo::Bench

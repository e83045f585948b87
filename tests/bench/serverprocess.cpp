#include "serverprocess.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>

#include <unistd.h>

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
            const QList<QByteArray> fields = m_process.readLine().trimmed().split(' ');
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
    QFile stat(u"/proc/%1/stat"_s.arg(m_process.processId()));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Fields after the parenthesised command name; utime and stime are the 14th and 15th.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) / ticks;
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

} // namespace Atendo::Bench

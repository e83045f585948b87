#include "webhooksender.h"

#include "eventwait.h"
#include "machineinfo.h"

#include <QNetworkReply>

namespace Atendo::Bench {

using namespace Qt::StringLiterals;

void WebhookSender::post(const WebhookLoad::Post& post, std::function<void(int, qint64, qint64)> done)
{
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    request.setRawHeader("X-Hub-Signature-256"_ba, post.signature);
    const qint64 start = MachineInfo::monotonicNs();
    QNetworkReply* reply = m_network.post(request, post.body);
    QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply, start, done = std::move(done)] {
        const qint64 end = MachineInfo::monotonicNs();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 200)
            ++m_failures;
        reply->deleteLater();
        done(status, start, end);
    });
}

double WebhookSender::run(const QList<WebhookLoad::Post>& posts, int concurrency, Samples* latencies)
{
    qsizetype next = 0;
    qsizetype answered = 0;
    std::function<void()> sendNext;
    sendNext = [&] {
        if (next >= posts.size())
            return;
        post(posts.at(next++), [&](int, qint64 start, qint64 end) {
            ++answered;
            if (latencies)
                latencies->add(double(end - start) / 1e6);
            sendNext();
        });
    };
    const qint64 start = MachineInfo::monotonicNs();
    for (int i = 0; i < concurrency; ++i)
        sendNext();
    (void)EventWait::until([&] { return answered == posts.size(); }, 600000);
    return double(MachineInfo::monotonicNs() - start) / 1e6;
}

QByteArray WebhookSender::get(const QUrl& url)
{
    QNetworkReply* reply = m_network.get(QNetworkRequest(url));
    (void)EventWait::until([reply] { return reply->isFinished(); }, 10000);
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

} // namespace Atendo::Bench

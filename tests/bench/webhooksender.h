#pragma once

#include "samples.h"
#include "webhookload.h"

#include <QNetworkAccessManager>
#include <QUrl>

#include <functional>

namespace Atendo::Bench {

// Meta's side of the webhook: POSTs over real loopback HTTP, several in
// parallel (QNetworkAccessManager opens up to six connections per host).
class WebhookSender
{
public:
    explicit WebhookSender(const QUrl& url) : m_url(url) { }

    // Posts every body keeping `concurrency` requests in flight; answer
    // latencies (ms) go to `latencies`. Returns the wall time in ms.
    double run(const QList<WebhookLoad::Post>& posts, int concurrency, Samples* latencies);
    // One POST without waiting; `done(httpStatus, startNs, endNs)` when answered.
    void post(const WebhookLoad::Post& post, std::function<void(int, qint64, qint64)> done);
    [[nodiscard]] int failures() const { return m_failures; }
    [[nodiscard]] QByteArray get(const QUrl& url);

private:
    QNetworkAccessManager m_network;
    QUrl m_url;
    int m_failures = 0;
};

} // namespace Atendo::Bench

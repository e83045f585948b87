#include "sandbox/webhookdispatcher.h"

#include "cloudapi/webhooksignature.h"
#include "cloudapi/webhookverification.h"
#include "sandbox/sandboxclock.h"
#include "sandbox/sandboxlogging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>

namespace Atendo {

using namespace Qt::StringLiterals;

namespace {
constexpr int transferTimeoutMs = 10000;
// With --reorder and no batching, statuses are still gathered briefly so that
// there is something to shuffle.
constexpr int reorderWindowMs = 30;
} // namespace

QJsonObject WebhookAttempt::toJson() const
{
    return QJsonObject {
        {u"delivery_id"_s, deliveryId},
        {u"attempt"_s, attempt},
        {u"http_status"_s, httpStatus},
        {u"error"_s, error},
        {u"duplicate"_s, duplicate},
        {u"updates"_s, updates},
        {u"fields"_s, QJsonArray::fromStringList(fields)},
        {u"outcome"_s, outcome},
        {u"at"_s, at},
    };
}

WebhookDispatcher::WebhookDispatcher(
    const SandboxConfig& config, const SandboxClock& clock, QRandomGenerator& random, QObject* parent)
    : QObject(parent)
    , m_config(config)
    , m_clock(clock)
    , m_random(random)
    , m_payloads(config)
    , m_network(new QNetworkAccessManager(this))
    , m_url(config.webhookUrl)
{
    m_gatherTimer.setSingleShot(true);
    m_gatherTimer.setInterval(
        config.batchSize > 1 ? config.batchWindowMs : (config.reorder ? reorderWindowMs : 0));
    connect(&m_gatherTimer, &QTimer::timeout, this, &WebhookDispatcher::gather);
}

void WebhookDispatcher::setUrl(const QUrl& url)
{
    m_url = url;
    pump();
}

int WebhookDispatcher::queued() const
{
    return int(m_pending.size() + m_ready.size()) + m_waitingRetries + (m_inFlight ? 1 : 0);
}

void WebhookDispatcher::enqueue(const QJsonObject& update)
{
    m_pending.append(update);
    if (!m_gatherTimer.isActive())
        m_gatherTimer.start();
}

void WebhookDispatcher::shuffleStatuses(QList<QJsonObject>& updates)
{
    QList<qsizetype> slots;
    for (qsizetype i = 0; i < updates.size(); ++i) {
        if (updates.at(i).value(u"value"_s).toObject().contains(u"statuses"_s))
            slots.append(i);
    }
    for (qsizetype i = slots.size() - 1; i > 0; --i)
        updates.swapItemsAt(slots.at(i), slots.at(qsizetype(m_random.bounded(int(i + 1)))));
}

void WebhookDispatcher::gather()
{
    if (m_config.reorder)
        shuffleStatuses(m_pending);
    while (!m_pending.isEmpty()) {
        const QList<QJsonObject> chunk = m_pending.mid(0, m_config.batchSize);
        m_pending.remove(0, chunk.size());
        Delivery delivery;
        delivery.id = m_nextId++;
        delivery.body = m_payloads.envelope(chunk, m_clock.nowSeconds());
        delivery.updates = int(chunk.size());
        for (const QJsonObject& update : chunk) {
            const QString field = update.value(u"field"_s).toString();
            if (!delivery.fields.contains(field))
                delivery.fields.append(field);
        }
        m_ready.append(delivery);
    }
    pump();
}

void WebhookDispatcher::pump()
{
    // One POST at a time keeps the sandbox's own order (sent before delivered
    // before read) unless --reorder asks otherwise; retries wait on the side.
    if (m_inFlight || m_ready.isEmpty() || !m_url.isValid() || m_url.isEmpty())
        return;
    Delivery delivery = m_ready.takeFirst();
    ++delivery.attempts;
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(WebhookSignature::headerName.toByteArray(),
        WebhookSignature::sign(delivery.body, m_config.appSecret.toUtf8()));
    request.setRawHeader(QByteArrayLiteral("User-Agent"), QByteArrayLiteral("facebookexternalua"));
    request.setTransferTimeout(transferTimeoutMs);
    m_inFlight = true;
    QNetworkReply* reply = m_network->post(request, delivery.body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, delivery] { finished(reply, delivery); });
}

void WebhookDispatcher::finished(QNetworkReply* reply, Delivery delivery)
{
    reply->deleteLater();
    m_inFlight = false;
    WebhookAttempt attempt;
    attempt.deliveryId = delivery.id;
    attempt.attempt = delivery.attempts;
    attempt.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    attempt.duplicate = delivery.duplicate;
    attempt.updates = delivery.updates;
    attempt.fields = delivery.fields;
    attempt.at = m_clock.nowSeconds();
    const bool ok = attempt.httpStatus == 200;
    if (!ok)
        attempt.error = attempt.httpStatus == 0 ? reply->errorString() : u"HTTP %1"_s.arg(attempt.httpStatus);

    if (ok) {
        attempt.outcome = u"delivered"_s;
        if (!delivery.duplicate && m_random.generateDouble() < m_config.duplicateProbability) {
            Delivery copy = delivery;
            copy.attempts = 0;
            copy.duplicate = true;
            m_ready.append(copy);
        }
    } else if (delivery.attempts < m_config.retryMax) {
        attempt.outcome = u"retrying"_s;
        const int delay = m_config.retryBaseMs * (1 << std::min(delivery.attempts - 1, 20));
        ++m_waitingRetries;
        QTimer::singleShot(delay, this, [this, delivery] {
            --m_waitingRetries;
            m_ready.prepend(delivery);
            pump();
        });
    } else {
        attempt.outcome = u"dropped"_s;
        qCWarning(lcSandbox) << "webhook delivery" << delivery.id << "dropped after" << delivery.attempts
                             << "attempts";
    }
    m_log.append(attempt);
    Q_EMIT attempted(attempt);
    pump();
}

void WebhookDispatcher::handshake(const QString& verifyToken, const QString& challenge)
{
    QUrl url = m_url;
    QUrlQuery query(url.query());
    const QUrlQuery hub = WebhookVerification::challengeQuery(verifyToken, challenge);
    for (const auto& [key, value] : hub.queryItems())
        query.addQueryItem(key, value);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setTransferTimeout(transferTimeoutMs);
    QNetworkReply* reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, challenge] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool verified = status == 200 && reply->readAll() == challenge.toUtf8();
        if (verified)
            qCInfo(lcSandbox) << "webhook handshake: challenge echoed by" << m_url.toDisplayString();
        else
            qCWarning(lcSandbox) << "webhook handshake failed: HTTP" << status << "from"
                                 << m_url.toDisplayString() << "(webhooks are still delivered)";
        Q_EMIT handshakeFinished(verified);
    });
}

} // namespace Atendo

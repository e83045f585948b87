#include "server/httpendpoint.h"

#include "cloudapi/webhookparser.h"
#include "cloudapi/webhooksignature.h"
#include "cloudapi/webhookverification.h"
#include "server/metrics.h"
#include "server/optinapi.h"
#include "server/serverconfig.h"
#include "server/serverlogging.h"
#include "server/webhookqueue.h"
#include "store/database.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QJsonObject>
#include <QSqlQuery>

namespace Atendo {

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;
using Status = QHttpServerResponder::StatusCode;

HttpEndpoint::HttpEndpoint(
    const ServerContext& context, WebhookQueue& webhooks, OptInApi& optIns, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_webhooks(webhooks)
    , m_optIns(optIns)
    , m_http(new QHttpServer(this))
{
    route();
}

HttpEndpoint::~HttpEndpoint() = default;

QByteArray HttpEndpoint::header(const QHttpServerRequest& request, const QByteArray& name)
{
    const auto headers = request.headers();
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void HttpEndpoint::route()
{
    m_http->route(u"/webhooks/whatsapp"_s, Method::Get,
        [this](const QHttpServerRequest& request) { return handshake(request); });
    m_http->route(u"/webhooks/whatsapp"_s, Method::Post,
        [this](const QHttpServerRequest& request) { return webhook(request); });
    m_http->route(u"/api/v1/optins"_s, Method::Post,
        [this](const QHttpServerRequest& request) { return m_optIns.handle(request); });
    m_http->route(u"/healthz"_s, Method::Get, [this] { return health(); });
    m_http->route(u"/metrics"_s, Method::Get,
        [this] { return QHttpServerResponse("text/plain; version=0.0.4"_ba, m_context.metrics->render()); });
}

bool HttpEndpoint::listen(QString* error)
{
    m_port = m_http->listen(m_context.config->httpAddress, m_context.config->httpPort);
    if (m_port == 0) {
        *error = u"cannot listen for HTTP on %1:%2"_s.arg(m_context.config->httpAddress.toString())
                     .arg(m_context.config->httpPort);
        return false;
    }
    qCInfo(lcWebhook) << "webhooks and API on http" << m_context.config->httpAddress << m_port;
    return true;
}

QHttpServerResponse HttpEndpoint::handshake(const QHttpServerRequest& request) const
{
    const auto challenge = WebhookVerification::answer(request.query(), m_context.config->verifyToken);
    if (!challenge) {
        qCWarning(lcWebhook) << "webhook handshake refused from" << request.remoteAddress();
        return QHttpServerResponse(Status::Forbidden);
    }
    return QHttpServerResponse("text/plain"_ba, *challenge);
}

QHttpServerResponse HttpEndpoint::webhook(const QHttpServerRequest& request)
{
    QElapsedTimer timer;
    timer.start();
    Metrics& metrics = *m_context.metrics;
    const QByteArray body = request.body();
    if (body.size() > WebhookParser::maxBodySize) {
        metrics.increment(u"atendo_webhook_requests_total{outcome=\"too_large\"}"_s);
        return QHttpServerResponse(Status::PayloadTooLarge);
    }
    const QByteArray signature = header(request, "X-Hub-Signature-256"_ba);
    if (signature.isEmpty()) {
        metrics.increment(u"atendo_webhook_requests_total{outcome=\"unsigned\"}"_s);
        qCWarning(lcWebhook) << "unsigned webhook refused from" << request.remoteAddress();
        return QHttpServerResponse(Status::Unauthorized);
    }
    // Over the bytes exactly as they arrived, never re-serialized JSON.
    if (!WebhookSignature::verify(body, signature, m_context.config->appSecret.toUtf8())) {
        metrics.increment(u"atendo_webhook_requests_total{outcome=\"bad_signature\"}"_s);
        qCWarning(lcWebhook) << "webhook with a wrong signature refused from" << request.remoteAddress();
        return QHttpServerResponse(Status::Forbidden);
    }
    // Durable before the answer, applied right after it (WebhookQueue): Meta
    // never waits for the processing, and nothing answered 200 is lost.
    switch (m_webhooks.enqueue(body)) {
    case WebhookQueue::Intake::Stored:
        break;
    case WebhookQueue::Intake::Backlog: {
        // Nothing was kept; Meta retries later, by when the inbox has drained.
        metrics.increment(u"atendo_webhook_refused_total{reason=\"backlog\"}"_s);
        QHttpServerResponse busy(Status::ServiceUnavailable);
        busy.setHeader("Retry-After"_ba, QByteArray::number(m_context.config->webhookRetryAfterSeconds));
        return busy;
    }
    case WebhookQueue::Intake::Failed:
        // Nothing was kept; Meta will deliver it again.
        metrics.increment(u"atendo_webhook_requests_total{outcome=\"store_failed\"}"_s);
        return QHttpServerResponse(Status::ServiceUnavailable);
    }
    metrics.increment(u"atendo_webhook_requests_total{outcome=\"ok\"}"_s);
    metrics.observeWebhookLatency(timer.nsecsElapsed() / 1000);
    return QHttpServerResponse(Status::Ok);
}

QHttpServerResponse HttpEndpoint::health() const
{
    QSqlQuery query(m_context.database->db());
    const bool databaseOk = query.exec(u"SELECT 1"_s) && query.next();
    const QJsonObject body {{u"status"_s, databaseOk ? u"ok"_s : u"degraded"_s}, {u"database"_s, databaseOk}};
    return QHttpServerResponse(body, databaseOk ? Status::Ok : Status::ServiceUnavailable);
}

} // namespace Atendo

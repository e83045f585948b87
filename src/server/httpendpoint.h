#pragma once

#include "server/servercontext.h"

#include <QHttpServerResponse>
#include <QObject>

class QHttpServer;
class QHttpServerRequest;

namespace Atendo {

class OptInApi;
class WebhookQueue;

// The HTTP side: Meta's webhooks (GET handshake, signed POSTs), the opt-in
// API for web forms, /healthz and /metrics (Prometheus text).
class HttpEndpoint : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpEndpoint)

public:
    HttpEndpoint(
        const ServerContext& context, WebhookQueue& webhooks, OptInApi& optIns, QObject* parent = nullptr);
    ~HttpEndpoint() override;

    bool listen(QString* error);
    [[nodiscard]] quint16 port() const { return m_port; }
    // For parts that serve their own routes on this port (media links).
    [[nodiscard]] QHttpServer& http() { return *m_http; }

    // A request header, case-insensitively.
    [[nodiscard]] static QByteArray header(const QHttpServerRequest& request, const QByteArray& name);

private:
    void route();
    [[nodiscard]] QHttpServerResponse handshake(const QHttpServerRequest& request) const;
    [[nodiscard]] QHttpServerResponse webhook(const QHttpServerRequest& request);
    [[nodiscard]] QHttpServerResponse health() const;

    ServerContext m_context;
    WebhookQueue& m_webhooks;
    OptInApi& m_optIns;
    QHttpServer* m_http;
    quint16 m_port = 0;
};

} // namespace Atendo

#pragma once

#include "sandbox/sandboxconfig.h"
#include "sandbox/sentmessage.h"
#include "sandbox/webhookdispatcher.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QObject>
#include <QRandomGenerator>
#include <QUrl>

#include <memory>

class QHttpServer;

namespace Atendo {

class Clock;
class ControlApi;
class CustomerSimulator;
class GraphApi;
class InboundMessages;
class MediaStore;
class OutboundMessages;
class SandboxClock;
class StatusSimulator;
class TemplateCatalog;
class WindowTracker;

// A local stand-in for Meta's WhatsApp Cloud API, embeddable in-process:
// Graph endpoints (Bearer), signed webhooks to one callback URL, Meta's rules
// and error codes, simulated customers, and a control API under /sandbox/.
// Server tests start it first, then the server, then wire them with
// setWebhookUrl().
class Sandbox : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sandbox)

public:
    enum class Handshake
    {
        NotDone,
        Pending,
        Verified,
        Failed
    };
    Q_ENUM(Handshake)

    // clock: read for "now" (plus the sandbox's own offset); nullptr uses the system clock.
    explicit Sandbox(SandboxConfig config, const Clock* clock = nullptr, QObject* parent = nullptr);
    ~Sandbox() override;

    bool listen(const QHostAddress& address = QHostAddress::LocalHost, quint16 port = 0);
    [[nodiscard]] quint16 port() const { return m_port; }
    // http://127.0.0.1:PORT; Graph paths are /{version}/..., control paths /sandbox/...
    [[nodiscard]] QUrl graphBaseUrl() const;

    // Points webhooks at `url` (and performs the GET handshake unless disabled).
    void setWebhookUrl(const QUrl& url);
    void setVerifyToken(const QString& token) { m_config.verifyToken = token; }
    [[nodiscard]] const SandboxConfig& config() const { return m_config; }
    [[nodiscard]] Handshake handshake() const { return m_handshake; }
    [[nodiscard]] quint32 seed() const { return m_seed; }

    // In-process state and control, the same as the HTTP control API.
    [[nodiscard]] QDateTime now() const;
    void advanceClock(qint64 seconds);
    [[nodiscard]] qint64 clockOffsetSeconds() const;
    // request as POST /sandbox/inbound; returns the wamid, or an empty string and *error.
    QString injectInbound(const QJsonObject& request, QString* error = nullptr);
    [[nodiscard]] QList<SentMessage> sentMessages() const;
    [[nodiscard]] QJsonArray reads() const;
    [[nodiscard]] QList<WebhookAttempt> webhookLog() const;
    // Returns how many template languages changed (0: no such template).
    int setTemplateStatus(
        const QString& name, const QString& language, const QString& status, const QString& reason = {});
    int setTemplateQuality(const QString& name, const QString& language, const QString& score);
    void setMarketingPreference(const QString& waId, bool stopped);
    void setCustomerRate(CustomerRate rate);

    [[nodiscard]] TemplateCatalog& templates() { return *m_templates; }
    [[nodiscard]] MediaStore& media() { return *m_media; }
    [[nodiscard]] OutboundMessages& outbound() { return *m_outbound; }
    [[nodiscard]] CustomerSimulator& customers() { return *m_customers; }
    [[nodiscard]] WebhookDispatcher& webhooks() { return *m_dispatcher; }
    [[nodiscard]] QString fbtraceId();
    [[nodiscard]] QString newGraphId();

Q_SIGNALS:
    void handshakeFinished(bool verified);
    void webhookAttempted(const Atendo::WebhookAttempt& attempt);
    void messageAccepted(const Atendo::SentMessage& message);

private:
    void startHandshake();

    SandboxConfig m_config;
    quint32 m_seed;
    QRandomGenerator m_random;
    std::unique_ptr<SandboxClock> m_clock;
    std::unique_ptr<WindowTracker> m_windows;
    std::unique_ptr<TemplateCatalog> m_templates;
    std::unique_ptr<MediaStore> m_media;
    WebhookDispatcher* m_dispatcher;
    StatusSimulator* m_statuses;
    OutboundMessages* m_outbound;
    std::unique_ptr<InboundMessages> m_inbound;
    CustomerSimulator* m_customers;
    QHttpServer* m_http;
    std::unique_ptr<GraphApi> m_graph;
    std::unique_ptr<ControlApi> m_control;
    Handshake m_handshake = Handshake::NotDone;
    quint16 m_port = 0;
};

} // namespace Atendo

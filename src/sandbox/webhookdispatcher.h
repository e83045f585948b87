#pragma once

#include "sandbox/sandboxconfig.h"
#include "sandbox/webhookpayloads.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QRandomGenerator;

namespace Atendo {

class SandboxClock;

// One POST attempt, as GET /sandbox/webhooks lists it.
struct WebhookAttempt
{
    int deliveryId = 0;
    int attempt = 0;
    int httpStatus = 0; // 0: no HTTP answer (network error)
    QString error;
    bool duplicate = false;
    int updates = 0;
    QStringList fields;
    QString outcome; // delivered | retrying | dropped
    qint64 at = 0; // sandbox clock, Unix seconds

    [[nodiscard]] QJsonObject toJson() const;
};

// Meta's delivery side: updates queue up, are gathered into POSTs (batches only
// when asked), signed over the exact bytes with the app secret, and delivered
// at least once: a non-200 answer or a network error is retried with bounded
// exponential backoff; duplicates and reordering happen only when configured.
class WebhookDispatcher : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookDispatcher)

public:
    WebhookDispatcher(const SandboxConfig& config, const SandboxClock& clock, QRandomGenerator& random,
        QObject* parent = nullptr);

    void setUrl(const QUrl& url);
    [[nodiscard]] QUrl url() const { return m_url; }
    void enqueue(const QJsonObject& update);

    // The GET verification handshake (cloudapi.md §1.1); emits handshakeFinished.
    void handshake(const QString& verifyToken, const QString& challenge);

    [[nodiscard]] const QList<WebhookAttempt>& log() const { return m_log; }
    [[nodiscard]] int queued() const;

Q_SIGNALS:
    void attempted(const Atendo::WebhookAttempt& attempt);
    void handshakeFinished(bool verified);

private:
    struct Delivery
    {
        int id = 0;
        QByteArray body;
        int attempts = 0;
        bool duplicate = false;
        int updates = 0;
        QStringList fields;
    };

    void gather();
    void pump();
    void finished(QNetworkReply* reply, Delivery delivery);
    void shuffleStatuses(QList<QJsonObject>& updates);

    const SandboxConfig& m_config;
    const SandboxClock& m_clock;
    QRandomGenerator& m_random;
    WebhookPayloads m_payloads;
    QNetworkAccessManager* m_network;
    QTimer m_gatherTimer;
    QUrl m_url;
    QList<QJsonObject> m_pending;
    QList<Delivery> m_ready;
    QList<WebhookAttempt> m_log;
    int m_nextId = 1;
    int m_waitingRetries = 0;
    bool m_inFlight = false;
};

} // namespace Atendo

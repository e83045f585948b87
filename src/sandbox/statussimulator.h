#pragma once

#include "sandbox/metaerror.h"
#include "sandbox/sentmessage.h"
#include "sandbox/webhookpayloads.h"

#include <QObject>

#include <optional>

namespace Atendo {

struct SandboxConfig;
class SandboxClock;
class WebhookDispatcher;

// What happens to a message after Meta accepted it: sent → delivered → read
// status webhooks at the configured delays (chained, so in order), each with
// pricing where Meta includes it; or a single `failed` status with the error.
class StatusSimulator : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusSimulator)

public:
    StatusSimulator(const SandboxConfig& config, const SandboxClock& clock, WebhookDispatcher& dispatcher,
        QObject* parent = nullptr);

    void schedule(const SentMessage& message, const std::optional<MetaError>& failure);

Q_SIGNALS:
    void statusChanged(const QString& wamid, const QString& status, int errorCode);

private:
    void post(const SentMessage& message, const QString& status, const std::optional<MetaError>& failure);
    void chain(const SentMessage& message, int step);

    const SandboxConfig& m_config;
    const SandboxClock& m_clock;
    WebhookDispatcher& m_dispatcher;
    WebhookPayloads m_payloads;
};

} // namespace Atendo

#include "sandbox/statussimulator.h"

#include "sandbox/sandboxclock.h"
#include "sandbox/sandboxconfig.h"
#include "sandbox/webhookdispatcher.h"

#include <QJsonArray>
#include <QTimer>

namespace Atendo {

using namespace Qt::StringLiterals;

namespace {
const QString steps[] = {u"sent"_s, u"delivered"_s, u"read"_s};

bool hasConversation(const SentMessage& message)
{
    // v24+ omits `conversation` except for free entry points (cloudapi.md §1.5).
    const int major = message.apiVersion.mid(1).section(u'.', 0, 0).toInt();
    return message.pricing.isFreeEntryPoint() || (major > 0 && major < 24);
}
} // namespace

StatusSimulator::StatusSimulator(
    const SandboxConfig& config, const SandboxClock& clock, WebhookDispatcher& dispatcher, QObject* parent)
    : QObject(parent), m_config(config), m_clock(clock), m_dispatcher(dispatcher), m_payloads(config)
{ }

void StatusSimulator::schedule(const SentMessage& message, const std::optional<MetaError>& failure)
{
    if (failure) {
        QTimer::singleShot(m_config.statusDelaysMs[0], this,
            [this, message, failure] { post(message, u"failed"_s, failure); });
        return;
    }
    chain(message, 0);
}

void StatusSimulator::chain(const SentMessage& message, int step)
{
    const int previous = step == 0 ? 0 : m_config.statusDelaysMs[size_t(step - 1)];
    QTimer::singleShot(m_config.statusDelaysMs[size_t(step)] - previous, this, [this, message, step] {
        post(message, steps[step], std::nullopt);
        // Sending a reaction produces only `sent` (cloudapi.md §1.5).
        if (step < 2 && message.type != u"reaction")
            chain(message, step + 1);
    });
}

void StatusSimulator::post(
    const SentMessage& message, const QString& status, const std::optional<MetaError>& failure)
{
    QJsonObject json {
        {u"id"_s, message.wamid},
        {u"status"_s, status},
        {u"timestamp"_s, QString::number(m_clock.nowSeconds())},
        {u"recipient_id"_s, message.to},
    };
    if (!message.bizOpaque.isEmpty())
        json.insert(u"biz_opaque_callback_data"_s, message.bizOpaque);
    if (failure) {
        json.insert(u"errors"_s, QJsonArray {failure->toStatusJson()});
    } else if (status != u"read") {
        // pricing (and conversation, where Meta still sends it) ride on sent and delivered.
        json.insert(u"pricing"_s, message.pricing.toJson());
        if (hasConversation(message)) {
            QJsonObject conversation {{u"id"_s, message.conversationId},
                {u"origin"_s, QJsonObject {{u"type"_s, message.pricing.category}}}};
            if (status == u"sent")
                conversation.insert(u"expiration_timestamp"_s,
                    QString::number(message.conversationExpiry.toSecsSinceEpoch()));
            json.insert(u"conversation"_s, conversation);
        }
    }
    m_dispatcher.enqueue(m_payloads.status(json));
    Q_EMIT statusChanged(message.wamid, status, failure ? failure->code : 0);
}

} // namespace Atendo

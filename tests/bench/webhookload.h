#pragma once

#include "sandbox/webhookpayloads.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Atendo::Bench {

// Signed webhook POST bodies as Meta sends them, built (and signed) before a
// run so the load generator spends nothing on them while it measures. The
// customers and the outbound wamids are the ones bench_server_host seeded.
class WebhookLoad
{
public:
    struct Post
    {
        QByteArray body;
        QByteArray signature;
        int updates = 0;
    };

    explicit WebhookLoad(int customers);

    [[nodiscard]] static QString customerWaId(int customer);
    // Statuses a run of `updates` mixed updates needs, and the seeded messages they name.
    [[nodiscard]] static int statusesIn(int updates) { return updates - inboundIn(updates); }
    [[nodiscard]] static int inboundIn(int updates) { return (updates + InboundEvery - 1) / InboundEvery; }

    // `updates` updates, `batch` per POST: one inbound text message in every
    // four, the rest sent/delivered/read statuses of seeded outbound messages
    // (Meta's mix for a busy number: about three statuses per message).
    [[nodiscard]] QList<Post> mixed(int updates, int batch);
    // Inbound text messages only, `batch` per POST; texts carry `marker(n)`.
    [[nodiscard]] QList<Post> inbound(int messages, int batch);
    // "fo#<n>#": unique, and easy to find in a frame without parsing it.
    [[nodiscard]] static QString marker(int n);

private:
    static constexpr int InboundEvery = 4;

    [[nodiscard]] QJsonObject nextInbound();
    [[nodiscard]] QJsonObject nextStatus();
    [[nodiscard]] Post sign(const QList<QJsonObject>& updates) const;

    int m_customers;
    int m_nextInbound = 0;
    int m_nextStatus = 0;
    qint64 m_timestamp;
    WebhookPayloads m_payloads;
};

} // namespace Atendo::Bench

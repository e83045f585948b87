#include "webhookload.h"

#include "cloudapi/webhooksignature.h"
#include "sandbox/sandboxconfig.h"
#include "serverprocess.h"

#include <QDateTime>

namespace Atendo::Bench {

using namespace Qt::StringLiterals;

WebhookLoad::WebhookLoad(int customers)
    : m_customers(std::max(1, customers))
    , m_timestamp(QDateTime::currentSecsSinceEpoch())
    , m_payloads(SandboxConfig {})
{ }

QString WebhookLoad::customerWaId(int customer)
{
    return u"5511%1"_s.arg(900000000 + customer);
}

QString WebhookLoad::marker(int n)
{
    return u"fo#%1#"_s.arg(n);
}

QJsonObject WebhookLoad::nextInbound()
{
    const int n = m_nextInbound++;
    const QString waId = customerWaId(n % m_customers);
    const QJsonObject contact {
        {u"profile"_s, QJsonObject {{u"name"_s, u"Cliente %1"_s.arg(n % m_customers)}}}, {u"wa_id"_s, waId}};
    const QJsonObject message {{u"from"_s, waId},
        {u"id"_s, u"wamid.bench.in.%1.%2"_s.arg(m_timestamp).arg(n)},
        {u"timestamp"_s, QString::number(m_timestamp)}, {u"type"_s, u"text"_s},
        {u"text"_s,
            QJsonObject {
                {u"body"_s, QString(u"Olá, preciso de ajuda com o pedido %1 "_s.arg(n) + marker(n))}}}};
    return m_payloads.inboundMessage(contact, message);
}

QJsonObject WebhookLoad::nextStatus()
{
    static const QString steps[] = {u"sent"_s, u"delivered"_s, u"read"_s};
    const int n = m_nextStatus++;
    const int message = n / 3;
    QJsonObject status {{u"id"_s, u"wamid.seed.%1"_s.arg(message)}, {u"status"_s, steps[n % 3]},
        {u"timestamp"_s, QString::number(m_timestamp)},
        {u"recipient_id"_s, customerWaId(message % m_customers)}};
    if (n % 3 != 2) {
        status.insert(u"pricing"_s,
            QJsonObject {{u"billable"_s, false}, {u"pricing_model"_s, u"PMP"_s},
                {u"category"_s, u"service"_s}, {u"type"_s, u"free_customer_service"_s}});
    }
    return m_payloads.status(status);
}

WebhookLoad::Post WebhookLoad::sign(const QList<QJsonObject>& updates) const
{
    Post post;
    post.body = m_payloads.envelope(updates, m_timestamp);
    post.signature = WebhookSignature::sign(post.body, ServerProcess::appSecret());
    post.updates = int(updates.size());
    return post;
}

QList<WebhookLoad::Post> WebhookLoad::mixed(int updates, int batch)
{
    QList<Post> posts;
    QList<QJsonObject> pending;
    for (int i = 0; i < updates; ++i) {
        pending.append(i % InboundEvery == 0 ? nextInbound() : nextStatus());
        if (pending.size() == batch || i == updates - 1) {
            posts.append(sign(pending));
            pending.clear();
        }
    }
    return posts;
}

QList<WebhookLoad::Post> WebhookLoad::inbound(int messages, int batch)
{
    QList<Post> posts;
    QList<QJsonObject> pending;
    for (int i = 0; i < messages; ++i) {
        pending.append(nextInbound());
        if (pending.size() == batch || i == messages - 1) {
            posts.append(sign(pending));
            pending.clear();
        }
    }
    return posts;
}

} // namespace Atendo::Bench

#include "sandboxfixture.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

SandboxFixture::SandboxFixture()
    : clock(QDateTime(QDate(2026, 11, 2), QTime(12, 0), Qt::UTC))
    , receiver(std::make_unique<WebhookReceiver>())
{
    config.statusDelaysMs = {2, 4, 6};
    config.retryBaseMs = 10;
    config.handshake = false;
    config.customers = Atendo::CustomerRate::Off;
    config.seed = 42;
    config.batchWindowMs = 50;
}

bool SandboxFixture::start()
{
    if (!receiver->listen())
        return false;
    config.webhookUrl = receiver->url();
    sandbox = std::make_unique<Atendo::Sandbox>(config, &clock);
    return sandbox->listen();
}

QUrl SandboxFixture::url(const QString& path) const
{
    QUrl url = sandbox->graphBaseUrl();
    const qsizetype query = path.indexOf(u'?');
    url.setPath(path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    return url;
}

QUrl SandboxFixture::messagesUrl() const
{
    return url(u"/v24.0/"_s + config.phoneNumberId + u"/messages"_s);
}

HttpClient::Result SandboxFixture::send(QJsonObject message)
{
    message.insert(u"messaging_product"_s, u"whatsapp"_s);
    message.insert(u"recipient_type"_s, u"individual"_s);
    return http.post(messagesUrl(), message, token());
}

HttpClient::Result SandboxFixture::sendText(const QString& to, const QString& body)
{
    return send({{u"to"_s, QString(u"+"_s + to)}, {u"type"_s, u"text"_s},
        {u"text"_s, QJsonObject {{u"body"_s, body}}}});
}

HttpClient::Result SandboxFixture::sendTemplate(
    const QString& to, const QString& name, const QString& language, const QJsonArray& components)
{
    QJsonObject templateObject {{u"name"_s, name}, {u"language"_s, QJsonObject {{u"code"_s, language}}}};
    if (!components.isEmpty())
        templateObject.insert(u"components"_s, components);
    return send(
        {{u"to"_s, QString(u"+"_s + to)}, {u"type"_s, u"template"_s}, {u"template"_s, templateObject}});
}

QString SandboxFixture::inject(const QString& from, qint64 ageSeconds)
{
    return sandbox->injectInbound(QJsonObject {{u"from"_s, from}, {u"type"_s, u"text"_s},
        {u"text"_s, u"Oi, tudo bem?"_s}, {u"timestamp"_s, sandbox->now().toSecsSinceEpoch() - ageSeconds}});
}

QList<QJsonObject> SandboxFixture::statusesFor(const QString& wamid) const
{
    QList<QJsonObject> found;
    for (const QJsonObject& status : receiver->statuses()) {
        if (status.value(u"id"_s).toString() == wamid)
            found.append(status);
    }
    return found;
}

QString SandboxFixture::wamidOf(const HttpClient::Result& result)
{
    return result.json().value(u"messages"_s).toArray().first().toObject().value(u"id"_s).toString();
}

int SandboxFixture::errorCodeOf(const HttpClient::Result& result)
{
    return result.json().value(u"error"_s).toObject().value(u"code"_s).toInt();
}

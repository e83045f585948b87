#include "webhookreceiver.h"

#include "cloudapi/webhookverification.h"

#include <QHttpServer>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

QJsonObject WebhookReceiver::Post::json() const
{
    return QJsonDocument::fromJson(body).object();
}

WebhookReceiver::WebhookReceiver(QObject* parent) : QObject(parent), m_http(new QHttpServer(this))
{
    m_http->route(u"/webhook"_s, QHttpServerRequest::Method::Get, [this](const QHttpServerRequest& request) {
        handshakes.append(request.query());
        const auto answer = Atendo::WebhookVerification::answer(request.query(), verifyToken);
        return answer ? QHttpServerResponse(QByteArrayLiteral("text/plain"), *answer)
                      : QHttpServerResponse(QHttpServerResponse::StatusCode::Forbidden);
    });
    m_http->route(u"/webhook"_s, QHttpServerRequest::Method::Post, [this](const QHttpServerRequest& request) {
        Post post;
        post.body = request.body();
        for (const auto& [name, value] : request.headers()) {
            if (name.compare("X-Hub-Signature-256", Qt::CaseInsensitive) == 0)
                post.signature = value;
            if (name.compare("Content-Type", Qt::CaseInsensitive) == 0)
                post.contentType = value;
        }
        post.answeredWith = m_answers.isEmpty() ? 200 : m_answers.takeFirst();
        posts.append(post);
        Q_EMIT received();
        return QHttpServerResponse(QHttpServerResponse::StatusCode(post.answeredWith));
    });
}

bool WebhookReceiver::listen()
{
    m_port = m_http->listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

QUrl WebhookReceiver::url() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_port);
    url.setPath(u"/webhook"_s);
    return url;
}

void WebhookReceiver::failNext(int status, int times)
{
    for (int i = 0; i < times; ++i)
        m_answers.append(status);
}

QList<QJsonObject> WebhookReceiver::values(const QString& field) const
{
    QList<QJsonObject> values;
    for (const Post& post : posts) {
        if (post.answeredWith != 200)
            continue;
        for (const QJsonValue& entry : post.json().value(u"entry"_s).toArray()) {
            for (const QJsonValue& change : entry.toObject().value(u"changes"_s).toArray()) {
                if (change.toObject().value(u"field"_s).toString() == field)
                    values.append(change.toObject().value(u"value"_s).toObject());
            }
        }
    }
    return values;
}

QList<QJsonObject> WebhookReceiver::items(const QString& key) const
{
    QList<QJsonObject> items;
    for (const QJsonObject& value : values(u"messages"_s)) {
        for (const QJsonValue& item : value.value(key).toArray())
            items.append(item.toObject());
    }
    return items;
}

QList<QJsonObject> WebhookReceiver::statuses() const
{
    return items(u"statuses"_s);
}

QList<QJsonObject> WebhookReceiver::messages() const
{
    return items(u"messages"_s);
}

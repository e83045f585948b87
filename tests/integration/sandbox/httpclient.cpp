#include "httpclient.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>

QJsonObject HttpClient::Result::json() const
{
    return QJsonDocument::fromJson(body).object();
}

HttpClient::Result HttpClient::get(const QUrl& url, const QByteArray& bearer)
{
    QNetworkRequest request(url);
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer);
    return wait(m_network.get(request));
}

HttpClient::Result HttpClient::post(const QUrl& url, const QJsonObject& body, const QByteArray& bearer)
{
    return postRaw(url, QJsonDocument(body).toJson(QJsonDocument::Compact), bearer);
}

HttpClient::Result HttpClient::postRaw(const QUrl& url, const QByteArray& body, const QByteArray& bearer)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer);
    return wait(m_network.post(request, body));
}

HttpClient::Result HttpClient::wait(QNetworkReply* reply)
{
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    Result result {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    reply->deleteLater();
    return result;
}

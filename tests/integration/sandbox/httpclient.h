#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>

// Real HTTP requests for the tests, waited on with QSignalSpy (no sleeps).
class HttpClient
{
public:
    struct Result
    {
        int status = 0;
        QByteArray body;
        [[nodiscard]] QJsonObject json() const;
    };

    Result get(const QUrl& url, const QByteArray& bearer = {});
    Result post(const QUrl& url, const QJsonObject& body, const QByteArray& bearer = {});
    Result postRaw(const QUrl& url, const QByteArray& body, const QByteArray& bearer = {});

private:
    Result wait(class QNetworkReply* reply);

    QNetworkAccessManager m_network;
};

#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

class QHttpServer;

// The test's stand-in for atendo-server's webhook endpoint: records every raw
// POST body with its headers, answers the GET handshake, and can answer
// non-200 on demand.
class WebhookReceiver : public QObject
{
    Q_OBJECT

public:
    struct Post
    {
        QByteArray body;
        QByteArray signature;
        QByteArray contentType;
        int answeredWith = 200;
        [[nodiscard]] QJsonObject json() const;
    };

    explicit WebhookReceiver(QObject* parent = nullptr);

    bool listen();
    [[nodiscard]] QUrl url() const;

    // Answer the next `times` POSTs with `status` instead of 200.
    void failNext(int status, int times);
    QString verifyToken = QStringLiteral("sandbox-verify-token");

    QList<Post> posts;
    QList<QUrlQuery> handshakes;

    // Every statuses[] / messages[] item of every accepted POST, in arrival order.
    [[nodiscard]] QList<QJsonObject> statuses() const;
    [[nodiscard]] QList<QJsonObject> messages() const;
    // Every change value of `field`, in arrival order.
    [[nodiscard]] QList<QJsonObject> values(const QString& field) const;

Q_SIGNALS:
    void received();

private:
    [[nodiscard]] QList<QJsonObject> items(const QString& key) const;

    QHttpServer* m_http;
    quint16 m_port = 0;
    QList<int> m_answers;
};

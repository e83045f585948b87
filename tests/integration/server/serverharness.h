#pragma once

#include "core/clock.h"
#include "sandbox/sandbox.h"
#include "server/server.h"
#include "server/serverconfig.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <memory>

namespace Atendo::Test {

// The real server and the real sandbox in-process on 127.0.0.1 port 0, sharing
// one TestClock, with SQLite in a temporary folder and a cheap PBKDF2.
class ServerHarness
{
public:
    struct HttpResult
    {
        int status = 0;
        QByteArray body;
    };

    ServerHarness();
    ~ServerHarness();

    // Starts both and points the sandbox's webhooks at the server (handshake included).
    bool start();
    qint64 addAgent(const QString& username, const QString& password,
        const QString& role = QStringLiteral("agent"), int capacity = 8);

    [[nodiscard]] QUrl consoleUrl() const;
    [[nodiscard]] QUrl httpUrl(const QString& path) const;
    [[nodiscard]] QUrl sandboxUrl(const QString& path) const;

    HttpResult post(const QUrl& url, const QByteArray& body,
        const QList<std::pair<QByteArray, QByteArray>>& headers = {});
    HttpResult get(const QUrl& url);
    // A webhook POST signed with the app secret, as Meta sends it.
    HttpResult postWebhook(const QByteArray& body);

    // A customer message through the sandbox's control API; returns its wamid.
    QString customerSays(
        const QString& waId, const QString& text, const QString& name = QStringLiteral("João Pereira"));
    // Rows in a table of the server's database.
    int count(const QString& table, const QString& where = {});

    TestClock clock;
    QTemporaryDir dir;
    ServerConfig config;
    std::unique_ptr<Sandbox> sandbox;
    std::unique_ptr<Server> server;
    QNetworkAccessManager network;
};

} // namespace Atendo::Test

#pragma once

#include "core/clock.h"
#include "httpclient.h"
#include "sandbox/sandbox.h"
#include "webhookreceiver.h"

#include <QJsonArray>

#include <memory>

// One sandbox in-process on 127.0.0.1:0 with a TestClock, wired to a
// WebhookReceiver, with status delays of a few ms so that tests stay fast.
class SandboxFixture
{
public:
    SandboxFixture();

    Atendo::SandboxConfig config;
    Atendo::TestClock clock;
    std::unique_ptr<WebhookReceiver> receiver;
    std::unique_ptr<Atendo::Sandbox> sandbox;
    HttpClient http;

    bool start();

    [[nodiscard]] QUrl url(const QString& path) const;
    [[nodiscard]] QUrl messagesUrl() const;
    [[nodiscard]] QByteArray token() const { return config.accessToken.toUtf8(); }

    HttpClient::Result send(QJsonObject message);
    HttpClient::Result sendText(const QString& to, const QString& body);
    HttpClient::Result sendTemplate(
        const QString& to, const QString& name, const QString& language, const QJsonArray& components = {});
    // An inbound text from `from`, dated `ageSeconds` ago; returns its wamid.
    QString inject(const QString& from, qint64 ageSeconds = 0);

    [[nodiscard]] QList<QJsonObject> statusesFor(const QString& wamid) const;
    [[nodiscard]] static QString wamidOf(const HttpClient::Result& result);
    [[nodiscard]] static int errorCodeOf(const HttpClient::Result& result);
};

#pragma once

#include <QHttpServerResponse>
#include <QJsonObject>

class QHttpServer;
class QHttpServerRequest;

namespace Atendo {

class Sandbox;

// The control API under /sandbox/ (JSON in and out, no auth) for tests and the
// demo: inject inbound messages, move templates and marketing preferences,
// move the clock, and read what the business sent. docs/sandbox.md lists it.
class ControlApi
{
public:
    ControlApi(Sandbox& sandbox, QHttpServer& http);

private:
    void routeWrites(QHttpServer& http);
    void routeReads(QHttpServer& http);
    [[nodiscard]] QHttpServerResponse inbound(const QHttpServerRequest& request);
    [[nodiscard]] QHttpServerResponse templateStatus(const QString& name, const QHttpServerRequest& request);
    [[nodiscard]] QHttpServerResponse templateQuality(const QString& name, const QHttpServerRequest& request);
    [[nodiscard]] QHttpServerResponse marketing(const QString& waId, const QHttpServerRequest& request);
    [[nodiscard]] QHttpServerResponse advanceClock(const QHttpServerRequest& request);
    [[nodiscard]] QHttpServerResponse customers(const QHttpServerRequest& request);
    [[nodiscard]] QJsonObject clock() const;
    [[nodiscard]] QJsonObject health() const;

    Sandbox& m_sandbox;
};

} // namespace Atendo

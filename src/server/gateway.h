#pragma once

#include "protocol/frames.h"
#include "server/clientconnection.h"
#include "server/statusaudience.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>

class QWebSocketServer;

namespace Atendo {

class Clock;
struct ServerConfig;

// The console port: a QWebSocketServer (wss:// when a certificate is
// configured) that greets each console with `hello` and hands its requests to
// the dispatcher. Broadcasts go to every authenticated console, encoded once;
// one gateway-wide tick sends what the consoles queued, building one frame for
// all the consoles that hold the same items.
class Gateway : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Gateway)

public:
    using RequestHandler = std::function<void(ClientConnection&, const Protocol::Request&)>;

    Gateway(const ServerConfig& config, const Clock& clock, QObject* parent = nullptr);
    ~Gateway() override;

    bool listen(QString* error);
    [[nodiscard]] quint16 port() const;
    void setRequestHandler(RequestHandler handler) { m_handler = std::move(handler); }

    void broadcast(const Protocol::Event& event);
    [[nodiscard]] const QList<ClientConnection*>& connections() const { return m_connections; }
    [[nodiscard]] QList<ClientConnection*> connectionsOf(qint64 agentId) const;
    // Sends what every console has queued (the tick; also before shutting down).
    void flushAll();
    // Frames built by the ticks since start, and frames sent: a frame shared
    // by consoles in step is built once and sent to each of them.
    [[nodiscard]] qint64 framesBuilt() const { return m_framesBuilt; }
    [[nodiscard]] qint64 framesSent() const { return m_framesSent; }
    void closeAll();

Q_SIGNALS:
    void connectionClosed(Atendo::ClientConnection* connection);

private:
    void onNewConnection();
    bool configureTls(QString* error);
    void scheduleTick();

    const ServerConfig& m_config;
    const Clock& m_clock;
    QWebSocketServer* m_server;
    QList<ClientConnection*> m_connections;
    RequestHandler m_handler;
    StatusAudience m_audience;
    QTimer m_tick;
    qint64 m_framesBuilt = 0;
    qint64 m_framesSent = 0;
};

} // namespace Atendo

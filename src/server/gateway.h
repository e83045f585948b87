#pragma once

#include "protocol/frames.h"
#include "server/clientconnection.h"
#include "server/messageaudience.h"
#include "server/sockethub.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <functional>

namespace Atendo {

class Clock;
struct ServerConfig;

// The console port: greets each console with `hello` and hands its requests
// to the dispatcher. Broadcasts go to every authenticated console, encoded
// once; one gateway-wide tick sends what the consoles queued, building one
// frame for all the consoles that hold the same items. The sockets (ws://, or
// wss:// with a configured certificate) live on a thread of their own, the
// SocketHub's: the gateway, like the rest of the server, runs on the main
// thread and hands the hub finished frames, once per tick.
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
    // The same for an event already encoded (FrameCodec::encode).
    void broadcast(const Protocol::Event& event, const QByteArray& item);
    // Who holds which conversation, as the database says at start.
    [[nodiscard]] MessageAudience& audience() { return m_audience; }
    [[nodiscard]] const QList<ClientConnection*>& connections() const { return m_connections; }
    [[nodiscard]] QList<ClientConnection*> connectionsOf(qint64 agentId) const;
    // Sends what every console has queued (the tick; also before shutting down).
    void flushAll();
    // Frames built by the ticks since start, and frames sent: a frame shared
    // by consoles in step is built once and sent to each of them.
    [[nodiscard]] qint64 framesBuilt() const { return m_framesBuilt; }
    [[nodiscard]] qint64 framesSent() const { return m_framesSent; }
    void closeAll();
    // Consoles dropped because they stopped reading (see SocketHub).
    [[nodiscard]] qint64 slowConsolesDropped() const { return m_hub ? m_hub->droppedSlow() : 0; }

Q_SIGNALS:
    void connectionClosed(Atendo::ClientConnection* connection);

private:
    void onOpened(quint64 id);
    void onClosed(quint64 id);
    bool configureTls(SocketHub::Settings* settings, QString* error);
    void scheduleTick();
    void post(QList<SocketHub::Delivery> deliveries);
    // Runs `work` on the socket thread and waits for it.
    void onHub(const std::function<void()>& work);

    const ServerConfig& m_config;
    const Clock& m_clock;
    QThread m_socketThread;
    SocketHub* m_hub = nullptr;
    quint16 m_port = 0;
    QList<ClientConnection*> m_connections;
    QHash<quint64, ClientConnection*> m_byId;
    RequestHandler m_handler;
    MessageAudience m_audience;
    QTimer m_tick;
    qint64 m_framesBuilt = 0;
    qint64 m_framesSent = 0;
};

} // namespace Atendo

#include "server/sockethub.h"

#include "protocol/framecodec.h"
#include "server/serverlogging.h"

#include <QWebSocket>
#include <QWebSocketServer>

namespace Atendo {

using namespace Qt::StringLiterals;

SocketHub::SocketHub(Settings settings)
    : m_settings(std::move(settings))
    , m_server(new QWebSocketServer(u"atendo-server"_s,
          m_settings.tls ? QWebSocketServer::SecureMode : QWebSocketServer::NonSecureMode, this))
    , m_watchdog(new QTimer(this))
{
    if (m_settings.tls)
        m_server->setSslConfiguration(*m_settings.tls);
    connect(m_server, &QWebSocketServer::newConnection, this, &SocketHub::onNewConnection);
    m_uptime.start();
    // A child, so it moves with the hub and runs on the socket thread.
    m_watchdog->setInterval(std::max(100, m_settings.stallMs / 4));
    connect(m_watchdog, &QTimer::timeout, this, &SocketHub::dropStalled);
}

SocketHub::~SocketHub() = default;

bool SocketHub::listen(QString* error)
{
    if (m_server->listen(m_settings.address, m_settings.port)) {
        if (m_settings.maxBufferedBytes > 0)
            m_watchdog->start();
        return true;
    }
    *error = u"console port: %1"_s.arg(m_server->errorString());
    return false;
}

quint16 SocketHub::port() const
{
    return m_server->serverPort();
}

void SocketHub::onNewConnection()
{
    while (QWebSocket* socket = m_server->nextPendingConnection()) {
        const quint64 id = m_nextId++;
        socket->setParent(this);
        // Qt's own limits sit above the gateway's so an oversized frame still
        // gets a frame_too_large answer; they only protect memory.
        socket->setMaxAllowedIncomingFrameSize(m_settings.maxIncomingBytes);
        socket->setMaxAllowedIncomingMessageSize(m_settings.maxIncomingBytes);
        m_peers.insert(id, Peer {socket, m_uptime.elapsed()});
        connect(socket, &QWebSocket::textMessageReceived, this,
            [this, id](const QString& text) { Q_EMIT textReceived(id, text); });
        connect(socket, &QWebSocket::binaryMessageReceived, this, [this, id] { Q_EMIT binaryReceived(id); });
        connect(socket, &QWebSocket::bytesWritten, this, [this, id] {
            if (const auto peer = m_peers.find(id); peer != m_peers.end())
                peer->lastProgressMs = m_uptime.elapsed();
        });
        connect(socket, &QWebSocket::disconnected, this, [this, id, socket] {
            if (m_peers.remove(id))
                Q_EMIT closed(id);
            socket->deleteLater();
        });
        Q_EMIT opened(id);
    }
}

void SocketHub::deliver(const QList<Delivery>& deliveries)
{
    for (const Delivery& delivery : deliveries) {
        // One QString per frame, implicitly shared by every socket's send.
        const QString frame = QString::fromUtf8(Protocol::FrameCodec::joinEncoded(delivery.items));
        for (const quint64 id : delivery.ids) {
            if (const auto peer = m_peers.find(id); peer != m_peers.end())
                send(*peer, frame);
        }
    }
}

void SocketHub::send(Peer& peer, const QString& frame)
{
    QWebSocket* socket = peer.socket;
    if (peer.dropping || socket->state() != QAbstractSocket::ConnectedState)
        return;
    const qint64 waiting = socket->bytesToWrite();
    if (waiting == 0)
        peer.lastProgressMs = m_uptime.elapsed();
    else if (m_settings.maxBufferedBytes > 0 && waiting > 8 * m_settings.maxBufferedBytes)
        return drop(peer);
    socket->sendTextMessage(frame);
}

void SocketHub::dropStalled()
{
    const qint64 now = m_uptime.elapsed();
    for (Peer& peer : m_peers) {
        if (!peer.dropping && peer.socket->bytesToWrite() > m_settings.maxBufferedBytes
            && now - peer.lastProgressMs > m_settings.stallMs)
            drop(peer);
    }
}

void SocketHub::drop(Peer& peer)
{
    qCWarning(lcGateway) << "dropping a console that stopped reading:" << peer.socket->bytesToWrite()
                         << "bytes waiting for" << peer.socket->peerAddress();
    m_droppedSlow.fetchAndAddRelaxed(1);
    peer.dropping = true;
    // abort(): a close frame would wait behind everything it is not reading.
    // Its disconnected() comes later, from the event loop, so the peer list
    // is not changed under the caller's loop.
    QMetaObject::invokeMethod(peer.socket, &QWebSocket::abort, Qt::QueuedConnection);
}

void SocketHub::closeSocket(quint64 id, const QString& reason)
{
    if (const auto peer = m_peers.constFind(id); peer != m_peers.constEnd())
        peer->socket->close(QWebSocketProtocol::CloseCodeNormal, reason);
}

void SocketHub::closeAll()
{
    m_watchdog->stop();
    const QList<Peer> peers = m_peers.values();
    for (const Peer& peer : peers) {
        peer.socket->close(QWebSocketProtocol::CloseCodeGoingAway, u"server stopping"_s);
        peer.socket->flush();
    }
    m_server->close();
}

} // namespace Atendo

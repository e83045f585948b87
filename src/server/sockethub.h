#pragma once

#include <QAtomicInteger>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QString>
#include <QTimer>

#include <optional>

class QWebSocket;
class QWebSocketServer;

namespace Atendo {

// The consoles' sockets, on a thread of their own. The hub owns the
// QWebSocketServer and every QWebSocket; the main thread (the database, the
// rules, the journal) never touches a socket. It only hands the hub finished
// frames, and the hub does the per-socket work — UTF-8 encoding, WebSocket
// framing, copying into each socket's buffer, the system calls — on the
// other core — joining a frame's items and making its text too. Everything
// reaches the hub through its thread's event queue, so
// what the main thread sends to one console keeps its order.
//
// A console that stops reading (a frozen desktop, a dead link the kernel has
// not noticed yet) would make the server buffer its frames without bound. The
// hub drops a console that holds more than `maxBufferedBytes` and has taken
// nothing for `stallMs`, or that holds eight times that however it reads; the
// console reconnects and resumes from its last seq, and the journal replays
// what it missed (or tells it to resync), so nothing is lost. A console that
// reads, however slowly, keeps its connection through a big replay.
class SocketHub : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SocketHub)

public:
    struct Settings
    {
        QHostAddress address;
        quint16 port = 0;
        std::optional<QSslConfiguration> tls;
        quint64 maxIncomingBytes = 0;
        qint64 maxBufferedBytes = 0; // 0: never drop
        int stallMs = 5000;
    };
    // A frame's items, already encoded, and the consoles that get it (one
    // frame shared by many): the hub joins them and sends the frame to each.
    struct Delivery
    {
        QList<quint64> ids;
        QList<QByteArray> items;
    };

    explicit SocketHub(Settings settings);
    ~SocketHub() override;

    // On the hub's thread.
    bool listen(QString* error);
    [[nodiscard]] quint16 port() const;
    void deliver(const QList<Atendo::SocketHub::Delivery>& deliveries);
    // Sends what is buffered, then a close frame.
    void closeSocket(quint64 id, const QString& reason);
    void closeAll();
    [[nodiscard]] qint64 droppedSlow() const { return m_droppedSlow.loadRelaxed(); }

Q_SIGNALS:
    void opened(quint64 id);
    void textReceived(quint64 id, const QString& text);
    void binaryReceived(quint64 id);
    void closed(quint64 id);

private:
    struct Peer
    {
        QWebSocket* socket = nullptr;
        qint64 lastProgressMs = 0; // when it last took bytes, or had none waiting
        bool dropping = false;
    };

    void onNewConnection();
    void send(Peer& peer, const QString& frame);
    void dropStalled();
    void drop(Peer& peer);

    Settings m_settings;
    QWebSocketServer* m_server;
    // I/O progress, not business time: a monotonic timer, not the Clock.
    QElapsedTimer m_uptime;
    QTimer* m_watchdog;
    QHash<quint64, Peer> m_peers;
    quint64 m_nextId = 1;
    QAtomicInteger<qint64> m_droppedSlow = 0;
};

} // namespace Atendo

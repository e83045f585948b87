#pragma once

#include <QByteArray>
#include <QObject>
#include <QTcpSocket>
#include <QUrl>

namespace Atendo::Bench {

// A receive-only console at the WebSocket frame level, for the ingest bench's
// fleet: a real TCP connection, the RFC 6455 upgrade, a real protocol v1 login
// (a masked text frame), then every frame the server sends is read and
// checked — its payload bytes counted and its last journalled seq found — but
// never decoded into a QString or JSON. QWebSocket validates and converts each
// text frame to UTF-16; 200 of them on the server's two cores cost the machine
// more than the server's own fan-out, so the bench measured its consoles.
// The seq is found as FrameScan does (the last `"seq":`; see framescan.h for
// why nothing else matches).
class WireConsole : public QObject
{
public:
    explicit WireConsole(QObject* parent = nullptr);

    void open(const QUrl& url);
    void login(const QString& username, const QString& password);

    [[nodiscard]] bool isGreeted() const { return m_greeted; }
    [[nodiscard]] bool isLoggedIn() const { return m_loggedIn; }
    [[nodiscard]] qint64 frames() const { return m_frames; }
    [[nodiscard]] qint64 bytes() const { return m_bytes; }
    [[nodiscard]] qint64 lastSeq() const { return m_lastSeq; }

private:
    void onReadyRead();
    bool readHandshake();
    // One frame at m_buffer[m_offset]; false when it is not all there yet.
    bool readFrame();
    void onPayload(QByteArrayView payload, bool last);
    [[nodiscard]] static QByteArray maskedText(const QByteArray& payload);

    QTcpSocket m_socket;
    QUrl m_url;
    QByteArray m_buffer;
    qsizetype m_offset = 0;
    bool m_upgraded = false;
    bool m_greeted = false;
    bool m_loggedIn = false;
    qint64 m_frames = 0;
    qint64 m_bytes = 0;
    qint64 m_lastSeq = 0;
};

} // namespace Atendo::Bench

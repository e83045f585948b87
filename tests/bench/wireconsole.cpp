#include "wireconsole.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace Atendo::Bench {

using namespace Qt::StringLiterals;

namespace {

constexpr QByteArrayView SeqKey = "\"seq\":";
constexpr QByteArrayView TokenKey = "\"token\":\"";
constexpr QByteArrayView LastSeqKey = "\"last_seq\":";

// The number after the last `key` in `payload`; 0 if none.
qint64 lastNumberAfter(QByteArrayView payload, QByteArrayView key)
{
    const qsizetype at = payload.lastIndexOf(key);
    if (at < 0)
        return 0;
    qint64 seq = 0;
    for (qsizetype i = at + key.size(); i < payload.size(); ++i) {
        const char c = payload.at(i);
        if (c == ' ')
            continue;
        if (c < '0' || c > '9')
            break;
        seq = seq * 10 + (c - '0');
    }
    return seq;
}

} // namespace

WireConsole::WireConsole(QObject* parent) : QObject(parent)
{
    connect(&m_socket, &QTcpSocket::readyRead, this, &WireConsole::onReadyRead);
    connect(&m_socket, &QTcpSocket::connected, this, [this] {
        m_socket.write("GET " + m_url.path(QUrl::FullyEncoded).toUtf8()
            + " HTTP/1.1\r\nHost: " + m_url.host().toUtf8() + ':' + QByteArray::number(m_url.port())
            + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
              "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
    });
}

void WireConsole::open(const QUrl& url)
{
    m_url = url;
    if (m_url.path().isEmpty())
        m_url.setPath(u"/"_s);
    m_socket.connectToHost(url.host(), quint16(url.port()));
}

void WireConsole::login(const QString& username, const QString& password)
{
    const QJsonObject request {{u"id"_s, 1}, {u"op"_s, u"login"_s},
        {u"args"_s,
            QJsonObject {{u"username"_s, username}, {u"password"_s, password}, {u"protocol"_s, 1},
                {u"client"_s, u"bench"_s}}}};
    m_socket.write(maskedText(QJsonDocument(request).toJson(QJsonDocument::Compact)));
}

// RFC 6455 §5.2: what a client sends is masked.
QByteArray WireConsole::maskedText(const QByteArray& payload)
{
    QByteArray frame;
    frame.append(char(0x81));
    if (payload.size() < 126) {
        frame.append(char(0x80 | payload.size()));
    } else {
        frame.append(char(0x80 | 126));
        frame.append(char((payload.size() >> 8) & 0xff));
        frame.append(char(payload.size() & 0xff));
    }
    const quint32 mask = QRandomGenerator::global()->generate();
    const char key[4] = {char(mask >> 24), char(mask >> 16), char(mask >> 8), char(mask)};
    frame.append(key, 4);
    for (qsizetype i = 0; i < payload.size(); ++i)
        frame.append(char(payload.at(i) ^ key[i % 4]));
    return frame;
}

void WireConsole::onReadyRead()
{
    m_buffer.append(m_socket.readAll());
    if (!m_upgraded && !readHandshake())
        return;
    while (readFrame()) { }
    // Drop what was read in one move, not one per frame.
    m_buffer.remove(0, m_offset);
    m_offset = 0;
}

bool WireConsole::readHandshake()
{
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    if (!m_buffer.startsWith("HTTP/1.1 101")) {
        m_socket.abort();
        return false;
    }
    m_upgraded = true;
    m_offset = end + 4;
    return true;
}

bool WireConsole::readFrame()
{
    const QByteArrayView rest = QByteArrayView(m_buffer).sliced(m_offset);
    if (rest.size() < 2)
        return false;
    const quint8 first = quint8(rest.at(0));
    const int code = quint8(rest.at(1)) & 0x7f; // server frames are not masked
    qsizetype header = 2;
    quint64 length = quint64(code);
    if (code == 126) {
        header = 4;
        if (rest.size() < header)
            return false;
        length = (quint64(quint8(rest.at(2))) << 8) | quint8(rest.at(3));
    } else if (code == 127) {
        header = 10;
        if (rest.size() < header)
            return false;
        length = 0;
        for (int i = 2; i < 10; ++i)
            length = (length << 8) | quint8(rest.at(i));
    }
    if (quint64(rest.size() - header) < length)
        return false;
    const int opcode = first & 0x0f;
    if (opcode == 0x1 || opcode == 0x0) // text, or its continuation
        onPayload(rest.sliced(header, qsizetype(length)), (first & 0x80) != 0);
    else if (opcode == 0x8) // close
        m_socket.disconnectFromHost();
    m_offset += header + qsizetype(length);
    return true;
}

void WireConsole::onPayload(QByteArrayView payload, bool last)
{
    m_bytes += payload.size();
    if (last)
        ++m_frames;
    if (!m_greeted) {
        m_greeted = payload.contains("\"ev\":\"hello\"");
        return;
    }
    if (!m_loggedIn) {
        // The login reply: the only frame with a token (a receive-only console
        // sends nothing else, so no other reply comes).
        m_loggedIn = payload.contains(TokenKey);
        if (!m_loggedIn)
            return;
        // The journal's head at login; events may share the reply's frame.
        m_lastSeq = lastNumberAfter(payload, LastSeqKey);
    }
    if (const qint64 seq = lastNumberAfter(payload, SeqKey); seq > m_lastSeq)
        m_lastSeq = seq;
}

} // namespace Atendo::Bench

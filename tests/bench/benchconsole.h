#pragma once

#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <QWebSocket>

#include <functional>

namespace Atendo::Bench {

// A console reduced to what the server benches need: a real QWebSocket that
// logs in (protocol v1) and hands every later frame, with its arrival time, to
// `onFrame`. Until logged in (and when `parseFrames` is set) it parses frames
// to follow replies and the last journalled seq, as a real console does; once
// logged in with `parseFrames` off it only receives, and follows the last seq
// with FrameScan (no JSON parsing).
class BenchConsole : public QObject
{
public:
    explicit BenchConsole(QObject* parent = nullptr);

    bool open(const QUrl& url, int timeoutMs = 10000);
    // Opens without waiting; `isGreeted()` turns true when the hello arrived.
    void openAsync(const QUrl& url);
    bool login(const QString& username, const QString& password, int timeoutMs = 30000);
    void sendLogin(const QString& username, const QString& password);
    // Sends {op: resume} with the stored token and `lastSeq`, without waiting.
    void sendResume(qint64 lastSeq);
    void abort() { m_socket.abort(); }

    [[nodiscard]] bool isGreeted() const { return m_greeted; }
    [[nodiscard]] bool isLoggedIn() const { return !m_token.isEmpty(); }
    [[nodiscard]] QString token() const { return m_token; }
    void setToken(const QString& token) { m_token = token; }
    [[nodiscard]] qint64 lastSeq() const { return m_lastSeq; }
    [[nodiscard]] qint64 journalledEvents() const { return m_journalled; }
    // The highest seq of a journalled event received (not of a reply).
    [[nodiscard]] qint64 lastEventSeq() const { return m_lastEventSeq; }
    [[nodiscard]] qint64 frames() const { return m_frames; }
    // UTF-8 payload bytes of every frame received.
    [[nodiscard]] qint64 bytes() const { return m_bytes; }
    [[nodiscard]] bool hasReply() const { return !m_lastReply.isEmpty(); }
    [[nodiscard]] QJsonObject lastReply() const { return m_lastReply; }

    bool parseFrames = true;
    std::function<void(const QString& text, qint64 arrivedNs)> onFrame;

private:
    void onText(const QString& text);
    void onItem(const QJsonObject& item);
    void call(const QString& op, const QJsonObject& args);

    QWebSocket m_socket;
    QJsonObject m_lastReply;
    QString m_token;
    qint64 m_lastSeq = 0;
    qint64 m_journalled = 0;
    qint64 m_lastEventSeq = 0;
    qint64 m_frames = 0;
    qint64 m_bytes = 0;
    qint64 m_nextId = 1;
    bool m_greeted = false;
};

} // namespace Atendo::Bench

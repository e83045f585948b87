#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>
#include <QWebSocket>

#include <functional>

namespace Atendo::Test {

// A console as the tests drive it: a real QWebSocket speaking protocol v1,
// remembering every reply and event it received, in order.
class ConsoleClient : public QObject
{
    Q_OBJECT

public:
    explicit ConsoleClient(QObject* parent = nullptr);

    // Connects and waits for the hello event.
    bool open(const QUrl& url);
    // Sends {id, op, args} and waits for its reply: {re, ok} or {re, err}.
    QJsonObject call(const QString& op, const QJsonObject& args = {}, int timeoutMs = 5000);
    // Sends any text and returns the id-less/any next reply that arrives.
    QJsonObject sendRaw(const QString& text, int timeoutMs = 5000);
    // Sends without waiting.
    void send(const QString& text) { m_socket.sendTextMessage(text); }
    bool login(const QString& username, const QString& password);
    // Resumes with the stored token and the last journalled seq seen.
    QJsonObject resume();
    void abort();

    [[nodiscard]] QList<QJsonObject> events(const QString& ev = {}) const;
    // Waits until an event named `ev` matching `match` arrived (also one already there).
    bool waitForEvent(const QString& ev, const std::function<bool(const QJsonObject& data)>& match = {},
        int timeoutMs = 5000);
    void clearEvents() { m_events.clear(); }
    // Waits for the conversation of the contact with this E.164 phone; 0 if none came.
    qint64 conversationIdFor(const QString& phone, int timeoutMs = 5000);
    // The newest data of the newest event named `ev`.
    [[nodiscard]] QJsonObject lastEventData(const QString& ev) const;

    [[nodiscard]] bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    [[nodiscard]] QString token() const { return m_token; }
    [[nodiscard]] qint64 lastSeq() const { return m_lastSeq; }
    [[nodiscard]] QJsonObject hello() const { return m_hello; }
    [[nodiscard]] qint64 agentId() const { return m_agentId; }
    [[nodiscard]] int framesReceived() const { return m_frames; }
    [[nodiscard]] QList<QJsonObject> replies() const { return m_replies; }

private:
    void onText(const QString& text);
    void onItem(const QJsonObject& item);

    QWebSocket m_socket;
    QList<QJsonObject> m_replies;
    QList<QJsonObject> m_events;
    QJsonObject m_hello;
    QString m_token;
    qint64 m_lastSeq = 0;
    qint64 m_agentId = 0;
    qint64 m_nextId = 1;
    int m_frames = 0;
};

} // namespace Atendo::Test

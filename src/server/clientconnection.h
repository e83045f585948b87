#pragma once

#include "protocol/frames.h"
#include "server/ratebucket.h"
#include "server/sessionmanager.h"

#include <QByteArray>
#include <QList>
#include <QObject>

namespace Atendo {

class Clock;
class MessageAudience;

// One console, on the main thread: its session, what it views, and its
// queue. Decodes and guards incoming frames (size, JSON shape, per-session
// rate) and queues everything outgoing, replies and events in order, as
// already encoded items; the gateway's tick turns them into one frame, so a
// burst costs one frame per console instead of one per event. The socket
// itself lives on the gateway's socket thread (SocketHub): frames leave
// through frameReady() and closeRequested().
class ClientConnection : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientConnection)

public:
    struct Limits
    {
        qsizetype maxFrameBytes = 1024 * 1024;
        double requestsPerSecond = 50;
        double requestBurst = 100;
    };

    // `id` is the socket's in the SocketHub.
    ClientConnection(quint64 id, const Limits& limits, const Clock& clock, QObject* parent = nullptr);
    ~ClientConnection() override;

    [[nodiscard]] quint64 id() const { return m_id; }
    [[nodiscard]] bool isAuthenticated() const { return m_identity.sessionId > 0; }
    [[nodiscard]] const SessionIdentity& identity() const { return m_identity; }
    void setIdentity(const SessionIdentity& identity);
    void updateAgent(const AgentRow& agent);
    // Team leads and admins get every message status in full.
    [[nodiscard]] bool seesEveryStatus() const { return m_seesEveryStatus; }
    // Decides which message statuses this console gets only as stand-ins,
    // live and in a replay alike; every status in full when unset.
    void setMessageAudience(const MessageAudience* audience) { m_audience = audience; }

    void sendReply(const Protocol::Reply& reply);
    // Journalled events at or below the last one queued are dropped, so a
    // replay that overlaps live events never shows anything twice. A status
    // this console does not need goes as a stand-in without the message.
    void sendEvent(const Protocol::Event& event);
    // The same, for an event the gateway encoded once for every console: the
    // bytes are shared, not copied.
    void sendEncoded(qint64 seq, const QByteArray& item);
    [[nodiscard]] qint64 lastSeq() const { return m_lastSeq; }
    void setLastSeq(qint64 seq) { m_lastSeq = seq; }

    // Sends what is queued, then closes.
    void close();
    void flush();
    // What the next frame will carry, in order. Consoles in step hold the
    // same shared items, so the gateway builds their frame once.
    [[nodiscard]] const QList<QByteArray>& pending() const { return m_pending; }
    // The gateway sent pending() as part of a shared frame: empties the queue.
    void markPendingSent();
    // From the socket thread.
    void receiveText(const QString& text);
    void receiveBinary();

    // The conversation this console has open (the `view` op); 0 for none.
    [[nodiscard]] qint64 viewing() const { return m_viewing; }
    // A team lead watching silently is listed in `viewers` only to leads and admins.
    [[nodiscard]] bool viewingSilently() const { return m_viewingSilently; }
    void setViewing(qint64 conversationId, bool silently = false)
    {
        m_viewing = conversationId;
        m_viewingSilently = silently && conversationId != 0;
    }

Q_SIGNALS:
    void requestReceived(Atendo::ClientConnection* connection, const Atendo::Protocol::Request& request);
    // Something was queued on an empty queue: the gateway's tick should run.
    void flushWanted();
    // A frame's items to send now (a queue over its budget, a flush before closing).
    void frameReady(Atendo::ClientConnection* connection, const QList<QByteArray>& items);
    void closeRequested(Atendo::ClientConnection* connection, const QString& reason);

private:
    void queue(const QByteArray& item);
    void clearPending();

    quint64 m_id;
    Limits m_limits;
    const Clock& m_clock;
    RateBucket m_rate;
    SessionIdentity m_identity;
    const MessageAudience* m_audience = nullptr;
    bool m_seesEveryStatus = false;
    qint64 m_lastSeq = 0;
    qint64 m_viewing = 0;
    bool m_viewingSilently = false;
    QList<QByteArray> m_pending;
    qsizetype m_pendingBytes = 0;
    bool m_closing = false;
};

} // namespace Atendo

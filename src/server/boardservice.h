#pragma once

#include "protocol/frames.h"
#include "server/boardstate.h"
#include "server/servercontext.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

namespace Atendo {

class ClientConnection;

// Pushes the board to the team leads who subscribed: after a change (at most
// one `board` event per minPushMs, so a burst costs one frame) and on a tick,
// so alerts that depend only on time passing fire as the Clock moves. A
// session gets an event only when its board differs from the last one it got.
class BoardService : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoardService)

public:
    explicit BoardService(const ServerContext& context, QObject* parent = nullptr);

    // The board now; the connection then receives `board` events.
    QJsonObject subscribe(ClientConnection& connection);
    void unsubscribe(ClientConnection& connection);

    // Every delivered event (EventBus observer).
    void observe(const Protocol::Event& event);

private:
    void schedule();
    void flush();
    [[nodiscard]] QJsonObject current();

    ServerContext m_context;
    BoardState m_state;
    QHash<ClientConnection*, QJsonObject> m_lastSent;
    QTimer m_tick;
    QTimer m_flush;
    QElapsedTimer m_sincePush;
};

} // namespace Atendo

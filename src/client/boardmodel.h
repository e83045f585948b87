#pragma once

#include "client/agentsession.h"
#include "client/boardsnapshot.h"

#include <QObject>
#include <QSet>

namespace Atendo {

class BoardAlertModel;
class BoardRosterModel;

// The team lead's live board: subscribes once (board.subscribe), takes every
// pushed `board` event, keeps the roster and alert models current and tells
// the console about alerts that were not on the previous board. The server
// forgets a subscription when the link drops, so it subscribes again each time
// the session comes back online. Nothing is polled.
class BoardModel : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoardModel)

public:
    explicit BoardModel(AgentSession* session, QObject* parent = nullptr);

    void subscribe();
    void unsubscribe();
    [[nodiscard]] bool isSubscribed() const { return m_wanted; }

    // What a board.subscribe reply or a `board` event carries ({board: ...}'s value).
    void applyBoard(const QJsonObject& board);
    [[nodiscard]] const BoardSnapshot& board() const { return m_board; }
    [[nodiscard]] bool hasBoard() const { return m_board.at.isValid(); }

    [[nodiscard]] BoardRosterModel* roster() const { return m_roster; }
    [[nodiscard]] BoardAlertModel* alerts() const { return m_alerts; }

Q_SIGNALS:
    void boardChanged();
    // Alerts absent from the board before this one: worth a notification.
    void alertsRaised(const QList<Atendo::BoardAlert>& alerts);
    void subscribeFailed(Atendo::Protocol::ErrorCode code, const QString& message);

private:
    void sendSubscribe();
    void onStateChanged(AgentSession::State state);
    void onEphemeral(const Protocol::Event& event);
    void updateAgentNames(const QList<Protocol::AgentInfo>& agents);

    AgentSession* m_session;
    BoardRosterModel* m_roster;
    BoardAlertModel* m_alerts;
    BoardSnapshot m_board;
    QSet<QString> m_seenAlerts;
    bool m_wanted = false;
    bool m_subscribing = false;
};

} // namespace Atendo

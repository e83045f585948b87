#pragma once

#include "client/agentsession.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace Atendo {

// Who is in a conversation and what a lead may do there. Every console says
// which conversation it shows (`view`) and reports the agent's draft (`typing`,
// at most once a second); it keeps the `viewers` and drafts the server sends.
// A team lead may watch silently: `view` with silent=true, and the console must
// then never mark the conversation read (no read receipt, no unread change).
// Leads also whisper to the assigned agent and take a conversation over.
class Supervision : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Supervision)

public:
    explicit Supervision(AgentSession* session, QObject* parent = nullptr);

    // Only leads and admins may watch silently; for anyone else it stays off.
    void setLeadMode(bool lead);
    [[nodiscard]] bool isLeadMode() const { return m_lead; }
    void setSilent(bool silent);
    [[nodiscard]] bool silentWanted() const { return m_silent; }
    // True while this console must not mark the current conversation read: a
    // lead watching someone else's conversation (their own they work normally).
    [[nodiscard]] bool isSilent() const { return m_lead && m_silent && !m_viewingMine; }

    // The conversation now on screen (0 = none) and whether it is assigned to
    // this console's user; tells the server.
    void viewConversation(qint64 conversationId, bool mine);
    [[nodiscard]] qint64 viewing() const { return m_viewing; }
    [[nodiscard]] QList<qint64> viewers(qint64 conversationId) const
    {
        return m_viewers.value(conversationId);
    }
    // The latest draft an agent typed in the conversation (leads only get drafts).
    [[nodiscard]] QString draft(qint64 conversationId) const { return m_drafts.value(conversationId).text; }
    [[nodiscard]] qint64 draftAuthor(qint64 conversationId) const
    {
        return m_drafts.value(conversationId).agentId;
    }

    // This console's own typing, coalesced to one `typing` a second.
    void reportDraft(qint64 conversationId, const QString& draft);
    void whisper(qint64 conversationId, const QString& text, AgentSession::ReplyHandler done = {});
    void takeOver(qint64 conversationId, AgentSession::ReplyHandler done = {});

Q_SIGNALS:
    void silentChanged(bool silent);
    void viewersChanged(qint64 conversationId, const QList<qint64>& agentIds);
    void draftChanged(qint64 conversationId, qint64 agentId, const QString& draft);

private:
    struct Draft
    {
        qint64 agentId = 0;
        QString text;
    };

    void sendView();
    void flushDraft();
    void onEphemeral(const Protocol::Event& event);

    AgentSession* m_session;
    bool m_lead = false;
    bool m_silent = true;
    qint64 m_viewing = 0;
    bool m_viewingMine = false;
    QHash<qint64, QList<qint64>> m_viewers;
    QHash<qint64, Draft> m_drafts;
    QTimer m_draftTimer;
    qint64 m_draftConversation = 0;
    QString m_pendingDraft;
    bool m_draftPending = false;
};

} // namespace Atendo

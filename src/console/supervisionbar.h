#pragma once

#include "protocol/agentinfo.h"
#include "protocol/conversationinfo.h"

#include <QFrame>
#include <QHash>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Atendo {

class AgentSession;
class Supervision;

// A team lead's strip above a conversation: watch silently (no read receipt,
// no unread change for the agent), who else is viewing, the assigned agent's
// draft as they type, a whisper only agents see, and "Take over".
class SupervisionBar : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupervisionBar)

public:
    SupervisionBar(Supervision* supervision, AgentSession* session, QWidget* parent = nullptr);

    void setConversation(const Protocol::ConversationInfo& conversation);

    [[nodiscard]] QCheckBox* silentBox() const { return m_silent; }
    [[nodiscard]] QLabel* viewersLabel() const { return m_viewers; }
    [[nodiscard]] QLabel* draftLabel() const { return m_draft; }
    [[nodiscard]] QLineEdit* whisperEdit() const { return m_whisper; }
    [[nodiscard]] QPushButton* takeOverButton() const { return m_takeOver; }

public Q_SLOTS:
    void sendWhisper();
    void takeOver();

private:
    void updateViewers();
    void updateDraft();
    void updateState();
    [[nodiscard]] QString nameOf(qint64 agentId) const;
    void setAgents(const QList<Protocol::AgentInfo>& agents);

    Supervision* m_supervision;
    AgentSession* m_session;
    Protocol::ConversationInfo m_conversation;
    QHash<qint64, QString> m_names;
    QCheckBox* m_silent;
    QLabel* m_viewers;
    QLabel* m_draft;
    QLineEdit* m_whisper;
    QPushButton* m_send;
    QPushButton* m_takeOver;
};

} // namespace Atendo

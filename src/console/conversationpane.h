#pragma once

#include "protocol/conversationinfo.h"

#include <QWidget>

class QDragEnterEvent;
class QDropEvent;
class QLabel;
class QMimeData;
class QToolButton;

namespace Atendo {

class AgentSession;
class Clock;
class Composer;
class ConversationView;
class MediaThumbnails;
class WindowBanner;

// The middle column: who and what (header with claim / transfer / resolve /
// reopen), the message list, the window banner and the composer.
class ConversationPane : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationPane)

public:
    explicit ConversationPane(QWidget* parent = nullptr);

    void setClock(const Clock* clock);
    // Where files the agent attaches are sent (AgentSession::sendMedia).
    void setSession(AgentSession* session);
    // Asks the server for a short-lived link to a message's file and opens it.
    void openMedia(qint64 messageId);
    void setMyAgentId(qint64 agentId) { m_myAgentId = agentId; }
    void setAssigneeName(const QString& name);
    void setConversation(const Protocol::ConversationInfo& conversation);
    void clear();
    // A team lead's supervision strip, placed between the header and the messages.
    void setSupervisionBar(QWidget* bar);
    [[nodiscard]] const Protocol::ConversationInfo& conversation() const { return m_conversation; }

    [[nodiscard]] ConversationView* view() const { return m_view; }
    [[nodiscard]] MediaThumbnails* thumbnails() const { return m_thumbnails; }
    [[nodiscard]] WindowBanner* banner() const { return m_banner; }
    [[nodiscard]] Composer* composer() const { return m_composer; }
    [[nodiscard]] QToolButton* claimButton() const { return m_claim; }
    [[nodiscard]] QToolButton* resolveButton() const { return m_resolve; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void claimRequested(qint64 conversationId);
    void transferRequested(qint64 conversationId);
    void resolveRequested(qint64 conversationId);
    void reopenRequested(qint64 conversationId);

protected:
    // A file dropped anywhere on the conversation becomes the attachment.
    bool eventFilter(QObject* watched, QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void updateActions();
    [[nodiscard]] bool acceptsDrop(const QMimeData* mime) const;

    Protocol::ConversationInfo m_conversation;
    qint64 m_myAgentId {0};
    QString m_assigneeName;
    QLabel* m_title;
    QLabel* m_subtitle;
    QToolButton* m_claim;
    QToolButton* m_transfer;
    QToolButton* m_resolve;
    QToolButton* m_reopen;
    ConversationView* m_view;
    MediaThumbnails* m_thumbnails;
    WindowBanner* m_banner;
    Composer* m_composer;
    AgentSession* m_session {nullptr};
};

} // namespace Atendo

#pragma once

#include "protocol/conversationinfo.h"
#include "protocol/messageinfo.h"

#include <QObject>

class QSystemTrayIcon;

namespace Atendo {

// The tray icon with the unread count, and a desktop notification plus a sound
// for a new conversation in the queue or a new message in one of mine, whether
// or not the console has focus (peers only notify when unfocused; agents asked
// for both). Each part can be switched off in settings.
class Notifier : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Notifier)

public:
    explicit Notifier(QObject* parent = nullptr);

    void setMyAgentId(qint64 agentId) { m_myAgentId = agentId; }
    void setNotificationsEnabled(bool enabled);
    void setSoundEnabled(bool enabled);
    [[nodiscard]] bool notificationsEnabled() const { return m_notify; }
    [[nodiscard]] bool soundEnabled() const { return m_sound; }
    [[nodiscard]] int unreadCount() const { return m_unread; }
    [[nodiscard]] QSystemTrayIcon* trayIcon() const { return m_tray; }

    void setUnreadCount(int unread);
    // A conversation changed: a new one in the queue is worth a notification.
    void conversationChanged(const Protocol::ConversationInfo& conversation, bool isNew);
    // A customer message arrived; notifies when the conversation is mine.
    void messageArrived(const Protocol::MessageInfo& message, const Protocol::ConversationInfo& conversation);
    // A team lead's board alert: always worth a notification.
    void alert(const QString& title, const QString& text);

Q_SIGNALS:
    void activated();
    // Emitted for every notification shown (tests, and the sound).
    void notified(const QString& title, const QString& text);

private:
    void notify(const QString& title, const QString& text);
    void updateIcon();

    QSystemTrayIcon* m_tray;
    qint64 m_myAgentId {0};
    int m_unread {0};
    bool m_notify {true};
    bool m_sound {true};
};

} // namespace Atendo

#include "console/notifier.h"

#include "console/consoletext.h"
#include "console/themecolors.h"
#include "core/phonenumber.h"

#include <QApplication>
#include <QPainter>
#include <QSystemTrayIcon>

namespace Atendo {

namespace {
QString who(const Protocol::ConversationInfo& conversation)
{
    const auto& c = conversation.contact;
    return c.name.isEmpty() ? PhoneNumber::display(c.phone) : c.name;
}
} // namespace

Notifier::Notifier(QObject* parent) : QObject(parent), m_tray(new QSystemTrayIcon(this))
{
    m_tray->setToolTip(tr("Atendo"));
    connect(m_tray, &QSystemTrayIcon::activated, this, [this] { Q_EMIT activated(); });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &Notifier::activated);
    updateIcon();
    if (QSystemTrayIcon::isSystemTrayAvailable())
        m_tray->show();
}

void Notifier::setNotificationsEnabled(bool enabled)
{
    m_notify = enabled;
}

void Notifier::setSoundEnabled(bool enabled)
{
    m_sound = enabled;
}

void Notifier::setUnreadCount(int unread)
{
    if (unread == m_unread)
        return;
    m_unread = unread;
    updateIcon();
}

void Notifier::conversationChanged(const Protocol::ConversationInfo& conversation, bool isNew)
{
    if (isNew && conversation.assigneeId == 0 && conversation.state != QLatin1StringView("resolved"))
        notify(tr("New conversation in the queue"),
            tr("%1: %2").arg(
                who(conversation), ConsoleText::messagePreview(conversation.lastMessagePreview)));
}

void Notifier::messageArrived(
    const Protocol::MessageInfo& message, const Protocol::ConversationInfo& conversation)
{
    if (message.direction != QLatin1StringView("in") || m_myAgentId == 0
        || conversation.assigneeId != m_myAgentId)
        return;
    // A photo without a caption still says what arrived, in the agent's language.
    const QString text = message.text.isEmpty() ? ConsoleText::messageKind(message.kind) : message.text;
    notify(tr("New message from %1").arg(who(conversation)), text.left(200));
}

void Notifier::alert(const QString& title, const QString& text)
{
    notify(title, text);
}

void Notifier::notify(const QString& title, const QString& text)
{
    if (!m_notify)
        return;
    if (m_tray->isVisible() && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(title, text, QSystemTrayIcon::Information, 8000);
    // QtMultimedia is not part of the console's allowed modules: the platform beep is the sound.
    if (m_sound)
        QApplication::beep();
    Q_EMIT notified(title, text);
}

void Notifier::updateIcon()
{
    QPixmap pixmap(64, 64);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x12, 0x8c, 0x4a));
    painter.drawRoundedRect(QRect(4, 4, 56, 56), 14, 14);
    painter.setPen(Qt::white);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(34);
    painter.setFont(font);
    painter.drawText(QRect(4, 4, 56, 56), Qt::AlignCenter, QStringLiteral("A"));
    if (m_unread > 0) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xd9, 0x30, 0x25));
        painter.drawEllipse(QRect(30, 0, 34, 34));
        painter.setPen(Qt::white);
        font.setPixelSize(m_unread > 99 ? 14 : 20);
        painter.setFont(font);
        painter.drawText(QRect(30, 0, 34, 34), Qt::AlignCenter,
            m_unread > 99 ? QStringLiteral("99+") : QString::number(m_unread));
    }
    painter.end();
    m_tray->setIcon(QIcon(pixmap));
    m_tray->setToolTip(m_unread > 0 ? tr("Atendo — %n unread message(s)", nullptr, m_unread) : tr("Atendo"));
    if (auto* app = qobject_cast<QApplication*>(QCoreApplication::instance()))
        app->setWindowIcon(QIcon(pixmap));
}

} // namespace Atendo

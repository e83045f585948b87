#include "console/notifier.h"

#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>

using namespace Atendo;

class TestNotifier : public QObject
{
    Q_OBJECT

    static Protocol::ConversationInfo conv(qint64 assignee)
    {
        Protocol::ConversationInfo c;
        c.id = 1;
        c.assigneeId = assignee;
        c.contact.name = QStringLiteral("Ana");
        c.lastMessagePreview = QStringLiteral("Oi");
        return c;
    }

    static Protocol::MessageInfo inbound()
    {
        Protocol::MessageInfo m;
        m.conversationId = 1;
        m.direction = QStringLiteral("in");
        m.text = QStringLiteral("Alguém aí?");
        return m;
    }

private Q_SLOTS:
    void newQueuedConversationAndMyMessagesNotify()
    {
        Notifier notifier;
        notifier.setSoundEnabled(false);
        notifier.setMyAgentId(7);
        QSignalSpy notified(&notifier, &Notifier::notified);
        notifier.conversationChanged(conv(0), true);
        QCOMPARE(notified.count(), 1);
        QCOMPARE(notified.last().at(0).toString(), QStringLiteral("New conversation in the queue"));
        notifier.conversationChanged(conv(0), false); // an update, not a new one
        notifier.messageArrived(inbound(), conv(8)); // someone else's
        QCOMPARE(notified.count(), 1);
        notifier.messageArrived(inbound(), conv(7));
        QCOMPARE(notified.count(), 2);
        QCOMPARE(notified.last().at(0).toString(), QStringLiteral("New message from Ana"));
    }

    void mediaIsNamedNotTagged()
    {
        Notifier notifier;
        notifier.setSoundEnabled(false);
        notifier.setMyAgentId(7);
        QSignalSpy notified(&notifier, &Notifier::notified);
        Protocol::ConversationInfo queued = conv(0);
        queued.lastMessagePreview = QStringLiteral("[location]");
        notifier.conversationChanged(queued, true);
        QCOMPARE(notified.count(), 1);
        const QString queuedText = notified.last().at(1).toString();
        QVERIFY2(!queuedText.contains(QStringLiteral("[location]")), qPrintable(queuedText));
        QVERIFY2(queuedText.contains(QStringLiteral("Location")), qPrintable(queuedText));

        Protocol::MessageInfo photo = inbound();
        photo.kind = QStringLiteral("image");
        photo.text.clear();
        notifier.messageArrived(photo, conv(7));
        QCOMPARE(notified.count(), 2);
        QVERIFY2(notified.last().at(1).toString().contains(QStringLiteral("Photo")),
            qPrintable(notified.last().at(1).toString()));
    }

    void switchedOffMeansSilence()
    {
        Notifier notifier;
        notifier.setMyAgentId(7);
        notifier.setNotificationsEnabled(false);
        QSignalSpy notified(&notifier, &Notifier::notified);
        notifier.conversationChanged(conv(0), true);
        notifier.messageArrived(inbound(), conv(7));
        QCOMPARE(notified.count(), 0);
    }

    void trayShowsTheUnreadCount()
    {
        Notifier notifier;
        const QImage empty = notifier.trayIcon()->icon().pixmap(64, 64).toImage();
        notifier.setUnreadCount(5);
        QCOMPARE(notifier.unreadCount(), 5);
        QVERIFY(notifier.trayIcon()->toolTip().contains(QStringLiteral("5")));
        QVERIFY(notifier.trayIcon()->icon().pixmap(64, 64).toImage() != empty);
    }
};

QTEST_MAIN(TestNotifier)
#include "tst_notifier.moc"

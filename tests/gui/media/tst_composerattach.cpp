#include "console/attachmentchip.h"
#include "console/composer.h"
#include "console/composeredit.h"
#include "console/conversationpane.h"
#include "console/conversationview.h"
#include "core/clock.h"

#include <QFile>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Atendo;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

// The composer's attachment: chosen with the button or Ctrl+Shift+A, shown as a
// chip (name, size, remove), sent with the text as caption, dropped files taken
// by the conversation, and nothing attachable while free text is locked.
class TestComposerAttach : public QObject
{
    Q_OBJECT

    TestClock m_clock {QDateTime(QDate(2026, 11, 25), QTime(14, 0), Qt::UTC)};
    QTemporaryDir m_dir;
    QString m_file;

private Q_SLOTS:
    void initTestCase()
    {
        m_file = m_dir.filePath(u"produto.png"_s);
        QFile file(m_file);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(2040, 'p'));
    }

    void attachButtonShowsTheChipAndSendsTheFileWithCaption()
    {
        Composer composer;
        composer.setClock(&m_clock);
        composer.setConversation(42, m_clock.now().addSecs(3600), false);
        int picked = 0;
        composer.setFilePicker([&](QWidget*) {
            ++picked;
            return m_file;
        });
        composer.show();
        composer.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&composer));
        QCOMPARE(composer.attachButton()->accessibleName(), u"Attach a file"_s);
        QVERIFY(composer.attachButton()->isEnabled());
        QVERIFY(!composer.attachmentChip()->isVisible());
        QVERIFY(!composer.sendButton()->isEnabled());

        QTest::keyClick(composer.editor(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        // A button's shortcut clicks it the way a mouse would (animated).
        QTRY_COMPARE(picked, 1);
        QCOMPARE(composer.attachment(), m_file);
        QVERIFY(composer.attachmentChip()->isVisible());
        QVERIFY(composer.attachmentChip()->text().contains(u"produto.png"_s));
        QVERIFY(composer.attachmentChip()->text().contains(u"KiB"_s)
            || composer.attachmentChip()->text().contains(u"kB"_s));
        // A file alone may be sent (no caption needed).
        QVERIFY(composer.sendButton()->isEnabled());

        QSignalSpy media(&composer, &Composer::sendMediaRequested);
        QSignalSpy text(&composer, &Composer::sendRequested);
        QTest::keyClicks(composer.editor(), u"O modelo azul"_s);
        QTest::keyClick(composer.editor(), Qt::Key_Return);
        QCOMPARE(media.size(), 1);
        QCOMPARE(text.size(), 0);
        QCOMPARE(media.first().at(0).toLongLong(), 42);
        QCOMPARE(media.first().at(1).toString(), m_file);
        QCOMPARE(media.first().at(2).toString(), u"O modelo azul"_s);
        QVERIFY(!composer.attachmentChip()->isVisible());
        QVERIFY(composer.editor()->toPlainText().isEmpty());
        // The next Enter is plain text again.
        QTest::keyClicks(composer.editor(), u"Mais alguma coisa?"_s);
        QTest::keyClick(composer.editor(), Qt::Key_Return);
        QCOMPARE(text.size(), 1);
        QCOMPARE(media.size(), 1);
    }

    void removeTakesTheFileAway()
    {
        Composer composer;
        composer.setClock(&m_clock);
        composer.setConversation(42, m_clock.now().addSecs(3600), false);
        QVERIFY(composer.attach(m_file));
        QCOMPARE(composer.attachmentChip()->removeButton()->accessibleName(), u"Remove attachment"_s);
        composer.attachmentChip()->removeButton()->click();
        QVERIFY(composer.attachment().isEmpty());
        QVERIFY(!composer.sendButton()->isEnabled());
        QSignalSpy media(&composer, &Composer::sendMediaRequested);
        composer.submit();
        QCOMPARE(media.size(), 0);
        // A path that is not a file is not attached.
        QVERIFY(!composer.attach(m_dir.filePath(u"missing.png"_s)));
    }

    void lockedComposerTakesNoFile()
    {
        Composer composer;
        composer.setClock(&m_clock);
        composer.setConversation(42, m_clock.now().addSecs(60), false);
        QVERIFY(composer.attach(m_file));
        // The window closes with a file chosen: it is dropped, not sent later.
        m_clock.advance(61s);
        composer.refresh();
        QCOMPARE(composer.mode(), Composer::Mode::TemplateOnly);
        QVERIFY(!composer.attachButton()->isEnabled());
        QVERIFY(composer.attachButton()->toolTip().contains(u"24-hour window is closed"_s));
        QVERIFY(composer.attachment().isEmpty());
        QVERIFY(!composer.attach(m_file));
        QSignalSpy media(&composer, &Composer::sendMediaRequested);
        composer.submit();
        QCOMPARE(media.size(), 0);

        composer.setConversation(43, m_clock.now().addSecs(3600), true);
        QCOMPARE(composer.mode(), Composer::Mode::Blocked);
        QVERIFY(!composer.attachButton()->isEnabled());
        QVERIFY(composer.attachButton()->toolTip().contains(u"opted out"_s));
        QVERIFY(!composer.attach(m_file));
    }

    void fileDroppedOnTheConversationIsAttached()
    {
        ConversationPane pane;
        pane.setClock(&m_clock);
        Protocol::ConversationInfo conversation;
        conversation.id = 42;
        conversation.windowExpiresAt = m_clock.now().addSecs(3600);
        pane.setConversation(conversation);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QWidget* target = pane.view()->viewport();
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(m_file)});
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(target, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(target, &drop);
        QCOMPARE(pane.composer()->attachment(), m_file);

        // Not while the window is closed.
        pane.composer()->attachmentChip()->removeButton()->click();
        conversation.windowExpiresAt = m_clock.now().addSecs(-1);
        pane.setConversation(conversation);
        QDragEnterEvent refused(QPoint(5, 5), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        refused.setAccepted(false);
        QCoreApplication::sendEvent(target, &refused);
        QVERIFY(!refused.isAccepted());
        QDropEvent late(QPointF(5, 5), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(target, &late);
        QVERIFY(pane.composer()->attachment().isEmpty());
    }
};

QTEST_MAIN(TestComposerAttach)
#include "tst_composerattach.moc"

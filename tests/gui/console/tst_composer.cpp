#include "console/composer.h"
#include "console/composeredit.h"
#include "core/clock.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Atendo;
using namespace std::chrono_literals;

class TestComposer : public QObject
{
    Q_OBJECT

    const QDateTime m_expiry {QDate(2026, 11, 25), QTime(17, 0), Qt::UTC};

private Q_SLOTS:
    void locksAtTheExpiryAsTheClockMoves()
    {
        TestClock clock(m_expiry.addSecs(-2));
        Composer composer;
        composer.setClock(&clock);
        composer.setConversation(7, m_expiry, false);
        QCOMPARE(composer.mode(), Composer::Mode::FreeText);
        QVERIFY(composer.editor()->isEnabled());
        QVERIFY(composer.lockReason().isEmpty());

        clock.advance(1s);
        composer.refresh();
        QVERIFY(composer.editor()->isEnabled());

        clock.advance(1s); // exactly 24 h after the customer's message
        composer.refresh();
        QCOMPARE(composer.mode(), Composer::Mode::TemplateOnly);
        QVERIFY(!composer.editor()->isEnabled());
        QVERIFY(!composer.sendButton()->isEnabled());
        QVERIFY(composer.templateButton()->isEnabled());
        QVERIFY(composer.lockReason().contains(QStringLiteral("window is closed")));
    }

    void enterSendsAndShiftEnterAddsALine()
    {
        TestClock clock(m_expiry.addSecs(-3600));
        Composer composer;
        composer.setClock(&clock);
        composer.setConversation(7, m_expiry, false);
        QSignalSpy sent(&composer, &Composer::sendRequested);
        QTest::keyClicks(composer.editor(), QStringLiteral("Hello"));
        QTest::keyClick(composer.editor(), Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClicks(composer.editor(), QStringLiteral("there"));
        QCOMPARE(sent.count(), 0);
        QTest::keyClick(composer.editor(), Qt::Key_Return);
        QCOMPARE(sent.count(), 1);
        QCOMPARE(sent.at(0).at(0).toLongLong(), 7);
        QCOMPARE(sent.at(0).at(1).toString(), QStringLiteral("Hello\nthere"));
        QVERIFY(composer.editor()->toPlainText().isEmpty());
    }

    void aSendAfterTheWindowClosedIsRefusedEvenWithoutATick()
    {
        TestClock clock(m_expiry.addSecs(-1));
        Composer composer;
        composer.setClock(&clock);
        composer.setConversation(7, m_expiry, false);
        QTest::keyClicks(composer.editor(), QStringLiteral("late reply"));
        clock.advance(1s);
        QSignalSpy sent(&composer, &Composer::sendRequested);
        composer.submit();
        QCOMPARE(sent.count(), 0);
        QCOMPARE(composer.mode(), Composer::Mode::TemplateOnly);
    }

    void optedOutContactDisablesEverything()
    {
        TestClock clock(m_expiry.addSecs(-3600));
        Composer composer;
        composer.setClock(&clock);
        composer.setConversation(9, m_expiry, true);
        QCOMPARE(composer.mode(), Composer::Mode::Blocked);
        QVERIFY(!composer.editor()->isEnabled());
        QVERIFY(!composer.sendButton()->isEnabled());
        QVERIFY(!composer.templateButton()->isEnabled());
        QVERIFY(composer.lockReason().contains(QStringLiteral("opted out")));
    }

    void slashShortcutExpandsACannedReply()
    {
        TestClock clock(m_expiry.addSecs(-3600));
        Composer composer;
        composer.setClock(&clock);
        composer.setCannedReplies({{QStringLiteral("thanks"), QStringLiteral("Thank you for writing!")}});
        composer.setConversation(7, m_expiry, false);
        QSignalSpy sent(&composer, &Composer::sendRequested);
        QTest::keyClicks(composer.editor(), QStringLiteral("/thanks"));
        QTest::keyClick(composer.editor(), Qt::Key_Return);
        QCOMPARE(sent.count(), 0);
        QCOMPARE(composer.editor()->toPlainText(), QStringLiteral("Thank you for writing!"));
        QTest::keyClick(composer.editor(), Qt::Key_Return);
        QCOMPARE(sent.count(), 1);
    }
};

QTEST_MAIN(TestComposer)
#include "tst_composer.moc"

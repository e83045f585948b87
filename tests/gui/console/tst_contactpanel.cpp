#include "console/contactpanel.h"
#include "console/messagebox.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Atendo;

class TestContactPanel : public QObject
{
    Q_OBJECT

    static Protocol::ContactInfo maria()
    {
        Protocol::ContactInfo c;
        c.id = 42;
        c.name = QStringLiteral("Maria Souza");
        c.phone = QStringLiteral("+5511987654321");
        c.consentState = QStringLiteral("opted_in");
        c.consentHistory << Protocol::ConsentEventInfo {QStringLiteral("opt_in"), QStringLiteral("web_form"),
            QStringLiteral("form #881"), QStringLiteral("customer"),
            QDateTime(QDate(2026, 10, 1), QTime(9, 0), Qt::UTC)};
        return c;
    }

private Q_SLOTS:
    void showsNameNumberAndHistory()
    {
        ContactPanel panel;
        panel.setContact(maria());
        QCOMPARE(
            panel.findChild<QLabel*>(QStringLiteral("nameLabel"))->text(), QStringLiteral("Maria Souza"));
        QCOMPARE(panel.findChild<QLabel*>(QStringLiteral("phoneLabel"))->text(),
            QStringLiteral("+55 11 98765-4321"));
        QCOMPARE(panel.consentText(), QStringLiteral("Opted in"));
        QCOMPARE(panel.historyCount(), 1);
        QVERIFY(!panel.isBadgeShown());
        QVERIFY(panel.canRecordOptOut());
    }

    void optedOutShowsBadgeAndDisablesRecording()
    {
        auto c = maria();
        c.consentState = QStringLiteral("opted_out");
        c.consentHistory << Protocol::ConsentEventInfo {QStringLiteral("opt_out"), QStringLiteral("keyword"),
            QStringLiteral("PARAR"), QStringLiteral("customer"),
            QDateTime(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC)};
        ContactPanel panel;
        panel.setContact(c);
        QVERIFY(panel.isBadgeShown());
        QCOMPARE(panel.findChild<QLabel*>(QStringLiteral("nonContactableBadge"))->text(),
            QStringLiteral("NON-CONTACTABLE"));
        QVERIFY(!panel.canRecordOptOut());
        QVERIFY(!panel.findChild<QPushButton*>(QStringLiteral("recordOptOutButton"))->isEnabled());
        QCOMPARE(panel.historyCount(), 2);
        QSignalSpy requested(&panel, &ContactPanel::optOutRequested);
        panel.recordOptOut();
        QCOMPARE(requested.count(), 0);
    }

    void recordingAnOptOutNeedsConfirmation()
    {
        ContactPanel panel;
        panel.setContact(maria());
        QSignalSpy requested(&panel, &ContactPanel::optOutRequested);
        MessageBox::setNextAnswer(QMessageBox::No);
        panel.findChild<QPushButton*>(QStringLiteral("recordOptOutButton"))->click();
        QCOMPARE(requested.count(), 0);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        panel.findChild<QPushButton*>(QStringLiteral("recordOptOutButton"))->click();
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toLongLong(), 42);
    }

    void offersNoWayToRecordAnOptIn()
    {
        ContactPanel panel;
        panel.setContact(maria());
        const auto buttons = panel.findChildren<QPushButton*>();
        for (const auto* button : buttons)
            QVERIFY2(!button->text().contains(QStringLiteral("opt-in"), Qt::CaseInsensitive),
                qPrintable(button->text()));
    }
};

QTEST_MAIN(TestContactPanel)
#include "tst_contactpanel.moc"

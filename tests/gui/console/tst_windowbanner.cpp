#include "console/themecolors.h"
#include "console/windowbanner.h"
#include "core/clock.h"

#include <QGuiApplication>
#include <QLabel>
#include <QTest>

using namespace Atendo;
using namespace std::chrono_literals;

class TestWindowBanner : public QObject
{
    Q_OBJECT

    // The customer wrote at 14:05 local time yesterday; the window ends today at 14:05.
    const QDateTime m_inbound = QDateTime(QDate(2026, 11, 24), QTime(14, 5)).toUTC();
    const QDateTime m_expiry = m_inbound.addDays(1);

    QColor labelColor(const WindowBanner& banner)
    {
        return banner.findChild<QLabel*>()->palette().color(QPalette::WindowText);
    }

private Q_SLOTS:
    void threeHoursTwelveLeftIsAmber()
    {
        TestClock clock(m_expiry.addSecs(-(3 * 3600 + 12 * 60)));
        WindowBanner banner;
        banner.setClock(&clock);
        banner.setWindowExpiry(m_expiry);
        QCOMPARE(banner.text(), QStringLiteral("You can reply freely for 3 h 12 min"));
        QCOMPARE(banner.tone(), WindowCountdown::Tone::ClosingSoon);
        QCOMPARE(labelColor(banner),
            ThemeColors::tone(WindowCountdown::Tone::ClosingSoon, QGuiApplication::palette()));
    }

    void plentyOfTimeIsGreen()
    {
        TestClock clock(m_inbound.addSecs(60));
        WindowBanner banner;
        banner.setClock(&clock);
        banner.setWindowExpiry(m_expiry);
        QCOMPARE(banner.text(), QStringLiteral("You can reply freely for 23 h 59 min"));
        QCOMPARE(banner.tone(), WindowCountdown::Tone::Open);
        QCOMPARE(
            labelColor(banner), ThemeColors::tone(WindowCountdown::Tone::Open, QGuiApplication::palette()));
    }

    void fiftyNineMinutesIsRedAndTicksSeconds()
    {
        TestClock clock(m_expiry.addSecs(-59 * 60));
        WindowBanner banner;
        banner.setClock(&clock);
        banner.setWindowExpiry(m_expiry);
        QCOMPARE(banner.text(), QStringLiteral("You can reply freely for 59 min 00 s"));
        QCOMPARE(banner.tone(), WindowCountdown::Tone::Critical);
        QCOMPARE(labelColor(banner), ThemeColors::danger(QGuiApplication::palette()));
        clock.advance(1s);
        banner.refresh();
        QCOMPARE(banner.text(), QStringLiteral("You can reply freely for 58 min 59 s"));
    }

    void closedExactlyAtTwentyFourHours()
    {
        TestClock clock(m_expiry.addSecs(-1));
        WindowBanner banner;
        banner.setClock(&clock);
        banner.setWindowExpiry(m_expiry);
        banner.setBillingHint(QStringLiteral("Marketing, about USD 0.0625"));
        QCOMPARE(banner.tone(), WindowCountdown::Tone::Critical);
        clock.setNow(m_inbound.addSecs(24 * 3600));
        banner.refresh();
        QCOMPARE(banner.tone(), WindowCountdown::Tone::Closed);
        QCOMPARE(banner.text(),
            QStringLiteral("The 24-hour window closed at 14:05. Only an approved template can be sent "
                           "(billed as Marketing, about USD 0.0625)."));
        QCOMPARE(labelColor(banner), QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text));
    }

    void optedOutContactOverridesAnOpenWindow()
    {
        TestClock clock(m_inbound.addSecs(60));
        WindowBanner banner;
        banner.setClock(&clock);
        banner.setWindowExpiry(m_expiry);
        banner.setBlocked(true);
        QVERIFY(banner.text().startsWith(QStringLiteral("Not contactable")));
        QCOMPARE(banner.tone(), WindowCountdown::Tone::Critical);
        banner.setBlocked(false);
        QVERIFY(banner.text().startsWith(QStringLiteral("You can reply freely")));
    }

    void neverOpenedSaysOnlyTemplates()
    {
        TestClock clock(m_expiry);
        WindowBanner banner;
        banner.setClock(&clock);
        banner.setWindowExpiry(QDateTime());
        QVERIFY(banner.text().startsWith(QStringLiteral("The customer has not written yet.")));
    }
};

QTEST_MAIN(TestWindowBanner)
#include "tst_windowbanner.moc"

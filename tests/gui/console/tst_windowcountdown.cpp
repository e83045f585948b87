#include "console/windowcountdown.h"

#include <QTest>

using namespace Atendo;
using namespace std::chrono_literals;

class TestWindowCountdown : public QObject
{
    Q_OBJECT

    const QDateTime m_expiry {QDate(2026, 11, 25), QTime(14, 5), Qt::UTC};

    WindowCountdown at(std::chrono::milliseconds left) const
    {
        return WindowCountdown(m_expiry, m_expiry.addMSecs(-left.count()));
    }

private Q_SLOTS:
    void hoursAndMinutesAboveOneHour()
    {
        const auto c = at(23h + 14min + 59s);
        QCOMPARE(c.shortText(), QStringLiteral("23:14"));
        QCOMPARE(c.longText(), QStringLiteral("23 h 14 min"));
        QCOMPARE(c.tone(), WindowCountdown::Tone::Open);
    }

    void minutesAndSecondsInTheLastHour()
    {
        const auto c = at(42min + 7s);
        QCOMPARE(c.shortText(), QStringLiteral("42:07"));
        QCOMPARE(c.longText(), QStringLiteral("42 min 07 s"));
        QCOMPARE(c.tone(), WindowCountdown::Tone::Critical);
    }

    void amberUnderTheClosingSoonThreshold()
    {
        QCOMPARE(at(4h).tone(), WindowCountdown::Tone::Open);
        QCOMPARE(at(4h - 1s).tone(), WindowCountdown::Tone::ClosingSoon);
        QCOMPARE(at(1h).tone(), WindowCountdown::Tone::ClosingSoon);
        QCOMPARE(at(1h).shortText(), QStringLiteral("1:00"));
        QCOMPARE(at(1h - 1s).tone(), WindowCountdown::Tone::Critical);
        QCOMPARE(at(1h - 1s).shortText(), QStringLiteral("59:59"));
        // A custom threshold moves the amber band.
        QCOMPARE(WindowCountdown(m_expiry, m_expiry.addSecs(-2 * 3600 + 1), 2h).tone(),
            WindowCountdown::Tone::ClosingSoon);
    }

    void roundsUpSoAnOpenWindowNeverReadsZero()
    {
        const auto c = at(400ms);
        QVERIFY(c.isOpen());
        QCOMPARE(c.shortText(), QStringLiteral("0:01"));
    }

    void closedAtExactlyTheExpiry()
    {
        const auto c = at(0ms);
        QVERIFY(!c.isOpen());
        QCOMPARE(c.tone(), WindowCountdown::Tone::Closed);
        QCOMPARE(c.shortText(), QStringLiteral("closed"));
        QCOMPARE(at(-5min).tone(), WindowCountdown::Tone::Closed);
    }

    void neverOpenedHasNoText()
    {
        const WindowCountdown c(QDateTime(), m_expiry);
        QCOMPARE(c.tone(), WindowCountdown::Tone::Never);
        QVERIFY(c.shortText().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWindowCountdown)
#include "tst_windowcountdown.moc"

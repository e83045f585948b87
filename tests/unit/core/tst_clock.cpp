#include "core/clock.h"

#include <QTest>

using namespace Atendo;
using namespace std::chrono_literals;

class TestClockTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void systemClockIsUtcAndCurrent()
    {
        const SystemClock clock;
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const QDateTime now = clock.now();
        QCOMPARE(now.timeSpec(), Qt::UTC);
        QVERIFY(now >= before);
        QVERIFY(now.msecsTo(QDateTime::currentDateTimeUtc()) < 1000);
    }

    void testClockMovesOnlyWhenTold()
    {
        const QDateTime start(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
        TestClock clock(start);
        QCOMPARE(clock.now(), start);
        QCOMPARE(clock.now(), start);
        clock.advance(24h);
        QCOMPARE(clock.now(), start.addDays(1));
        clock.advance(1s);
        QCOMPARE(clock.now(), start.addDays(1).addSecs(1));
    }

    void testClockStoresUtc()
    {
        const QDateTime local(QDate(2026, 1, 1), QTime(12, 0), Qt::OffsetFromUTC, -3 * 3600);
        TestClock clock(local);
        QCOMPARE(clock.now().timeSpec(), Qt::UTC);
        QCOMPARE(clock.now().time(), QTime(15, 0));
        clock.setNow(local.addSecs(60));
        QCOMPARE(clock.now().time(), QTime(15, 1));
    }
};

QTEST_GUILESS_MAIN(TestClockTest)
#include "tst_clock.moc"

#include "client/backoffpolicy.h"

#include <QTest>

using namespace Atendo;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestBackoffPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultTableGrowsThenRepeatsItsLastEntry_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<qint64>("expectedMs");
        QTest::newRow("first retry") << 0 << qint64(1000);
        QTest::newRow("second") << 1 << qint64(2000);
        QTest::newRow("third") << 2 << qint64(5000);
        QTest::newRow("fourth") << 3 << qint64(10000);
        QTest::newRow("fifth") << 4 << qint64(30000);
        QTest::newRow("sixth repeats the last") << 5 << qint64(30000);
        QTest::newRow("hundredth still 30 s") << 99 << qint64(30000);
        QTest::newRow("negative is the first") << -1 << qint64(1000);
    }
    void defaultTableGrowsThenRepeatsItsLastEntry()
    {
        QFETCH(int, attempt);
        QFETCH(qint64, expectedMs);
        const BackoffPolicy policy;
        QCOMPARE(policy.baseDelay(attempt).count(), expectedMs);
        QCOMPARE(policy.delay(attempt, 0ms, 0.5).count(), expectedMs); // the middle sample is no jitter
    }

    void jitterStaysWithinTwentyPercent()
    {
        const BackoffPolicy policy;
        QCOMPARE(policy.delay(2, 0ms, 0.0), 4000ms);
        QCOMPARE(policy.delay(2, 0ms, 1.0), 6000ms);
        for (int i = 0; i < 200; ++i) {
            const auto d = policy.delay(2);
            QVERIFY2(d >= 4000ms && d <= 6000ms, qPrintable(QString::number(d.count())));
        }
    }

    void retryAfterIsAFloor()
    {
        const BackoffPolicy policy;
        QCOMPARE(policy.delay(0, 7000ms, 1.0), 7000ms); // longer than the table's 1.2 s
        QCOMPARE(policy.delay(4, 7000ms, 0.5), 30000ms); // shorter than the table's entry
        QCOMPARE(policy.delay(0, 1000ms, 0.0), 1000ms); // jitter never undercuts it
    }

    void retryAfterIsReadFromARateLimitedError()
    {
        const Protocol::Error error {
            Protocol::ErrorCode::RateLimited, u"Too many requests"_s, {{u"retry_after_ms"_s, 200}}};
        QCOMPARE(BackoffPolicy::retryAfter(error), 200ms);
        QCOMPARE(BackoffPolicy::retryAfter({Protocol::ErrorCode::Internal, {}, {}}), 0ms);
        QCOMPARE(
            BackoffPolicy::retryAfter({Protocol::ErrorCode::RateLimited, {}, {{u"retry_after_ms"_s, -5}}}),
            0ms);
    }

    void customTableWithoutJitterIsExact()
    {
        const BackoffPolicy policy({100ms, 250ms}, 0.0);
        QCOMPARE(policy.delay(0), 100ms);
        QCOMPARE(policy.delay(1), 250ms);
        QCOMPARE(policy.delay(7), 250ms);
        QCOMPARE(BackoffPolicy({}, 0.0).delay(0), 1000ms); // an empty table still backs off
    }
};

QTEST_GUILESS_MAIN(TestBackoffPolicy)
#include "tst_backoffpolicy.moc"

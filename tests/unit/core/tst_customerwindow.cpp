#include "core/clock.h"
#include "core/customerwindow.h"

#include <QTest>

using namespace Atendo;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {
const QDateTime T0(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
}

class TestCustomerWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void neverOpenedIsClosed()
    {
        const CustomerWindow window;
        QVERIFY(!window.everOpened());
        QVERIFY(!window.isOpen(T0));
        QCOMPARE(window.remaining(T0), 0s);
        QCOMPARE(window.state(T0), WindowState::Closed);
        QVERIFY(!window.expiresAt().isValid());
        QVERIFY(!window.lastInboundAt().isValid());
    }

    void openedWithInvalidTimeStaysClosed()
    {
        const CustomerWindow window = CustomerWindow::opened(QDateTime());
        QVERIFY(!window.everOpened());
        QVERIFY(!window.isOpen(T0));
    }

    void boundaries_data()
    {
        QTest::addColumn<qint64>("offsetSeconds");
        QTest::addColumn<bool>("open");
        QTest::addColumn<qint64>("remainingSeconds");
        QTest::addColumn<WindowState>("state");
        QTest::newRow("at the inbound message") << 0LL << true << 86400LL << WindowState::Open;
        QTest::newRow("one second before") << -1LL << true << 86401LL << WindowState::Open;
        QTest::newRow("12 h in") << 43200LL << true << 43200LL << WindowState::Open;
        QTest::newRow("1 h + 1 s left") << 86400LL - 3601 << true << 3601LL << WindowState::Open;
        QTest::newRow("exactly 1 h left") << 86400LL - 3600 << true << 3600LL << WindowState::ClosingSoon;
        QTest::newRow("one second left") << 86399LL << true << 1LL << WindowState::ClosingSoon;
        QTest::newRow("exactly 24 h") << 86400LL << false << 0LL << WindowState::Closed;
        QTest::newRow("one second after") << 86401LL << false << 0LL << WindowState::Closed;
        QTest::newRow("a week later") << 7 * 86400LL << false << 0LL << WindowState::Closed;
    }

    void boundaries()
    {
        QFETCH(qint64, offsetSeconds);
        QFETCH(bool, open);
        QFETCH(qint64, remainingSeconds);
        QFETCH(WindowState, state);
        const CustomerWindow window = CustomerWindow::opened(T0);
        const QDateTime now = T0.addSecs(offsetSeconds);
        QCOMPARE(window.expiresAt(), T0.addDays(1));
        QCOMPARE(window.isOpen(now), open);
        QCOMPARE(window.remaining(now).count(), remainingSeconds);
        QCOMPARE(window.state(now), state);
    }

    void remainingRoundsUpSoACountdownNeverShowsZeroWhileOpen()
    {
        const CustomerWindow window = CustomerWindow::opened(T0);
        const QDateTime now = T0.addDuration(24h - 1ms);
        QVERIFY(window.isOpen(now));
        QCOMPARE(window.remaining(now), 1s);
        QCOMPARE(window.remaining(T0.addDuration(23h + 500ms)), 3600s);
    }

    void customThresholdAndLength()
    {
        const CustomerWindow window = CustomerWindow::opened(T0, 2h);
        QCOMPARE(window.length(), 2h);
        QCOMPARE(window.expiresAt(), T0.addSecs(7200));
        QCOMPARE(window.state(T0.addSecs(60), 2h), WindowState::ClosingSoon);
        QCOMPARE(window.state(T0.addSecs(60), 30min), WindowState::Open);
        QCOMPARE(window.state(T0.addSecs(7200 - 1800), 30min), WindowState::ClosingSoon);
    }

    void renewalResetsTo24hFromTheNewMessage()
    {
        const CustomerWindow first = CustomerWindow::opened(T0);
        const CustomerWindow renewed = first.renewed(T0.addSecs(20 * 3600));
        QCOMPARE(renewed.lastInboundAt(), T0.addSecs(20 * 3600));
        QCOMPARE(renewed.expiresAt(), T0.addSecs(44 * 3600));
        QVERIFY(!first.isOpen(T0.addSecs(30 * 3600)));
        QVERIFY(renewed.isOpen(T0.addSecs(30 * 3600)));
        // The original value is untouched: CustomerWindow is a value type.
        QCOMPARE(first.expiresAt(), T0.addDays(1));
    }

    void renewalReopensAClosedWindow()
    {
        const CustomerWindow closed = CustomerWindow::opened(T0);
        QVERIFY(!closed.isOpen(T0.addDays(3)));
        const CustomerWindow window = closed.renewed(T0.addDays(3));
        QVERIFY(window.isOpen(T0.addDays(3)));
        QCOMPARE(window.expiresAt(), T0.addDays(4));
    }

    void outOfOrderInboundNeverShortens_data()
    {
        QTest::addColumn<qint64>("lateOffsetSeconds");
        QTest::newRow("an hour older") << -3600LL;
        QTest::newRow("one second older") << -1LL;
        QTest::newRow("same second (duplicate webhook)") << 0LL;
        QTest::newRow("a week older (7 days of retries)") << -7 * 86400LL;
    }

    void outOfOrderInboundNeverShortens()
    {
        QFETCH(qint64, lateOffsetSeconds);
        const QDateTime latest = T0.addSecs(5 * 3600);
        const CustomerWindow window = CustomerWindow::opened(T0).renewed(latest);
        const CustomerWindow afterLate = window.renewed(latest.addSecs(lateOffsetSeconds));
        QCOMPARE(afterLate, window);
        QCOMPARE(afterLate.expiresAt(), latest.addDays(1));
    }

    void renewingANeverOpenedWindowOpensIt()
    {
        const CustomerWindow window = CustomerWindow().renewed(T0);
        QVERIFY(window.everOpened());
        QCOMPARE(window.expiresAt(), T0.addDays(1));
        QCOMPARE(CustomerWindow().renewed(QDateTime()), CustomerWindow());
    }

    void timesAreKeptInUtc()
    {
        const QDateTime saoPaulo(QDate(2026, 11, 25), QTime(7, 0), Qt::OffsetFromUTC, -3 * 3600);
        const CustomerWindow window = CustomerWindow::opened(saoPaulo);
        QCOMPARE(window.lastInboundAt().timeSpec(), Qt::UTC);
        QCOMPARE(window.lastInboundAt(), T0);
        QVERIFY(window.isOpen(T0.addSecs(86399)));
        QVERIFY(!window.isOpen(saoPaulo.addDays(1)));
    }

    void drivenByATestClock()
    {
        TestClock clock(T0);
        CustomerWindow window = CustomerWindow::opened(clock.now());
        clock.advance(23h + 59min);
        QCOMPARE(window.state(clock.now()), WindowState::ClosingSoon);
        window = window.renewed(clock.now());
        QCOMPARE(window.state(clock.now()), WindowState::Open);
        clock.advance(24h);
        QCOMPARE(window.state(clock.now()), WindowState::Closed);
    }

    void freeEntryPointLasts72hButDoesNotOpenTheWindow()
    {
        const CustomerWindow window = CustomerWindow::opened(T0).withFreeEntryPoint(T0.addSecs(600));
        QCOMPARE(window.freeEntryPointOpenedAt(), T0.addSecs(600));
        QCOMPARE(window.freeEntryPointExpiresAt(), T0.addSecs(600).addDays(3));
        QCOMPARE(window.expiresAt(), T0.addDays(1));
        const QDateTime day2 = T0.addDays(2);
        QVERIFY(window.isFreeEntryPointActive(day2));
        QVERIFY(!window.isOpen(day2));
        QVERIFY(window.isFreeEntryPointActive(window.freeEntryPointExpiresAt().addSecs(-1)));
        QVERIFY(!window.isFreeEntryPointActive(window.freeEntryPointExpiresAt()));
        QVERIFY(!CustomerWindow::opened(T0).isFreeEntryPointActive(T0));
        QVERIFY(!CustomerWindow().freeEntryPointExpiresAt().isValid());
    }

    void freeEntryPointOnlyMovesForwardAndSurvivesRenewal()
    {
        const CustomerWindow window = CustomerWindow::opened(T0).withFreeEntryPoint(T0.addSecs(600));
        QCOMPARE(window.withFreeEntryPoint(T0), window);
        const CustomerWindow renewed = window.renewed(T0.addDays(1));
        QCOMPARE(renewed.freeEntryPointOpenedAt(), T0.addSecs(600));
    }

    void stateNames_data()
    {
        QTest::addColumn<WindowState>("state");
        QTest::addColumn<QString>("name");
        QTest::newRow("open") << WindowState::Open << u"open"_s;
        QTest::newRow("closing soon") << WindowState::ClosingSoon << u"closing_soon"_s;
        QTest::newRow("closed") << WindowState::Closed << u"closed"_s;
    }

    void stateNames()
    {
        QFETCH(WindowState, state);
        QFETCH(QString, name);
        QCOMPARE(windowStateName(state), name);
        QCOMPARE(windowStateFromName(name), std::optional(state));
    }

    void unknownStateNameIsRejected()
    {
        QCOMPARE(windowStateFromName(u"OPEN"_s), std::nullopt);
        QCOMPARE(windowStateFromName(QString()), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestCustomerWindow)
#include "tst_customerwindow.moc"

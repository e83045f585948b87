#include "client/csvexport.h"
#include "client/statsreport.h"
#include "client/statstablemodel.h"
#include "leadfixtures.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Atendo;
using namespace Qt::StringLiterals;

class TestStatsReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void periodsCoverTheRightDays()
    {
        const QDate wednesday(2026, 11, 25);
        using P = StatsReport::Period;
        QCOMPARE(StatsReport::range(P::Today, wednesday), std::make_pair(wednesday, wednesday));
        QCOMPARE(StatsReport::range(P::ThisWeek, wednesday), std::make_pair(QDate(2026, 11, 23), wednesday));
        QCOMPARE(StatsReport::range(P::ThisMonth, wednesday), std::make_pair(QDate(2026, 11, 1), wednesday));
        const QDate monday(2026, 11, 23);
        QCOMPARE(StatsReport::range(P::ThisWeek, monday), std::make_pair(monday, monday));
        const QDate sunday(2026, 11, 29);
        QCOMPARE(StatsReport::range(P::ThisWeek, sunday).first, monday);
    }

    void costTotalsAreTheSumOfTheRows()
    {
        StatsReport report;
        QAbstractItemModelTester t1(
            report.byCategory(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(report.byAgent(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&report, &StatsReport::loaded);
        report.applyStats(Test::statsJson());
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(report.totals().sent, 14);
        QCOMPARE(report.totals().billableReported, 11);
        QCOMPARE(report.totals().estimatedMicros, 578500);
        QCOMPARE(report.totals().failures, 4);
        QCOMPARE(report.totals().optOuts, 2);
        QCOMPARE(report.money(report.totals().estimatedMicros), u"USD 0.5785"_s);
        const StatsTableModel* byCategory = report.byCategory();
        QCOMPARE(byCategory->rowCount(), 2);
        QCOMPARE(byCategory->index(0, 0).data().toString(), u"Marketing"_s);
        QCOMPARE(byCategory->index(0, 0).data(StatsTableModel::ValueRole).toString(), u"marketing"_s);
        QCOMPARE(byCategory->index(1, 3).data().toString(), u"2"_s);
        QCOMPARE(byCategory->index(0, 4).data(StatsTableModel::ValueRole).toDouble(), 0.5625);
        QCOMPARE(report.byAgent()->index(0, 0).data().toString(), u"Agent 3"_s);
    }

    void complianceAndChartTables()
    {
        StatsReport report;
        QAbstractItemModelTester t1(report.waiting(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(report.volume(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        report.applyStats(Test::statsJson());
        QCOMPARE(report.failures()->rowCount(), 2);
        QCOMPARE(report.failures()->index(0, 0).data().toString(), u"meta_131047"_s);
        QCOMPARE(report.templates()->index(1, 3).data().toString(), u"PAUSED"_s);
        QCOMPARE(report.volume()->rowCount(), 2);
        QCOMPARE(report.volume()->value(0, 1).toInt(), 12);
        QCOMPARE(report.volume()->value(0, 0).toString(), u"2026-11-25T13:00:00.000Z"_s);
        QCOMPARE(report.waiting()->rowCount(), 5);
        QCOMPARE(report.waiting()->index(1, 0).data().toString(), u"5 min 00 s"_s);
        QCOMPARE(report.waiting()->index(4, 0).data().toString(), u"over 1 h 00 min"_s);
        QCOMPARE(report.firstResponse()->value(1, 1).toLongLong(), 610);
        // A second answer replaces the first.
        report.applyStats({});
        QCOMPARE(report.volume()->rowCount(), 0);
        QCOMPARE(report.totals().sent, 0);
    }

    void csvHoldsTheRawValuesQuotedWhereNeeded()
    {
        StatsReport report;
        report.applyStats(Test::statsJson());
        QCOMPARE(QString::fromUtf8(CsvExport::toCsv(*report.volume(), StatsTableModel::ValueRole)),
            u"Hour,Inbound,Outbound\r\n"
            "2026-11-25T13:00:00.000Z,12,15\r\n"
            "2026-11-25T14:00:00.000Z,7,3\r\n"_s);
        const QString templates
            = QString::fromUtf8(CsvExport::toCsv(*report.templates(), StatsTableModel::ValueRole));
        QVERIFY2(templates.contains(u"\"promo, \"\"black\"\" friday\",pt_BR,MARKETING,PAUSED,RED\r\n"_s),
            qPrintable(templates));
        QCOMPARE(QString::fromUtf8(CsvExport::toCsv(*report.waiting(), StatsTableModel::ValueRole))
                     .split(u"\r\n"_s)
                     .at(5),
            u",2"_s); // the open-ended bucket has no upper bound
        QCOMPARE(CsvExport::field(u"a\nb"_s), u"\"a\nb\""_s);

        QTemporaryDir dir;
        const QString path = dir.filePath(u"cost.csv"_s);
        QVERIFY(CsvExport::save(*report.byCategory(), StatsTableModel::ValueRole, path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(),
            QByteArray("Category,Sent,Delivered,Billable (Meta),Estimated cost\r\n"
                       "marketing,10,9,9,0.5625\r\nutility,4,4,2,0.016\r\n"));
        QString error;
        QVERIFY(!CsvExport::save(
            *report.byCategory(), StatsTableModel::ValueRole, dir.filePath(u"missing/dir/x.csv"_s), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStatsReport)
#include "tst_statsreport.moc"

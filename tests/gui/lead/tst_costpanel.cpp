#include "client/statsreport.h"
#include "client/statstablemodel.h"
#include "console/chartbox.h"
#include "console/costpanel.h"
#include "console/statscharts.h"
#include "console/statstablebox.h"
#include "leadfixtures.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Atendo;
using namespace Qt::StringLiterals;

namespace {
QAbstractBarSeries* barsOf(ChartBox* box)
{
    const auto series = box->chart()->series();
    return series.isEmpty() ? nullptr : qobject_cast<QAbstractBarSeries*>(series.first());
}
} // namespace

class TestCostPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void summaryAndTablesShowTheReport()
    {
        StatsReport report;
        CostPanel panel(&report);
        panel.show();
        report.applyStats(Test::statsJson());
        QCOMPARE(panel.summary()->text(),
            u"14 notification(s) sent, estimated cost USD 0.5785; Meta reported 11 billable. "
            "4 failed send(s), 2 opt-out(s)."_s);
        QCOMPARE(panel.byCategoryBox()->table()->model()->rowCount(), 2);
        QCOMPARE(panel.failuresBox()->table()->model()->index(0, 0).data().toString(), u"meta_131047"_s);
        QCOMPARE(panel.templatesBox()->table()->model()->rowCount(), 2);
        // Sorting by cost puts the cheaper category first.
        panel.byCategoryBox()->table()->sortByColumn(4, Qt::AscendingOrder);
        QCOMPARE(panel.byCategoryBox()->table()->model()->index(0, 0).data().toString(), u"Utility"_s);
    }

    void exportWritesTheRawNumbersInServerOrder()
    {
        StatsReport report;
        CostPanel panel(&report);
        report.applyStats(Test::statsJson());
        panel.byCategoryBox()->table()->sortByColumn(
            4, Qt::AscendingOrder); // the view's order is not the file's
        QTemporaryDir dir;
        const QString path = dir.filePath(u"by-category.csv"_s);
        StatsTableBox::setNextExportPath(path);
        QSignalSpy exported(panel.byCategoryBox(), &StatsTableBox::exported);
        panel.byCategoryBox()->exportButton()->click();
        QCOMPARE(exported.count(), 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(),
            QByteArray("Category,Sent,Delivered,Billable (Meta),Estimated cost\r\n"
                       "marketing,10,9,9,0.5625\r\nutility,4,4,2,0.016\r\n"));
        StatsTableBox::setNextExportPath(QString()); // an empty answer is a cancelled dialog
        QVERIFY(!panel.byCategoryBox()->exportCsv());
        QCOMPARE(exported.count(), 1);
    }

    void chartsDrawTheNumbersTheTablesHold()
    {
        StatsReport report;
        StatsCharts charts(&report);
        charts.resize(1000, 700);
        charts.show();
        report.applyStats(Test::statsJson());
        QAbstractBarSeries* volume = barsOf(charts.volume());
        QVERIFY(volume);
        QCOMPARE(volume->count(), 2); // inbound and outbound
        QCOMPARE(volume->barSets().at(0)->label(), u"Inbound"_s);
        QCOMPARE(volume->barSets().at(0)->at(0), 12.0);
        QCOMPARE(volume->barSets().at(1)->at(1), 3.0);
        QAbstractBarSeries* waiting = barsOf(charts.waiting());
        QCOMPARE(waiting->barSets().at(0)->count(), 5);
        QCOMPARE(waiting->barSets().at(0)->at(4), 2.0);
        QAbstractBarSeries* frt = barsOf(charts.firstResponse());
        QCOMPARE(frt->type(), QAbstractSeries::SeriesTypeHorizontalBar);
        QCOMPARE(frt->barSets().at(0)->at(1), 610.0 / 60); // minutes

        ChartBox* box = charts.volume();
        QVERIFY(box->chartView()->isVisible());
        box->toggleButton()->click();
        QVERIFY(!box->chartView()->isVisible());
        QVERIFY(box->numbers()->isVisible());
        QCOMPARE(box->numbers()->table()->model()->rowCount(), 2);
        QCOMPARE(box->toggleButton()->text(), u"Show chart"_s);
        QTemporaryDir dir;
        StatsTableBox::setNextExportPath(dir.filePath(u"volume.csv"_s));
        QVERIFY(box->numbers()->exportCsv());
        QFile file(dir.filePath(u"volume.csv"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(),
            QByteArray("Hour,Inbound,Outbound\r\n2026-11-25T13:00:00.000Z,12,15\r\n2026-11-25T14:00:00.000Z,"
                       "7,3\r\n"));

        report.applyStats({}); // a quiet day: empty charts, no stale bars
        QCOMPARE(barsOf(charts.volume())->barSets().at(0)->count(), 0);
    }
};

QTEST_MAIN(TestCostPanel)
#include "tst_costpanel.moc"

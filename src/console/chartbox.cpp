#include "console/chartbox.h"

#include "client/statstablemodel.h"
#include "console/statstablebox.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QPushButton>
#include <QVBoxLayout>
#include <QValueAxis>

namespace Atendo {

ChartBox::ChartBox(const QString& title, StatsTableModel* model, Spec spec, QWidget* parent)
    : QGroupBox(title, parent)
    , m_model(model)
    , m_spec(std::move(spec))
    , m_view(new QChartView(this))
    , m_numbers(new StatsTableBox(title, model, this))
    , m_toggle(new QPushButton(tr("Show numbers"), this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(220);
    m_numbers->setFlat(true);
    m_numbers->setTitle(QString());
    m_numbers->hide();
    m_toggle->setCheckable(true);
    m_toggle->setObjectName(QStringLiteral("showNumbersButton"));

    auto* bar = new QHBoxLayout;
    bar->addStretch(1);
    bar->addWidget(m_toggle);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_numbers, 1);
    layout->addLayout(bar);
    connect(m_toggle, &QPushButton::toggled, this, &ChartBox::showNumbers);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ChartBox::rebuild);
    rebuild();
}

QChart* ChartBox::chart() const
{
    return m_view->chart();
}

void ChartBox::showNumbers(bool show)
{
    m_view->setVisible(!show);
    m_numbers->setVisible(show);
    m_toggle->setText(show ? tr("Show chart") : tr("Show numbers"));
    if (m_toggle->isChecked() != show)
        m_toggle->setChecked(show);
}

void ChartBox::rebuild()
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setVisible(m_spec.valueColumns.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(palette().base());
    chart->setTitleBrush(palette().text());
    chart->legend()->setLabelBrush(palette().text());

    QAbstractBarSeries* series = m_spec.horizontal
        ? static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries)
        : static_cast<QAbstractBarSeries*>(new QBarSeries);
    QStringList labels;
    double top = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        labels << m_model->index(row, m_spec.labelColumn).data().toString();
    for (int column : std::as_const(m_spec.valueColumns)) {
        auto* set = new QBarSet(m_model->headerData(column, Qt::Horizontal).toString());
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const double value = m_model->value(row, column).toDouble() * m_spec.scale;
            set->append(value);
            top = std::max(top, value);
        }
        series->append(set);
    }
    series->setLabelsVisible(m_model->rowCount() <= 12);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(3);
    chart->addSeries(series);

    auto* categories = new QBarCategoryAxis;
    categories->append(labels);
    categories->setLabelsBrush(palette().text());
    auto* values = new QValueAxis;
    values->setRange(0, top > 0 ? top * 1.15 : 1);
    values->setLabelFormat(m_spec.scale == 1.0 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    values->setTitleText(m_spec.axisTitle);
    values->setLabelsBrush(palette().text());
    values->setTitleBrush(palette().text());
    chart->addAxis(categories, m_spec.horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, m_spec.horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);

    QChart* old = m_view->chart();
    m_view->setChart(chart); // the view owns the new chart; the old one is ours to delete
    delete old;
}

} // namespace Atendo

#include "console/costpanel.h"

#include "client/statstablemodel.h"
#include "console/consoletext.h"
#include "console/statstablebox.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Atendo {

CostPanel::CostPanel(StatsReport* report, QWidget* parent)
    : QWidget(parent)
    , m_report(report)
    , m_periods(new QButtonGroup(this))
    , m_range(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_byCategory(new StatsTableBox(tr("Notifications by category"), report->byCategory(), this))
    , m_byAgent(new StatsTableBox(tr("Notifications by agent"), report->byAgent(), this))
    , m_failures(new StatsTableBox(tr("Failed sends by Meta error"), report->failures(), this))
    , m_templates(new StatsTableBox(tr("Templates by status and quality"), report->templates(), this))
{
    auto* bar = new QHBoxLayout;
    const QList<std::pair<StatsReport::Period, QString>> periods {{StatsReport::Period::Today, tr("Today")},
        {StatsReport::Period::ThisWeek, tr("This week")}, {StatsReport::Period::ThisMonth, tr("This month")}};
    for (const auto& [period, label] : periods) {
        auto* button = new QPushButton(label, this);
        button->setCheckable(true);
        button->setChecked(period == m_period);
        m_periods->addButton(button, int(period));
        bar->addWidget(button);
    }
    bar->addSpacing(12);
    bar->addWidget(m_range, 1);
    auto* refresh = new QPushButton(tr("Refresh"), this);
    bar->addWidget(refresh);

    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.1);
    m_summary->setFont(big);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("costSummary"));

    auto* grid = new QGridLayout;
    grid->addWidget(m_byCategory, 0, 0);
    grid->addWidget(m_byAgent, 0, 1);
    grid->addWidget(m_failures, 1, 0);
    grid->addWidget(m_templates, 1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addLayout(grid, 1);

    connect(
        m_periods, &QButtonGroup::idClicked, this, [this](int id) { setPeriod(StatsReport::Period(id)); });
    connect(refresh, &QPushButton::clicked, this, &CostPanel::reload);
    connect(m_report, &StatsReport::loaded, this, &CostPanel::showTotals);
    connect(m_report, &StatsReport::loadFailed, this,
        [this](Protocol::ErrorCode code, const QString&) { m_summary->setText(ConsoleText::error(code)); });
    showTotals();
}

void CostPanel::setPeriod(StatsReport::Period period)
{
    m_period = period;
    if (auto* button = m_periods->button(int(period)))
        button->setChecked(true);
    reload();
}

void CostPanel::reload()
{
    m_summary->setText(tr("Loading…"));
    m_report->load(m_period);
}

void CostPanel::showTotals()
{
    const QLocale locale;
    if (m_report->from().isValid())
        m_range->setText(m_report->from() == m_report->to()
                ? locale.toString(m_report->from(), QLocale::LongFormat)
                : tr("%1 to %2")
                      .arg(locale.toString(m_report->from(), QLocale::ShortFormat),
                          locale.toString(m_report->to(), QLocale::ShortFormat)));
    const auto& t = m_report->totals();
    m_summary->setText(tr("%n notification(s) sent, estimated cost %1; Meta reported %2 billable. "
                          "%3 failed send(s), %4 opt-out(s).",
        nullptr, t.sent)
                           .arg(m_report->money(t.estimatedMicros))
                           .arg(t.billableReported)
                           .arg(t.failures)
                           .arg(t.optOuts));
}

} // namespace Atendo

#pragma once

#include "client/statsreport.h"

#include <QWidget>

class QButtonGroup;
class QLabel;

namespace Atendo {

class StatsTableBox;

// Cost and compliance for a team lead: notifications (templates) sent today,
// this week or this month by category and by agent with the rate card's
// estimate and what Meta's status webhooks reported billable; failed sends by
// Meta error code; opt-outs; templates by status and quality. Every table
// exports to CSV.
class CostPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CostPanel)

public:
    explicit CostPanel(StatsReport* report, QWidget* parent = nullptr);

    [[nodiscard]] StatsReport::Period period() const { return m_period; }
    void setPeriod(StatsReport::Period period);
    [[nodiscard]] QLabel* summary() const { return m_summary; }
    [[nodiscard]] StatsTableBox* byCategoryBox() const { return m_byCategory; }
    [[nodiscard]] StatsTableBox* byAgentBox() const { return m_byAgent; }
    [[nodiscard]] StatsTableBox* failuresBox() const { return m_failures; }
    [[nodiscard]] StatsTableBox* templatesBox() const { return m_templates; }

public Q_SLOTS:
    void reload();

private:
    void showTotals();

    StatsReport* m_report;
    StatsReport::Period m_period = StatsReport::Period::Today;
    QButtonGroup* m_periods;
    QLabel* m_range;
    QLabel* m_summary;
    StatsTableBox* m_byCategory;
    StatsTableBox* m_byAgent;
    StatsTableBox* m_failures;
    StatsTableBox* m_templates;
};

} // namespace Atendo

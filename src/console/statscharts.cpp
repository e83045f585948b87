#include "console/statscharts.h"

#include "client/statsreport.h"
#include "console/chartbox.h"

#include <QGridLayout>

namespace Atendo {

StatsCharts::StatsCharts(StatsReport* report, QWidget* parent)
    : QWidget(parent)
    , m_volume(new ChartBox(tr("Messages per hour"), report->volume(),
          {.labelColumn = 0, .valueColumns = {1, 2}, .axisTitle = tr("messages")}, this))
    , m_waiting(new ChartBox(tr("Waiting time before the first reply"), report->waiting(),
          {.labelColumn = 0, .valueColumns = {1}, .axisTitle = tr("conversations")}, this))
    , m_firstResponse(new ChartBox(tr("Median first response per agent"), report->firstResponse(),
          {.labelColumn = 0,
              .valueColumns = {1},
              .horizontal = true,
              .scale = 1.0 / 60,
              .axisTitle = tr("minutes")},
          this))
{
    auto* grid = new QGridLayout(this);
    grid->addWidget(m_volume, 0, 0, 1, 2);
    grid->addWidget(m_waiting, 1, 0);
    grid->addWidget(m_firstResponse, 1, 1);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);
}

} // namespace Atendo

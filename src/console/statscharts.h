#pragma once

#include <QWidget>

namespace Atendo {

class ChartBox;
class StatsReport;

// The lead's charts from the same stats.get report as the cost panel: inbound
// and outbound volume per hour, how long customers waited for a first reply,
// and each agent's median first-response time.
class StatsCharts : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatsCharts)

public:
    explicit StatsCharts(StatsReport* report, QWidget* parent = nullptr);

    [[nodiscard]] ChartBox* volume() const { return m_volume; }
    [[nodiscard]] ChartBox* waiting() const { return m_waiting; }
    [[nodiscard]] ChartBox* firstResponse() const { return m_firstResponse; }

private:
    ChartBox* m_volume;
    ChartBox* m_waiting;
    ChartBox* m_firstResponse;
};

} // namespace Atendo

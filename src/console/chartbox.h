#pragma once

#include <QGroupBox>

class QAbstractItemModel;
class QChart;
class QChartView;
class QPushButton;

namespace Atendo {

class StatsTableBox;
class StatsTableModel;

// One chart of the lead's statistics with its numbers: a bar chart drawn from a
// StatsTableModel (labels in one column, one bar set per value column), and
// "Show numbers" to swap it for the table with "Export CSV".
class ChartBox : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartBox)

public:
    struct Spec
    {
        int labelColumn = 0;
        QList<int> valueColumns;
        bool horizontal = false;
        double scale = 1.0; // e.g. 1/60 to draw seconds as minutes
        QString axisTitle;
    };

    ChartBox(const QString& title, StatsTableModel* model, Spec spec, QWidget* parent = nullptr);

    [[nodiscard]] QChart* chart() const;
    [[nodiscard]] QChartView* chartView() const { return m_view; }
    [[nodiscard]] StatsTableBox* numbers() const { return m_numbers; }
    [[nodiscard]] QPushButton* toggleButton() const { return m_toggle; }

public Q_SLOTS:
    // Draws the model's current rows.
    void rebuild();
    void showNumbers(bool show);

private:
    StatsTableModel* m_model;
    Spec m_spec;
    QChartView* m_view;
    StatsTableBox* m_numbers;
    QPushButton* m_toggle;
};

} // namespace Atendo

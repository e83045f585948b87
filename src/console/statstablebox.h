#pragma once

#include <QGroupBox>

#include <optional>

class QAbstractItemModel;
class QPushButton;
class QTableView;

namespace Atendo {

// A titled table of numbers with "Export CSV": the cost panel's tables and the
// numbers behind each chart. The export writes the raw values (StatsTableModel's
// ValueRole) so a spreadsheet gets numbers, not formatted text.
class StatsTableBox : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatsTableBox)

public:
    StatsTableBox(const QString& title, QAbstractItemModel* model, QWidget* parent = nullptr);

    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] QPushButton* exportButton() const { return m_export; }
    // A file name the next export uses instead of asking (GUI tests).
    static void setNextExportPath(const QString& path);

public Q_SLOTS:
    // Asks where (or takes the seam's path) and writes the CSV; false when cancelled or failed.
    bool exportCsv();

Q_SIGNALS:
    void exported(const QString& path);

private:
    QTableView* m_table;
    QPushButton* m_export;
    static std::optional<QString> s_nextPath;
};

} // namespace Atendo

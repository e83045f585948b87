#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <QVariant>

namespace Atendo {

// One table of a stats.get report (templates by category, volume per hour, …):
// each cell has what a person reads (DisplayRole) and the raw value (ValueRole:
// a number, an ISO time, a code) that sorts, feeds the charts and goes to CSV.
class StatsTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatsTableModel)

public:
    enum Role
    {
        ValueRole = Qt::UserRole + 1,
    };
    Q_ENUM(Role)

    struct Cell
    {
        QVariant display;
        QVariant value;
    };
    using Row = QList<Cell>;

    explicit StatsTableModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Headers are fixed by the report that owns the table.
    void setHeaders(const QStringList& headers);
    void setRows(const QList<Row>& rows);
    [[nodiscard]] QVariant value(int row, int column) const;

private:
    QStringList m_headers;
    QList<Row> m_rows;
};

} // namespace Atendo

#include "client/statstablemodel.h"

namespace Atendo {

StatsTableModel::StatsTableModel(QObject* parent) : QAbstractTableModel(parent)
{ }

int StatsTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StatsTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

void StatsTableModel::setHeaders(const QStringList& headers)
{
    beginResetModel();
    m_headers = headers;
    m_rows.clear();
    endResetModel();
}

void StatsTableModel::setRows(const QList<Row>& rows)
{
    beginResetModel();
    m_rows = rows;
    for (Row& row : m_rows)
        row.resize(m_headers.size());
    endResetModel();
}

QVariant StatsTableModel::value(int row, int column) const
{
    return m_rows.value(row).value(column).value;
}

QVariant StatsTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Cell& cell = m_rows.at(index.row()).at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return cell.display.isValid() ? cell.display : cell.value;
    case ValueRole:
        return cell.value;
    case Qt::TextAlignmentRole: {
        const auto type = cell.value.typeId();
        const bool number
            = type == QMetaType::Int || type == QMetaType::LongLong || type == QMetaType::Double;
        return number ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    }
    default:
        return {};
    }
}

QVariant StatsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_headers.value(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace Atendo

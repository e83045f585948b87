#pragma once

#include <QAbstractListModel>
#include <QList>

namespace Atendo {

// A list model of values with a key (a template's id, an agent's id) that follows
// a whole new list with row-level signals: rows that went are removed, rows that
// changed emit dataChanged, new rows are inserted, moved rows are moved. Views
// keep their selection and scroll position; no reset for one changed item.
template<typename T, typename Key> class KeyedListModel : public QAbstractListModel
{
public:
    using QAbstractListModel::QAbstractListModel;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_items.size());
    }
    [[nodiscard]] const QList<T>& items() const { return m_items; }

protected:
    [[nodiscard]] virtual Key keyOf(const T& item) const = 0;

    void applyList(const QList<T>& incoming)
    {
        QList<Key> wanted;
        wanted.reserve(incoming.size());
        for (const T& item : incoming)
            wanted.append(keyOf(item));
        for (int row = int(m_items.size()) - 1; row >= 0; --row) {
            if (!wanted.contains(keyOf(m_items.at(row)))) {
                beginRemoveRows({}, row, row);
                m_items.removeAt(row);
                endRemoveRows();
            }
        }
        for (int row = 0; row < incoming.size(); ++row) {
            const T& item = incoming.at(row);
            const int found = indexOfKey(keyOf(item), row);
            if (found < 0) {
                beginInsertRows({}, row, row);
                m_items.insert(row, item);
                endInsertRows();
                continue;
            }
            if (found != row) {
                beginMoveRows({}, found, found, {}, row);
                m_items.move(found, row);
                endMoveRows();
            }
            if (!(m_items.at(row) == item)) {
                m_items[row] = item;
                Q_EMIT dataChanged(index(row), index(row));
            }
        }
    }

    void replaceRow(int row, const T& item)
    {
        m_items[row] = item;
        Q_EMIT dataChanged(index(row), index(row));
    }

    [[nodiscard]] int indexOfKey(const Key& key, int from = 0) const
    {
        for (int row = from; row < m_items.size(); ++row) {
            if (keyOf(m_items.at(row)) == key)
                return row;
        }
        return -1;
    }

    QList<T> m_items;
};

} // namespace Atendo

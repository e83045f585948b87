#pragma once

#include "client/boardsnapshot.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Atendo {

// The roster as a lead reads it on the board: presence, open conversations
// against capacity, messages sent today and today's median first-response and
// response times. Numbers sort by SortRole; rows follow the board without a
// reset unless agents came or went.
class BoardRosterModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoardRosterModel)

public:
    enum Column
    {
        AgentColumn,
        PresenceColumn,
        LoadColumn,
        SentTodayColumn,
        FirstResponseColumn,
        ResponseColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // the raw number (or name) a column sorts by
        AgentIdRole,
        PresenceRole,
        OverCapacityRole,
    };
    Q_ENUM(Role)

    explicit BoardRosterModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setAgents(const QList<BoardAgent>& agents);
    void setAgentNames(const QHash<qint64, QString>& names);
    [[nodiscard]] QString agentName(qint64 agentId) const;
    [[nodiscard]] const QList<BoardAgent>& agents() const { return m_agents; }

private:
    [[nodiscard]] QVariant display(const BoardAgent& agent, int column) const;
    [[nodiscard]] QVariant sortValue(const BoardAgent& agent, int column) const;

    QList<BoardAgent> m_agents;
    QHash<qint64, QString> m_names;
};

} // namespace Atendo

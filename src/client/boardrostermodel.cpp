#include "client/boardrostermodel.h"

#include "client/leadtext.h"

namespace Atendo {

using namespace Qt::StringLiterals;

namespace {
bool overCapacity(const BoardAgent& a)
{
    return a.capacity > 0 && a.openCount > a.capacity;
}
} // namespace

BoardRosterModel::BoardRosterModel(QObject* parent) : QAbstractTableModel(parent)
{ }

int BoardRosterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_agents.size());
}

int BoardRosterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void BoardRosterModel::setAgents(const QList<BoardAgent>& agents)
{
    const bool sameRows = agents.size() == m_agents.size()
        && std::equal(agents.cbegin(), agents.cend(), m_agents.cbegin(),
            [](const BoardAgent& a, const BoardAgent& b) { return a.agentId == b.agentId; });
    if (!sameRows) {
        beginResetModel();
        m_agents = agents;
        endResetModel();
        return;
    }
    for (int row = 0; row < agents.size(); ++row) {
        if (agents.at(row) == m_agents.at(row))
            continue;
        m_agents[row] = agents.at(row);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void BoardRosterModel::setAgentNames(const QHash<qint64, QString>& names)
{
    m_names = names;
    if (!m_agents.isEmpty())
        Q_EMIT dataChanged(index(0, AgentColumn), index(rowCount() - 1, AgentColumn));
}

QString BoardRosterModel::agentName(qint64 agentId) const
{
    const QString name = m_names.value(agentId);
    return name.isEmpty() ? tr("Agent %1").arg(agentId) : name;
}

QVariant BoardRosterModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BoardAgent& a = m_agents.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(a, index.column());
    case Qt::TextAlignmentRole:
        return index.column() >= LoadColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::ToolTipRole:
        return index.column() == LoadColumn && overCapacity(a) ? tr("Over capacity") : QVariant();
    case SortRole:
        return sortValue(a, index.column());
    case AgentIdRole:
        return a.agentId;
    case PresenceRole:
        return a.presence;
    case OverCapacityRole:
        return overCapacity(a);
    default:
        return {};
    }
}

QVariant BoardRosterModel::display(const BoardAgent& a, int column) const
{
    switch (column) {
    case AgentColumn:
        return agentName(a.agentId);
    case PresenceColumn:
        return LeadText::presence(a.presence);
    case LoadColumn:
        return a.capacity > 0 ? tr("%1 / %2").arg(a.openCount).arg(a.capacity) : QString::number(a.openCount);
    case SentTodayColumn:
        return a.sentToday;
    case FirstResponseColumn:
        return LeadText::durationOrDash(a.firstResponseMedianS);
    case ResponseColumn:
        return LeadText::durationOrDash(a.responseMedianS);
    default:
        return {};
    }
}

QVariant BoardRosterModel::sortValue(const BoardAgent& a, int column) const
{
    switch (column) {
    case AgentColumn:
        return agentName(a.agentId).toLower();
    case PresenceColumn:
        return a.presence == u"online"_s ? 0 : a.presence == u"away"_s ? 1 : 2;
    case LoadColumn:
        // How full, so the most loaded sort together; without a limit nobody is full.
        return a.capacity > 0 ? double(a.openCount) / a.capacity : 0.0;
    case SentTodayColumn:
        return a.sentToday;
    case FirstResponseColumn:
        return a.firstResponseMedianS.value_or(-1);
    case ResponseColumn:
        return a.responseMedianS.value_or(-1);
    default:
        return {};
    }
}

QVariant BoardRosterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AgentColumn:
        return tr("Agent");
    case PresenceColumn:
        return tr("Presence");
    case LoadColumn:
        return tr("Open / capacity");
    case SentTodayColumn:
        return tr("Sent today");
    case FirstResponseColumn:
        return tr("Median first response");
    case ResponseColumn:
        return tr("Median response");
    default:
        return {};
    }
}

} // namespace Atendo

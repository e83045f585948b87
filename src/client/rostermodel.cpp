#include "client/rostermodel.h"

#include "client/agentsession.h"

namespace Atendo {

RosterModel::RosterModel(AgentSession* session, QObject* parent) : KeyedListModel(parent)
{
    if (!session)
        return;
    connect(session, &AgentSession::agentsChanged, this, &RosterModel::setAgents);
    connect(session, &AgentSession::presenceChanged, this, &RosterModel::setPresence);
    setAgents(session->agents());
}

void RosterModel::setAgents(const QList<Protocol::AgentInfo>& agents)
{
    applyList(agents);
}

void RosterModel::setPresence(qint64 agentId, const QString& presence)
{
    const int row = indexOfKey(agentId);
    if (row < 0 || m_items.at(row).presence == presence)
        return;
    Protocol::AgentInfo agent = m_items.at(row);
    agent.presence = presence;
    replaceRow(row, agent);
}

QVariant RosterModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Protocol::AgentInfo& a = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case DisplayNameRole:
        return a.displayName.isEmpty() ? a.username : a.displayName;
    case AgentIdRole:
        return a.id;
    case UsernameRole:
        return a.username;
    case RoleRole:
        return a.role;
    case PresenceRole:
        return a.presence;
    case OpenCountRole:
        return a.openCount;
    case CapacityRole:
        return a.capacity;
    case AtCapacityRole:
        return a.capacity > 0 && a.openCount >= a.capacity;
    case AgentRole:
        return QVariant::fromValue(a);
    default:
        return {};
    }
}

QHash<int, QByteArray> RosterModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{AgentIdRole, "agentId"}, {UsernameRole, "username"}, {DisplayNameRole, "displayName"},
        {RoleRole, "role"}, {PresenceRole, "presence"}, {OpenCountRole, "openCount"},
        {CapacityRole, "capacity"}, {AtCapacityRole, "atCapacity"}, {AgentRole, "agent"}});
    return names;
}

} // namespace Atendo

#pragma once

#include "client/keyedlistmodel.h"
#include "protocol/agentinfo.h"

namespace Atendo {

class AgentSession;

// The team: every agent with presence and load (open conversations / capacity),
// for the transfer menu and the status board.
class RosterModel : public KeyedListModel<Protocol::AgentInfo, qint64>
{
    Q_OBJECT

public:
    enum Role
    {
        AgentIdRole = Qt::UserRole + 1,
        UsernameRole,
        DisplayNameRole,
        RoleRole, // agent | team_lead | admin
        PresenceRole, // online | away | offline
        OpenCountRole,
        CapacityRole, // 0 = no limit
        AtCapacityRole,
        AgentRole, // the whole AgentInfo
    };
    Q_ENUM(Role)

    explicit RosterModel(AgentSession* session = nullptr, QObject* parent = nullptr);

    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    void setAgents(const QList<Protocol::AgentInfo>& agents);
    void setPresence(qint64 agentId, const QString& presence);

protected:
    [[nodiscard]] qint64 keyOf(const Protocol::AgentInfo& agent) const override { return agent.id; }
};

} // namespace Atendo

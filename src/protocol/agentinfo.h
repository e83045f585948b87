#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Atendo::Protocol {

// An agent as every console sees it (roster, assignee names, presence).
struct AgentInfo
{
    qint64 id = 0;
    QString username;
    QString displayName;
    QString role = QStringLiteral("agent"); // agent | team_lead | admin
    QString presence = QStringLiteral("offline"); // online | away | offline
    int capacity = 0; // maximum open conversations; 0 = no limit
    int openCount = 0;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static std::optional<AgentInfo> fromJson(const QJsonObject& object);
    friend bool operator==(const AgentInfo&, const AgentInfo&) = default;
};

} // namespace Atendo::Protocol

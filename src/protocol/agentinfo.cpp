#include "protocol/agentinfo.h"

namespace Atendo::Protocol {

using namespace Qt::StringLiterals;

QJsonObject AgentInfo::toJson() const
{
    return {{u"id"_s, id}, {u"username"_s, username}, {u"display_name"_s, displayName}, {u"role"_s, role},
        {u"presence"_s, presence}, {u"capacity"_s, capacity}, {u"open_count"_s, openCount}};
}

std::optional<AgentInfo> AgentInfo::fromJson(const QJsonObject& object)
{
    AgentInfo agent;
    agent.id = object.value(u"id"_s).toInteger();
    if (agent.id <= 0)
        return std::nullopt;
    agent.username = object.value(u"username"_s).toString();
    agent.displayName = object.value(u"display_name"_s).toString();
    agent.role = object.value(u"role"_s).toString(u"agent"_s);
    agent.presence = object.value(u"presence"_s).toString(u"offline"_s);
    agent.capacity = object.value(u"capacity"_s).toInt();
    agent.openCount = object.value(u"open_count"_s).toInt();
    return agent;
}

} // namespace Atendo::Protocol

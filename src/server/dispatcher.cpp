#include "server/dispatcher.h"

#include "server/clientconnection.h"
#include "server/serverlogging.h"

namespace Atendo {

using namespace Qt::StringLiterals;
using Protocol::ErrorCode;
using Protocol::Reply;

const AgentRow& OpCall::agent() const
{
    return connection.identity().agent;
}

AgentRole OpCall::role() const
{
    return Dispatcher::roleOf(agent());
}

Reply OpCall::ok(const QJsonObject& result) const
{
    return Reply::success(request.id, result);
}

Reply OpCall::fail(ErrorCode code, const QString& message, const QJsonObject& details) const
{
    return Reply::failure(request.id, code, message, details);
}

Reply OpCall::fail(const Protocol::Error& error) const
{
    return Reply {request.id, {}, error};
}

int Dispatcher::rank(AgentRole role)
{
    switch (role) {
    case AgentRole::Agent:
        return 0;
    case AgentRole::TeamLead:
        return 1;
    case AgentRole::Admin:
        return 2;
    }
    return 0;
}

AgentRole Dispatcher::roleOf(const AgentRow& agent)
{
    // The store's short "lead" and core's "team_lead" both mean a team lead.
    if (agent.role == u"lead")
        return AgentRole::TeamLead;
    return agentRoleFromName(agent.role).value_or(AgentRole::Agent);
}

void Dispatcher::add(QLatin1StringView op, Handler handler, AgentRole minRole, Access access)
{
    m_entries.insert(QString(op), Entry {std::move(handler), minRole, access});
}

void Dispatcher::dispatch(ClientConnection& connection, const Protocol::Request& request) const
{
    const auto it = m_entries.constFind(request.op);
    if (it == m_entries.constEnd()) {
        connection.sendReply(Reply::failure(request.id, ErrorCode::UnknownOp,
            u"unknown op \"%1\""_s.arg(request.op.left(64)), QJsonObject {{u"op"_s, request.op.left(64)}}));
        return;
    }
    if (it->access == Access::Authenticated && !connection.isAuthenticated()) {
        connection.sendReply(
            Reply::failure(request.id, ErrorCode::Unauthenticated, u"log in or resume a session first"_s));
        return;
    }
    if (it->access == Access::Authenticated
        && rank(roleOf(connection.identity().agent)) < rank(it->minRole)) {
        connection.sendReply(Reply::failure(request.id, ErrorCode::Forbidden,
            u"the %1 role may not use %2"_s.arg(connection.identity().agent.role, request.op),
            QJsonObject {{u"required_role"_s, agentRoleName(it->minRole)}}));
        return;
    }
    OpCall call {connection, request, {}};
    connection.sendReply(it->handler(call));
    if (call.afterReply)
        call.afterReply();
}

} // namespace Atendo

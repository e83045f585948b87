#pragma once

#include "core/messagingpolicy.h"
#include "protocol/frames.h"

#include <QHash>
#include <QString>

#include <functional>

namespace Atendo {

class ClientConnection;
struct AgentRow;

// One request being handled.
struct OpCall
{
    ClientConnection& connection;
    const Protocol::Request& request;
    // Runs once the reply is queued: replays that must follow it, or closing.
    std::function<void()> afterReply;

    [[nodiscard]] const AgentRow& agent() const;
    [[nodiscard]] AgentRole role() const;
    [[nodiscard]] Protocol::Reply ok(const QJsonObject& result = {}) const;
    [[nodiscard]] Protocol::Reply fail(
        Protocol::ErrorCode code, const QString& message, const QJsonObject& details = {}) const;
    [[nodiscard]] Protocol::Reply fail(const Protocol::Error& error) const;
};

// Op name to handler, with the least role each op needs. The checks every op
// shares live here, once: unknown op, not logged in, role too low.
class Dispatcher
{
public:
    using Handler = std::function<Protocol::Reply(OpCall&)>;

    enum class Access
    {
        Anyone, // login, resume
        Authenticated,
    };

    void add(QLatin1StringView op, Handler handler, AgentRole minRole = AgentRole::Agent,
        Access access = Access::Authenticated);
    void dispatch(ClientConnection& connection, const Protocol::Request& request) const;

    [[nodiscard]] static int rank(AgentRole role);
    [[nodiscard]] static AgentRole roleOf(const AgentRow& agent);

private:
    struct Entry
    {
        Handler handler;
        AgentRole minRole = AgentRole::Agent;
        Access access = Access::Authenticated;
    };
    QHash<QString, Entry> m_entries;
};

} // namespace Atendo

#pragma once

#include "server/servercontext.h"

#include <QString>

namespace Atendo {

struct AgentRow;

// A supervision action leaves two traces: a system note in the conversation
// ("Ana Ribeiro took over from Maria Souza"), journalled as message.created
// like any message so every console shows it, and a row in audit_log, which
// outlives the pruned journal. Call inside the op's transaction and EventBatch.
class AuditLog
{
public:
    explicit AuditLog(const ServerContext& context);

    // The note's message id; 0 when nothing could be stored.
    qint64 takeover(const AgentRow& actor, qint64 conversationId, qint64 fromAgentId);
    qint64 transfer(const AgentRow& actor, qint64 conversationId, qint64 fromAgentId, qint64 toAgentId);

private:
    qint64 record(const AgentRow& actor, qint64 conversationId, const QString& action, qint64 fromAgentId,
        qint64 toAgentId, const QString& text);
    [[nodiscard]] QString nameOf(qint64 agentId) const;

    ServerContext m_context;
};

} // namespace Atendo

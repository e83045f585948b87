#include "server/statusaudience.h"

#include "protocol/ops.h"

namespace Atendo {

using namespace Qt::StringLiterals;

void StatusAudience::learn(const Protocol::Event& event)
{
    if (event.ev != Protocol::Ev::ConversationChanged)
        return;
    const QJsonObject conversation = event.data.value(u"conversation"_s).toObject();
    const qint64 id = conversation.value(u"id"_s).toInteger();
    if (id <= 0)
        return;
    const qint64 assignee = conversation.value(u"assignee_id"_s).toInteger();
    assign(id, conversation.value(u"state"_s).toString() == u"resolved" ? 0 : assignee);
}

void StatusAudience::assign(qint64 conversationId, qint64 assigneeId)
{
    if (assigneeId <= 0)
        m_assignee.remove(conversationId);
    else
        m_assignee.insert(conversationId, assigneeId);
}

StatusAudience::Decision StatusAudience::decide(const Protocol::Event& event) const
{
    if (!event.isJournalled() || event.ev != Protocol::Ev::MessageStatus)
        return {};
    const qint64 conversationId = event.data.value(u"conversation_id"_s).toInteger();
    const auto known = m_assignee.constFind(conversationId);
    if (conversationId <= 0 || known == m_assignee.constEnd())
        return {};
    return Decision {true, conversationId, known.value()};
}

} // namespace Atendo

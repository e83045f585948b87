#include "server/messageaudience.h"

#include "protocol/ops.h"

namespace Atendo {

using namespace Qt::StringLiterals;

void MessageAudience::learn(const Protocol::Event& event)
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

void MessageAudience::assign(qint64 conversationId, qint64 assigneeId)
{
    if (assigneeId <= 0)
        m_assignee.remove(conversationId);
    else
        m_assignee.insert(conversationId, assigneeId);
}

namespace {

// Notes (whispers, take-over and transfer notes) go to the whole team in full:
// they are few, and they are how the team talks. Only the customer's and the
// agents' messages, the bulk of a busy number, are elided.
qint64 customerOrAgentMessage(const QJsonObject& message)
{
    const QString direction = message.value(u"direction"_s).toString();
    if (direction != u"in" && direction != u"out")
        return 0;
    return message.value(u"conversation_id"_s).toInteger();
}

} // namespace

MessageAudience::Decision MessageAudience::decide(const Protocol::Event& event) const
{
    if (!event.isJournalled())
        return {};
    qint64 conversationId = 0;
    if (event.ev == Protocol::Ev::MessageStatus)
        conversationId = event.data.value(u"conversation_id"_s).toInteger();
    else if (event.ev == Protocol::Ev::MessageCreated)
        conversationId = customerOrAgentMessage(event.data.value(u"message"_s).toObject());
    else
        return {};
    const auto known = m_assignee.constFind(conversationId);
    if (conversationId <= 0 || known == m_assignee.constEnd())
        return {};
    return Decision {true, conversationId, known.value()};
}

} // namespace Atendo

#include "server/conversationservice.h"

#include "core/clock.h"
#include "protocol/ops.h"
#include "server/dispatcher.h"
#include "server/eventbus.h"
#include "server/presencetracker.h"
#include "server/serverconfig.h"
#include "server/wiremapper.h"
#include "store/agentrepository.h"
#include "store/conversationrepository.h"
#include "store/database.h"

#include <algorithm>

namespace Atendo {

using namespace Qt::StringLiterals;
using Protocol::Error;
using Protocol::ErrorCode;

namespace {

bool isLead(const AgentRow& agent)
{
    return Dispatcher::rank(Dispatcher::roleOf(agent)) >= Dispatcher::rank(AgentRole::TeamLead);
}

Error error(ErrorCode code, const QString& message, const QJsonObject& details = {})
{
    return Error {code, message, details};
}

} // namespace

ConversationService::ConversationService(const ServerContext& context) : m_context(context)
{ }

ConversationService::Outcome ConversationService::load(qint64 conversationId) const
{
    const auto row = ConversationRepository(*m_context.database).findById(conversationId);
    if (!row)
        return Outcome {error(ErrorCode::NotFound, u"no conversation %1"_s.arg(conversationId)), {}};
    return Outcome {std::nullopt, *row};
}

ConversationService::Outcome ConversationService::finish(qint64 conversationId)
{
    publish(conversationId);
    return load(conversationId);
}

void ConversationService::publish(qint64 conversationId)
{
    if (const auto info = m_context.wire->conversation(conversationId))
        m_context.bus->publish(
            Protocol::Ev::ConversationChanged, QJsonObject {{u"conversation"_s, info->toJson()}});
}

std::optional<ConversationRow> ConversationService::forInbound(
    const ContactRow& contact, const QDateTime& now)
{
    ConversationRepository repo(*m_context.database);
    if (auto latest = repo.latestForContact(contact.id)) {
        if (latest->state == u"resolved") {
            // A customer writing again reopens their ticket, back in the queue.
            repo.setState(latest->id, u"open"_s, now);
            repo.setAssignee(latest->id, 0);
            return repo.findById(latest->id);
        }
        return latest;
    }
    return repo.create(contact.id, now);
}

ConversationService::Outcome ConversationService::claim(qint64 conversationId, const AgentRow& actor)
{
    Outcome current = load(conversationId);
    if (current.error)
        return current;
    if (current.row.assigneeId == actor.id)
        return current;
    if (current.row.state == u"resolved")
        return Outcome {
            error(ErrorCode::Conflict, u"The conversation is resolved; reopen it first"_s), current.row};
    if (!ConversationRepository(*m_context.database).claim(conversationId, actor.id)) {
        const Outcome now = load(conversationId);
        return Outcome {error(ErrorCode::Conflict, u"Another agent claimed this conversation first"_s,
                            QJsonObject {{u"assignee_id"_s, now.row.assigneeId}}),
            now.row};
    }
    return finish(conversationId);
}

ConversationService::Outcome ConversationService::transfer(
    qint64 conversationId, qint64 toAgentId, const AgentRow& actor)
{
    Outcome current = load(conversationId);
    if (current.error)
        return current;
    if (!isLead(actor) && current.row.assigneeId != actor.id) {
        return Outcome {error(ErrorCode::NotAssigned, u"You can transfer only your own conversations"_s,
                            QJsonObject {{u"assignee_id"_s, current.row.assigneeId}}),
            current.row};
    }
    if (toAgentId != 0) {
        const auto target = AgentRepository(*m_context.database).findById(toAgentId);
        if (!target || target->disabled)
            return Outcome {error(ErrorCode::NotFound, u"no agent %1"_s.arg(toAgentId)), current.row};
    }
    if (!ConversationRepository(*m_context.database).setAssignee(conversationId, toAgentId))
        return Outcome {error(ErrorCode::Internal, u"the transfer could not be stored"_s), current.row};
    return finish(conversationId);
}

ConversationService::Outcome ConversationService::resolve(qint64 conversationId, const AgentRow& actor)
{
    Outcome current = load(conversationId);
    if (current.error)
        return current;
    if (!isLead(actor) && current.row.assigneeId != 0 && current.row.assigneeId != actor.id) {
        return Outcome {error(ErrorCode::NotAssigned, u"The conversation belongs to another agent"_s,
                            QJsonObject {{u"assignee_id"_s, current.row.assigneeId}}),
            current.row};
    }
    if (current.row.state == u"resolved")
        return current;
    ConversationRepository(*m_context.database)
        .setState(conversationId, u"resolved"_s, m_context.clock->now());
    return finish(conversationId);
}

ConversationService::Outcome ConversationService::reopen(qint64 conversationId, const AgentRow& actor)
{
    Q_UNUSED(actor)
    Outcome current = load(conversationId);
    if (current.error)
        return current;
    if (current.row.state != u"resolved")
        return current;
    ConversationRepository(*m_context.database).setState(conversationId, u"open"_s, m_context.clock->now());
    return finish(conversationId);
}

bool ConversationService::autoAssign(qint64 conversationId)
{
    if (!m_context.config->autoAssign)
        return false;
    ConversationRepository repo(*m_context.database);
    const auto row = repo.findById(conversationId);
    if (!row || row->assigneeId != 0)
        return false;
    const QHash<qint64, int> open = repo.countOpenByAgent();
    QList<AgentRow> candidates;
    const QList<AgentRow> agents = AgentRepository(*m_context.database).list();
    for (const AgentRow& agent : agents) {
        const int capacity = agent.capacity > 0 ? agent.capacity : m_context.config->defaultCapacity;
        if (!agent.disabled && m_context.presence->isOnline(agent.id)
            && (capacity == 0 || open.value(agent.id) < capacity))
            candidates.append(agent);
    }
    if (candidates.isEmpty())
        return false;
    // The next agent after the last one served, by id, wrapping around.
    const auto next = std::find_if(candidates.cbegin(), candidates.cend(),
        [this](const AgentRow& agent) { return agent.id > m_lastAutoAssigned; });
    const AgentRow& chosen = next != candidates.cend() ? *next : candidates.first();
    if (!repo.claim(conversationId, chosen.id))
        return false;
    m_lastAutoAssigned = chosen.id;
    return true;
}

} // namespace Atendo

// AgentSession: server events, applied once each and in journal order.
#include "client/agentsession.h"
#include "client/clientlog.h"
#include "client/localcache.h"
#include "protocol/ops.h"

namespace Atendo {

using namespace Qt::StringLiterals;

void AgentSession::handleEvent(const Protocol::Event& event)
{
    if (event.isJournalled()) {
        applyJournalled(event);
        return;
    }
    if (event.ev == Protocol::Ev::Hello) {
        handleHello(event);
    } else if (event.ev == Protocol::Ev::Presence) {
        const qint64 agentId = event.data.value(u"agent_id"_s).toInteger();
        const QString presence = event.data.value(u"presence"_s).toString();
        m_working.setPresence(agentId, presence);
        if (agentId == m_agent.id)
            m_agent.presence = presence;
        Q_EMIT presenceChanged(agentId, presence);
    } else if (event.ev == Protocol::Ev::Resync) {
        qCInfo(lcClient) << "server asked for a resync";
        requestSnapshot();
    } else {
        Q_EMIT ephemeralEvent(event);
    }
}

void AgentSession::applyJournalled(const Protocol::Event& event)
{
    if (m_state != State::Online || m_awaitingSnapshot) {
        m_buffered.append(event); // applied on top of the snapshot or after the resume reply
        return;
    }
    if (event.seq <= m_lastSeq)
        return; // already applied (a replay overlapping what we had)
    if (event.seq != m_lastSeq + 1) {
        // Something was lost in between. Resume from what we have; if the replay
        // jumps the same way, the journal simply has no such seq and we go on.
        if (m_gapResumedAt != m_lastSeq) {
            m_gapResumedAt = m_lastSeq;
            m_buffered.clear();
            dropAndResume(u"gap in the journal after seq %1 (got %2)"_s.arg(m_lastSeq).arg(event.seq));
            return;
        }
        qCWarning(lcClient) << "journal has no seq between" << m_lastSeq << "and" << event.seq;
    }
    beginBatch(); // part of the frame's batch; on its own when called outside one
    applyEvent(event);
    m_lastSeq = event.seq;
    m_batchAdvancedSeq = true;
    endBatch();
}

void AgentSession::beginBatch()
{
    if (m_batchDepth++ > 0)
        return;
    m_batchCache = m_cache;
    if (m_batchCache)
        m_batchCache->beginBatch();
}

void AgentSession::endBatch()
{
    if (--m_batchDepth > 0)
        return;
    // Taken before publishing: a slot may start (and end) a batch of its own.
    LocalCache* cache = std::exchange(m_batchCache, nullptr);
    const bool advanced = std::exchange(m_batchAdvancedSeq, false);
    publishConversationChanges();
    if (!cache)
        return;
    if (advanced)
        cache->setLastSeq(m_lastSeq); // in the same transaction as what it covers
    cache->endBatch();
}

void AgentSession::startCatchUp(qint64 head)
{
    finishCatchUp();
    if (head <= m_lastSeq)
        return; // nothing was missed
    m_catchUpTo = head;
    m_catchUpFresh = true;
    beginBatch();
}

void AgentSession::finishCatchUp()
{
    if (m_catchUpTo == 0)
        return;
    m_catchUpTo = 0;
    endBatch();
}

void AgentSession::endFrame(qint64 seqBefore)
{
    endBatch();
    if (m_catchUpTo == 0)
        return;
    // Ending early is always safe (it only publishes sooner); holding on is not.
    const bool stalled = !std::exchange(m_catchUpFresh, false) && m_lastSeq == seqBefore;
    if (m_lastSeq >= m_catchUpTo || stalled)
        finishCatchUp();
}

void AgentSession::queueConversationChange(const Protocol::ConversationInfo& conversation)
{
    const auto known = m_changedIndex.constFind(conversation.id);
    if (known != m_changedIndex.cend()) {
        m_changedConversations[*known] = conversation; // the latest state wins
        return;
    }
    m_changedIndex.insert(conversation.id, m_changedConversations.size());
    m_changedConversations.append(conversation);
}

void AgentSession::publishConversationChanges()
{
    if (m_changedConversations.isEmpty())
        return;
    const auto changed = std::exchange(m_changedConversations, {});
    m_changedIndex.clear();
    if (m_cache)
        m_cache->saveConversations(changed);
    Q_EMIT conversationsChanged(changed);
    for (const auto& conversation : changed)
        Q_EMIT conversationChanged(conversation);
}

void AgentSession::applyEvent(const Protocol::Event& event)
{
    const QJsonObject& data = event.data;
    if (event.ev == Protocol::Ev::ConversationChanged) {
        if (auto conversation
            = Protocol::ConversationInfo::fromJson(data.value(u"conversation"_s).toObject())) {
            m_working.upsertConversation(*conversation);
            queueConversationChange(*conversation); // announced once, at the end of the batch
        }
    } else if (event.ev == Protocol::Ev::MessageCreated) {
        if (auto message = Protocol::MessageInfo::fromJson(data.value(u"message"_s).toObject()))
            applyMessageCreated(*message);
    } else if (event.ev == Protocol::Ev::MessageStatus) {
        const qint64 messageId = data.value(u"message_id"_s).toInteger();
        if (messageId <= 0)
            return; // a stub the server left in place of a dropped status: only its seq counts
        if (m_cache)
            m_cache->applyMessageStatus(messageId, data);
        Q_EMIT messageStatusChanged(data.value(u"conversation_id"_s).toInteger(), messageId, data);
    } else if (event.ev == Protocol::Ev::ContactChanged) {
        if (auto contact = Protocol::ContactInfo::fromJson(data.value(u"contact"_s).toObject())) {
            // The models apply the contact to rows as they are: bring them up to date first.
            publishConversationChanges();
            m_working.applyContact(*contact);
            Q_EMIT contactChanged(*contact);
        }
    } else if (event.ev == Protocol::Ev::TemplateChanged) {
        QString error;
        if (auto tmpl = MessageTemplate::fromGraphJson(data.value(u"template"_s).toObject(), &error)) {
            m_working.upsertTemplate(*tmpl);
            if (m_cache)
                m_cache->saveTemplates(m_working.templates());
            Q_EMIT templatesChanged(m_working.templates());
        } else {
            qCWarning(lcClient) << "template.changed with a malformed template:" << error;
        }
    } else if (event.ev == Protocol::Ev::AgentChanged) {
        if (auto agent = Protocol::AgentInfo::fromJson(data.value(u"agent"_s).toObject())) {
            m_working.upsertAgent(*agent);
            if (agent->id == m_agent.id)
                m_agent = *agent;
            if (m_cache)
                m_cache->saveAgents(m_working.agents());
            Q_EMIT agentsChanged(m_working.agents());
        }
    } else {
        qCDebug(lcClient) << "ignoring journalled event" << event.ev;
    }
}

void AgentSession::applyMessageCreated(const Protocol::MessageInfo& message)
{
    if (m_cache)
        m_cache->saveMessages({message});
    if (!message.key.isEmpty() && m_pending.contains(message.key)) {
        m_pending.confirm(message.key); // the echo becomes this message
        Q_EMIT messageUpdated(message);
        return;
    }
    if (!message.key.isEmpty() && m_pending.wasConfirmed(message.key)) {
        Q_EMIT messageUpdated(message); // the reply came first; this copy merges
        return;
    }
    Q_EMIT messageAdded(message);
}

void AgentSession::applySnapshotReply(const QJsonObject& ok)
{
    publishConversationChanges(); // what came before the snapshot, in order
    m_working.applySnapshot(ok);
    m_lastSeq = ok.value(u"last_seq"_s).toInteger();
    if (m_cache)
        m_cache->saveSnapshot(
            m_lastSeq, m_working.conversations(), m_working.templates(), m_working.agents());
    Q_EMIT snapshotLoaded();
    Q_EMIT templatesChanged(m_working.templates());
    Q_EMIT agentsChanged(m_working.agents());
}

} // namespace Atendo

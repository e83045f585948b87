#include "client/supervision.h"

#include "protocol/ops.h"

#include <QJsonArray>
#include <QUuid>

namespace Atendo {

using namespace Qt::StringLiterals;

namespace {
constexpr int DraftIntervalMs = 1000;
} // namespace

Supervision::Supervision(AgentSession* session, QObject* parent) : QObject(parent), m_session(session)
{
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(DraftIntervalMs);
    connect(&m_draftTimer, &QTimer::timeout, this, &Supervision::flushDraft);
    connect(m_session, &AgentSession::ephemeralEvent, this, &Supervision::onEphemeral);
    // The server forgets who views what when the link drops.
    connect(m_session, &AgentSession::stateChanged, this, [this](AgentSession::State state) {
        if (state == AgentSession::State::Online && m_viewing)
            sendView();
    });
}

void Supervision::setLeadMode(bool lead)
{
    if (lead == m_lead)
        return;
    const bool wasSilent = isSilent();
    m_lead = lead;
    if (wasSilent != isSilent()) {
        if (m_viewing)
            sendView();
        Q_EMIT silentChanged(isSilent());
    }
}

void Supervision::setSilent(bool silent)
{
    if (silent == m_silent)
        return;
    const bool wasSilent = isSilent();
    m_silent = silent;
    if (wasSilent == isSilent())
        return;
    if (m_viewing)
        sendView();
    Q_EMIT silentChanged(isSilent());
}

void Supervision::viewConversation(qint64 conversationId, bool mine)
{
    if (conversationId == m_viewing && mine == m_viewingMine)
        return;
    if (m_draftPending && conversationId != m_viewing)
        flushDraft(); // the last words typed belong to the conversation being left
    const bool wasSilent = isSilent();
    m_viewing = conversationId;
    m_viewingMine = mine;
    sendView();
    if (wasSilent != isSilent())
        Q_EMIT silentChanged(isSilent());
}

void Supervision::sendView()
{
    if (m_session->state() != AgentSession::State::Online)
        return; // sent again when the session comes online
    QJsonObject args {{u"conversation_id"_s, m_viewing ? QJsonValue(m_viewing) : QJsonValue()}};
    if (isSilent())
        args.insert(u"silent"_s, true);
    m_session->request(Protocol::Op::View, args);
}

void Supervision::reportDraft(qint64 conversationId, const QString& draft)
{
    if (conversationId == 0)
        return;
    if (m_draftPending && conversationId != m_draftConversation)
        flushDraft();
    m_draftConversation = conversationId;
    m_pendingDraft = draft;
    m_draftPending = true;
    if (!m_draftTimer.isActive())
        m_draftTimer.start();
}

void Supervision::flushDraft()
{
    m_draftTimer.stop();
    if (!m_draftPending)
        return;
    m_draftPending = false;
    m_session->request(
        Protocol::Op::Typing, {{u"conversation_id"_s, m_draftConversation}, {u"draft"_s, m_pendingDraft}});
}

void Supervision::whisper(qint64 conversationId, const QString& text, AgentSession::ReplyHandler done)
{
    const QJsonObject args {{u"conversation_id"_s, conversationId},
        {u"key"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)}, {u"text"_s, text}};
    m_session->request(Protocol::Op::Whisper, args, std::move(done));
}

void Supervision::takeOver(qint64 conversationId, AgentSession::ReplyHandler done)
{
    m_session->request(Protocol::Op::ConversationTakeover, {{u"conversation_id"_s, conversationId}}, std::move(done));
}

void Supervision::onEphemeral(const Protocol::Event& event)
{
    const qint64 conversationId = event.data.value(u"conversation_id"_s).toInteger();
    if (event.ev == Protocol::Ev::Viewers) {
        QList<qint64> ids;
        for (const QJsonValue& v : event.data.value(u"agent_ids"_s).toArray())
            ids.append(v.toInteger());
        m_viewers.insert(conversationId, ids);
        Q_EMIT viewersChanged(conversationId, ids);
    } else if (event.ev == Protocol::Ev::Typing) {
        const qint64 agentId = event.data.value(u"agent_id"_s).toInteger();
        if (agentId == m_session->agent().id || !event.data.contains(u"draft"_s))
            return;
        const QString text = event.data.value(u"draft"_s).toString();
        m_drafts.insert(conversationId, {agentId, text});
        Q_EMIT draftChanged(conversationId, agentId, text);
    }
}

} // namespace Atendo

#include "client/boardmodel.h"

#include "client/boardalertmodel.h"
#include "client/boardrostermodel.h"
#include "client/clientlog.h"
#include "protocol/ops.h"

namespace Atendo {

using namespace Qt::StringLiterals;

BoardModel::BoardModel(AgentSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_roster(new BoardRosterModel(this))
    , m_alerts(new BoardAlertModel(this))
{
    m_alerts->setConversationLookup([this](qint64 id) { return m_session->conversation(id); });
    m_alerts->setAgentNameLookup([this](qint64 id) { return m_roster->agentName(id); });
    connect(m_session, &AgentSession::stateChanged, this, &BoardModel::onStateChanged);
    connect(m_session, &AgentSession::ephemeralEvent, this, &BoardModel::onEphemeral);
    connect(m_session, &AgentSession::agentsChanged, this, &BoardModel::updateAgentNames);
    updateAgentNames(m_session->agents());
}

void BoardModel::subscribe()
{
    if (m_wanted)
        return;
    m_wanted = true;
    if (m_session->state() == AgentSession::State::Online)
        sendSubscribe();
}

void BoardModel::unsubscribe()
{
    if (!m_wanted)
        return;
    m_wanted = false;
    if (m_session->state() == AgentSession::State::Online)
        m_session->request(Protocol::Op::BoardUnsubscribe, {});
}

void BoardModel::sendSubscribe()
{
    if (m_subscribing)
        return;
    m_subscribing = true;
    m_session->request(Protocol::Op::BoardSubscribe, {}, [this](const Protocol::Reply& reply) {
        m_subscribing = false;
        if (!reply.isOk()) {
            qCWarning(lcClient) << "board.subscribe refused:" << reply.err->message;
            m_wanted = false;
            Q_EMIT subscribeFailed(reply.err->code, reply.err->message);
            return;
        }
        if (m_wanted)
            applyBoard(reply.ok.value(u"board"_s).toObject());
    });
}

void BoardModel::onStateChanged(AgentSession::State state)
{
    if (state != AgentSession::State::Online) {
        m_subscribing = false; // a reply lost with the link never comes
        return;
    }
    if (m_wanted)
        sendSubscribe();
}

void BoardModel::onEphemeral(const Protocol::Event& event)
{
    if (event.ev == Protocol::Ev::Board && m_wanted)
        applyBoard(event.data.value(u"board"_s).toObject());
}

void BoardModel::applyBoard(const QJsonObject& board)
{
    m_board = BoardSnapshot::fromJson(board);
    m_roster->setAgents(m_board.agents);
    m_alerts->setBoard(m_board);
    QSet<QString> current;
    QList<BoardAlert> raised;
    for (const BoardAlert& alert : std::as_const(m_board.alerts)) {
        current.insert(alert.identity());
        if (!m_seenAlerts.contains(alert.identity()))
            raised.append(alert);
    }
    m_seenAlerts = current; // one that clears and comes back is news again
    Q_EMIT boardChanged();
    if (!raised.isEmpty())
        Q_EMIT alertsRaised(raised);
}

void BoardModel::updateAgentNames(const QList<Protocol::AgentInfo>& agents)
{
    QHash<qint64, QString> names;
    for (const Protocol::AgentInfo& agent : agents)
        names.insert(agent.id, agent.displayName.isEmpty() ? agent.username : agent.displayName);
    m_roster->setAgentNames(names);
}

} // namespace Atendo

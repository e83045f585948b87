#include "client/boardalertmodel.h"

#include "client/leadtext.h"

#include <algorithm>

namespace Atendo {

using namespace Qt::StringLiterals;

BoardAlertModel::BoardAlertModel(QObject* parent) : QAbstractListModel(parent)
{ }

int BoardAlertModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

void BoardAlertModel::setBoard(const BoardSnapshot& board)
{
    QList<BoardAlert> alerts = board.alerts;
    std::stable_sort(alerts.begin(), alerts.end(), [](const BoardAlert& a, const BoardAlert& b) {
        if (a.isCritical() != b.isCritical())
            return a.isCritical();
        return a.since < b.since;
    });
    m_board = board;
    const bool sameRows = alerts.size() == m_alerts.size()
        && std::equal(alerts.cbegin(), alerts.cend(), m_alerts.cbegin(),
            [](const BoardAlert& a, const BoardAlert& b) { return a.identity() == b.identity(); });
    if (!sameRows) {
        beginResetModel();
        m_alerts = alerts;
        endResetModel();
        return;
    }
    m_alerts = alerts;
    // The sentences hold durations measured against the board's time: all may change.
    if (!m_alerts.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

QVariant BoardAlertModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BoardAlert& a = m_alerts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return describe(a);
    case KindRole:
        return a.kind;
    case SeverityRole:
        return a.severity;
    case CriticalRole:
        return a.isCritical();
    case ConversationIdRole:
        return a.conversationId;
    case AgentIdRole:
        return a.agentId;
    case SinceRole:
        return a.since;
    case IdentityRole:
        return a.identity();
    default:
        return {};
    }
}

QString BoardAlertModel::contactOf(qint64 conversationId) const
{
    const auto c = m_conversation ? m_conversation(conversationId) : std::nullopt;
    if (!c)
        return tr("conversation %1").arg(conversationId);
    return c->contact.name.isEmpty() ? c->contact.phone : c->contact.name;
}

QString BoardAlertModel::agentOf(qint64 agentId) const
{
    const QString name = m_agentName ? m_agentName(agentId) : QString();
    return name.isEmpty() ? tr("Agent %1").arg(agentId) : name;
}

QString BoardAlertModel::describe(const BoardAlert& a) const
{
    const QDateTime at = m_board.at.isValid() ? m_board.at : a.since;
    if (a.kind == u"customer_waiting"_s)
        return tr("%1 has waited %2 for a reply")
            .arg(contactOf(a.conversationId), LeadText::duration(a.since.secsTo(at)));
    if (a.kind == u"window_closing"_s) {
        const auto c = m_conversation ? m_conversation(a.conversationId) : std::nullopt;
        if (c && c->windowExpiresAt.isValid())
            return tr("The window with %1 closes in %2 and nobody has replied")
                .arg(contactOf(a.conversationId), LeadText::duration(at.secsTo(c->windowExpiresAt)));
        return tr("The window with %1 closes within the hour and nobody has replied")
            .arg(contactOf(a.conversationId));
    }
    if (a.kind == u"agent_over_capacity"_s) {
        const auto agent = m_board.agent(a.agentId);
        if (agent)
            return tr("%1 holds %2 open conversations, over a capacity of %3")
                .arg(agentOf(a.agentId))
                .arg(agent->openCount)
                .arg(agent->capacity);
        return tr("%1 is over capacity").arg(agentOf(a.agentId));
    }
    if (a.kind == u"outbox_backlog"_s)
        return tr("%n message(s) waiting in the outbox", nullptr, int(a.value));
    if (a.kind == u"meta_errors"_s)
        return tr("%n send(s) failed at Meta in the last hour", nullptr, int(a.value));
    return a.kind;
}

} // namespace Atendo

#include "client/leadconversationsproxy.h"

#include "client/leadconversationsmodel.h"

namespace Atendo {

LeadConversationsProxy::LeadConversationsProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(LeadConversationsModel::SortRole);
    setDynamicSortFilter(true);
}

void LeadConversationsProxy::setAgentFilter(qint64 agentId)
{
    if (agentId == m_agent)
        return;
    m_agent = agentId;
    invalidateRowsFilter();
}

void LeadConversationsProxy::setStateFilter(const QString& state)
{
    if (state == m_state)
        return;
    m_state = state;
    invalidateRowsFilter();
}

void LeadConversationsProxy::setWaitingOverMinutes(int minutes)
{
    if (minutes == m_waitingOver)
        return;
    m_waitingOver = std::max(0, minutes);
    invalidateRowsFilter();
}

void LeadConversationsProxy::setWindowClosingWithinMinutes(int minutes)
{
    if (minutes == m_closingWithin)
        return;
    m_closingWithin = std::max(0, minutes);
    invalidateRowsFilter();
}

void LeadConversationsProxy::refresh()
{
    if (m_waitingOver > 0 || m_closingWithin > 0)
        invalidateRowsFilter();
}

bool LeadConversationsProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    using M = LeadConversationsModel;
    if (m_agent != AnyAgent && index.data(M::AssigneeIdRole).toLongLong() != m_agent)
        return false;
    if (!m_state.isEmpty() && index.data(M::StateRole).toString() != m_state)
        return false;
    if (m_waitingOver > 0) {
        const QVariant waiting = index.data(M::WaitingSecondsRole);
        if (!waiting.isValid() || waiting.toLongLong() <= qint64(m_waitingOver) * 60)
            return false;
    }
    if (m_closingWithin > 0) {
        const QVariant left = index.data(M::WindowRemainingSecondsRole);
        if (!left.isValid() || left.toLongLong() <= 0 || left.toLongLong() > qint64(m_closingWithin) * 60)
            return false;
    }
    return true;
}

} // namespace Atendo

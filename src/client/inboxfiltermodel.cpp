#include "client/inboxfiltermodel.h"

#include "client/inboxmodel.h"
#include "core/customerwindow.h"

namespace Atendo {

using namespace Qt::StringLiterals;

InboxFilterModel::InboxFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent), m_closingSoon(CustomerWindow::DefaultClosingSoonThreshold)
{
    setDynamicSortFilter(true);
    sort(0);
}

void InboxFilterModel::setFilter(Filter filter)
{
    if (m_filter == filter)
        return;
    m_filter = filter;
    invalidateFilter();
}

void InboxFilterModel::setSearchText(const QString& text)
{
    if (m_searchText == text)
        return;
    m_searchText = text;
    m_foldedSearch = InboxModel::foldForSearch(text.trimmed());
    m_searchDigits.clear();
    for (const QChar c : text) {
        if (c.isDigit())
            m_searchDigits += c;
    }
    invalidateFilter();
}

void InboxFilterModel::setMyAgentId(qint64 agentId)
{
    if (m_myAgentId == agentId)
        return;
    m_myAgentId = agentId;
    if (m_filter == Filter::Mine)
        invalidateFilter();
}

void InboxFilterModel::setSortOrder(Sort sort)
{
    if (m_sort == sort)
        return;
    m_sort = sort;
    invalidate();
}

void InboxFilterModel::setNowProvider(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    refresh();
}

void InboxFilterModel::setClosingSoonThreshold(std::chrono::seconds threshold)
{
    m_closingSoon = threshold;
    refresh();
}

void InboxFilterModel::refresh()
{
    // In expiry order a window that just closed drops to the end of the list.
    if (m_sort == Sort::WindowExpiry)
        invalidate();
    else if (m_filter == Filter::ClosingSoon || m_filter == Filter::WindowClosed)
        invalidateFilter();
}

QDateTime InboxFilterModel::now() const
{
    return m_now ? m_now() : QDateTime();
}

bool InboxFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return matchesFilter(index) && matchesSearch(index);
}

bool InboxFilterModel::matchesFilter(const QModelIndex& index) const
{
    const bool resolved = index.data(InboxModel::StateRole).toString() == u"resolved"_s;
    if (m_filter == Filter::Resolved)
        return resolved;
    if (resolved)
        return false;
    const QDateTime expires = index.data(InboxModel::WindowExpiresRole).toDateTime();
    switch (m_filter) {
    case Filter::All:
        return true;
    case Filter::Mine:
        return m_myAgentId > 0 && index.data(InboxModel::AssigneeIdRole).toLongLong() == m_myAgentId;
    case Filter::Unassigned:
        return index.data(InboxModel::AssigneeIdRole).toLongLong() == 0;
    case Filter::WaitingForReply:
        return index.data(InboxModel::WaitingSinceRole).toDateTime().isValid();
    case Filter::ClosingSoon: {
        const QDateTime current = now();
        if (!expires.isValid() || !current.isValid())
            return false;
        // Same boundaries as CustomerWindow::state(): closed at expiry, closing
        // soon from exactly `threshold` before it.
        const qint64 left = current.msecsTo(expires);
        return left > 0 && left <= std::chrono::milliseconds(m_closingSoon).count();
    }
    case Filter::WindowClosed: {
        const QDateTime current = now();
        return !expires.isValid() || (current.isValid() && current >= expires);
    }
    case Filter::Resolved:
        break;
    }
    return false;
}

bool InboxFilterModel::matchesSearch(const QModelIndex& index) const
{
    if (m_foldedSearch.isEmpty())
        return true;
    const QString haystack = index.data(InboxModel::SearchTextRole).toString();
    if (haystack.contains(m_foldedSearch))
        return true;
    // "11 98765-4321" finds +5511987654321: compare the digits alone.
    return m_searchDigits.size() >= 3 && haystack.contains(m_searchDigits);
}

bool InboxFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QDateTime leftActivity = left.data(InboxModel::LastActivityRole).toDateTime();
    const QDateTime rightActivity = right.data(InboxModel::LastActivityRole).toDateTime();
    if (m_sort == Sort::WindowExpiry) {
        const QDateTime current = now();
        const QDateTime leftExpires = left.data(InboxModel::WindowExpiresRole).toDateTime();
        const QDateTime rightExpires = right.data(InboxModel::WindowExpiresRole).toDateTime();
        const auto isOpen = [&current](const QDateTime& expires) {
            return expires.isValid() && (!current.isValid() || current < expires);
        };
        const bool leftOpen = isOpen(leftExpires);
        const bool rightOpen = isOpen(rightExpires);
        if (leftOpen != rightOpen)
            return leftOpen;
        if (leftOpen && leftExpires != rightExpires)
            return leftExpires < rightExpires;
    }
    if (leftActivity != rightActivity)
        return leftActivity > rightActivity;
    return left.data(InboxModel::ConversationIdRole).toLongLong()
        > right.data(InboxModel::ConversationIdRole).toLongLong();
}

} // namespace Atendo

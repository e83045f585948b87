#include "client/inboxfiltermodel.h"

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
    takeNow();
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
    takeNow();
    invalidateFilter();
}

void InboxFilterModel::setMyAgentId(qint64 agentId)
{
    if (m_myAgentId == agentId)
        return;
    m_myAgentId = agentId;
    if (m_filter == Filter::Mine) {
        takeNow();
        invalidateFilter();
    }
}

void InboxFilterModel::setSortOrder(Sort sort)
{
    if (m_sort == sort)
        return;
    m_sort = sort;
    takeNow();
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
    takeNow();
    // In expiry order a window that just closed drops to the end of the list.
    if (m_sort == Sort::WindowExpiry)
        invalidate();
    else if (m_filter == Filter::ClosingSoon || m_filter == Filter::WindowClosed)
        invalidateFilter();
}

void InboxFilterModel::takeNow()
{
    const QDateTime current = m_now ? m_now() : QDateTime();
    m_hasNow = current.isValid();
    m_nowMs = m_hasNow ? current.toMSecsSinceEpoch() : 0;
}

void InboxFilterModel::setSourceModel(QAbstractItemModel* model)
{
    for (const auto& connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    m_inbox = qobject_cast<const InboxModel*>(model);
    if (model) {
        // Connected before the base class's own handlers, so the clock is read
        // once before the proxy re-filters and re-sorts what changed.
        const auto take = [this] { takeNow(); };
        m_sourceConnections = {connect(model, &QAbstractItemModel::dataChanged, this, take),
            connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, take),
            connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this, take),
            connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, take),
            connect(model, &QAbstractItemModel::modelAboutToBeReset, this, take)};
    }
    takeNow();
    QSortFilterProxyModel::setSourceModel(model);
}

bool InboxFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_inbox || sourceParent.isValid())
        return true;
    const InboxModel::Row& row = m_inbox->rowAt(sourceRow);
    return matchesFilter(row) && matchesSearch(row);
}

bool InboxFilterModel::matchesFilter(const InboxModel::Row& row) const
{
    if (m_filter == Filter::Resolved)
        return row.resolved;
    if (row.resolved)
        return false;
    switch (m_filter) {
    case Filter::All:
        return true;
    case Filter::Mine:
        return m_myAgentId > 0 && row.info.assigneeId == m_myAgentId;
    case Filter::Unassigned:
        return row.info.assigneeId == 0;
    case Filter::WaitingForReply:
        return row.info.waitingSince.isValid();
    case Filter::ClosingSoon: {
        if (!row.hasWindow || !m_hasNow)
            return false;
        // Same boundaries as CustomerWindow::state(): closed at expiry, closing
        // soon from exactly `threshold` before it.
        const qint64 left = row.windowExpiresMs - m_nowMs;
        return left > 0 && left <= std::chrono::milliseconds(m_closingSoon).count();
    }
    case Filter::WindowClosed:
        return !row.hasWindow || (m_hasNow && m_nowMs >= row.windowExpiresMs);
    case Filter::Resolved:
        break;
    }
    return false;
}

bool InboxFilterModel::matchesSearch(const InboxModel::Row& row) const
{
    if (m_foldedSearch.isEmpty())
        return true;
    if (row.searchText.contains(m_foldedSearch))
        return true;
    // "11 98765-4321" finds +5511987654321: compare the digits alone.
    return m_searchDigits.size() >= 3 && row.searchText.contains(m_searchDigits);
}

bool InboxFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (!m_inbox)
        return QSortFilterProxyModel::lessThan(left, right);
    const InboxModel::Row& a = m_inbox->rowAt(left.row());
    const InboxModel::Row& b = m_inbox->rowAt(right.row());
    if (m_sort == Sort::WindowExpiry) {
        const auto isOpen = [this](const InboxModel::Row& row) {
            return row.hasWindow && (!m_hasNow || m_nowMs < row.windowExpiresMs);
        };
        const bool leftOpen = isOpen(a);
        const bool rightOpen = isOpen(b);
        if (leftOpen != rightOpen)
            return leftOpen;
        if (leftOpen && a.windowExpiresMs != b.windowExpiresMs)
            return a.windowExpiresMs < b.windowExpiresMs;
    }
    if (a.lastActivityMs != b.lastActivityMs)
        return a.lastActivityMs > b.lastActivityMs;
    return a.info.id > b.info.id;
}

} // namespace Atendo

#pragma once

#include <QDateTime>
#include <QSortFilterProxyModel>

#include <chrono>
#include <functional>

namespace Atendo {

// The inbox as the agent asked to see it: one filter (mine, queue, waiting,
// closing soon, closed, resolved), a search, and an order (last activity, or
// window expiry: the "reply before it closes" queue). The time-based filters ask
// `nowProvider` (the session's serverNow()) and are re-evaluated by refresh(),
// which the console calls from its one ticking timer.
class InboxFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Filter
    {
        All, // every conversation not resolved
        Mine,
        Unassigned,
        WaitingForReply,
        ClosingSoon, // window open with at most closingSoonThreshold left
        WindowClosed, // window expired or never opened
        Resolved
    };
    Q_ENUM(Filter)

    enum class Sort
    {
        LastActivity, // most recent first
        WindowExpiry // soonest-closing open window first, closed ones last
    };
    Q_ENUM(Sort)

    explicit InboxFilterModel(QObject* parent = nullptr);

    void setFilter(Filter filter);
    [[nodiscard]] Filter filter() const { return m_filter; }
    void setSearchText(const QString& text);
    [[nodiscard]] QString searchText() const { return m_searchText; }
    void setMyAgentId(qint64 agentId);
    void setSortOrder(Sort sort);
    [[nodiscard]] Sort sortOrder() const { return m_sort; }
    void setNowProvider(std::function<QDateTime()> now);
    // CustomerWindow::DefaultClosingSoonThreshold (1 h) unless told otherwise.
    void setClosingSoonThreshold(std::chrono::seconds threshold);

    // Re-evaluates the time-based filters (no-op for the others).
    void refresh();

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    [[nodiscard]] bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    [[nodiscard]] bool matchesFilter(const QModelIndex& index) const;
    [[nodiscard]] bool matchesSearch(const QModelIndex& index) const;
    [[nodiscard]] QDateTime now() const;

    Filter m_filter = Filter::All;
    Sort m_sort = Sort::LastActivity;
    QString m_searchText;
    QString m_foldedSearch;
    QString m_searchDigits;
    qint64 m_myAgentId = 0;
    std::function<QDateTime()> m_now;
    std::chrono::seconds m_closingSoon;
};

} // namespace Atendo

#pragma once

#include "client/inboxmodel.h"

#include <QDateTime>
#include <QList>
#include <QSortFilterProxyModel>

#include <chrono>
#include <functional>

namespace Atendo {

class InboxModel;

// The inbox as the agent asked to see it: one filter (mine, queue, waiting,
// closing soon, closed, resolved), a search, and an order (last activity, or
// window expiry: the "reply before it closes" queue). The time-based filters ask
// `nowProvider` (the session's serverNow()) and are re-evaluated by refresh(),
// which the console calls from its one ticking timer. Its source is an
// InboxModel, whose rows it reads directly (any other model is shown as is).
// The time is read once per pass (a setter, refresh(), a change in the source),
// so one sort compares every row against the same instant.
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

    void setSourceModel(QAbstractItemModel* sourceModel) override;

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    [[nodiscard]] bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    [[nodiscard]] bool matchesFilter(const InboxModel::Row& row) const;
    [[nodiscard]] bool matchesSearch(const InboxModel::Row& row) const;
    // Reads the clock for the pass about to start.
    void takeNow();

    Filter m_filter = Filter::All;
    Sort m_sort = Sort::LastActivity;
    QString m_searchText;
    QString m_foldedSearch;
    QString m_searchDigits;
    qint64 m_myAgentId = 0;
    std::function<QDateTime()> m_now;
    std::chrono::seconds m_closingSoon;
    const InboxModel* m_inbox = nullptr;
    QList<QMetaObject::Connection> m_sourceConnections;
    bool m_hasNow = false;
    qint64 m_nowMs = 0; // ms since the epoch, when m_hasNow
};

} // namespace Atendo

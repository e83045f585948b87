#pragma once

#include <QSortFilterProxyModel>

namespace Atendo {

// The lead's view of LeadConversationsModel: by agent (or only the unassigned),
// by state, customers waiting longer than N minutes, windows closing within N
// minutes; sorted by any column's raw value. The time filters are re-evaluated
// by refresh(), called on the console's tick.
class LeadConversationsProxy : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadConversationsProxy)

public:
    static constexpr qint64 AnyAgent = -1;
    static constexpr qint64 Unassigned = 0;

    explicit LeadConversationsProxy(QObject* parent = nullptr);

    // AnyAgent, Unassigned (0) or an agent's id.
    void setAgentFilter(qint64 agentId);
    [[nodiscard]] qint64 agentFilter() const { return m_agent; }
    // "open", "pending" or empty for any.
    void setStateFilter(const QString& state);
    // 0 = off; otherwise only customers waiting more than this many minutes.
    void setWaitingOverMinutes(int minutes);
    [[nodiscard]] int waitingOverMinutes() const { return m_waitingOver; }
    // 0 = off; otherwise only open windows closing within this many minutes.
    void setWindowClosingWithinMinutes(int minutes);
    [[nodiscard]] int windowClosingWithinMinutes() const { return m_closingWithin; }

    void refresh();

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    qint64 m_agent = AnyAgent;
    QString m_state;
    int m_waitingOver = 0;
    int m_closingWithin = 0;
};

} // namespace Atendo

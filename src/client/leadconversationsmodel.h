#pragma once

#include "protocol/agentinfo.h"
#include "protocol/conversationinfo.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

#include <functional>
#include <optional>

namespace Atendo {

class AgentSession;

// Every conversation not resolved, as a table for the team lead's board:
// contact, assignee, state, how long the customer has waited since the last
// unanswered message, the window's time left and the last activity. Built from
// the working set the lead already receives (conversation.changed), no query.
// Waiting and window columns count against `nowProvider` (the server's clock)
// and move when the console's one ticker calls tick().
class LeadConversationsModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadConversationsModel)

public:
    enum Column
    {
        ContactColumn,
        AssigneeColumn,
        StateColumn,
        WaitingColumn,
        WindowColumn,
        LastActivityColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        ConversationIdRole,
        AssigneeIdRole, // 0 = unassigned
        StateRole,
        WaitingSecondsRole, // invalid QVariant when not waiting
        WindowRemainingSecondsRole, // invalid when never opened; <= 0 when closed
        LastDirectionRole,
    };
    Q_ENUM(Role)

    explicit LeadConversationsModel(AgentSession* session = nullptr, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setNowProvider(std::function<QDateTime()> now) { m_now = std::move(now); }
    void resetConversations(const QList<Protocol::ConversationInfo>& conversations);
    void upsertConversation(const Protocol::ConversationInfo& conversation);
    void setAgents(const QList<Protocol::AgentInfo>& agents);
    // The clock moved: the waiting and window columns change.
    void tick();

    [[nodiscard]] int rowOf(qint64 conversationId) const { return m_rowById.value(conversationId, -1); }
    [[nodiscard]] std::optional<qint64> waitingSeconds(int row) const;
    [[nodiscard]] std::optional<qint64> windowRemainingSeconds(int row) const;

private:
    [[nodiscard]] QDateTime now() const;
    [[nodiscard]] QVariant display(int row, int column) const;
    [[nodiscard]] QVariant sortValue(int row, int column) const;
    [[nodiscard]] QString assigneeName(qint64 agentId) const;
    void removeRow(int row);

    QList<Protocol::ConversationInfo> m_rows;
    QHash<qint64, int> m_rowById;
    QHash<qint64, QString> m_agentNames;
    std::function<QDateTime()> m_now;
};

} // namespace Atendo

#pragma once

#include "client/boardsnapshot.h"
#include "protocol/conversationinfo.h"

#include <QAbstractListModel>

#include <functional>
#include <optional>

namespace Atendo {

// The board's alerts as sentences a lead acts on ("João Pereira has waited
// 14 min"), critical ones first, then the oldest. Names come from lookups the
// board sets (the session's working set and roster).
class BoardAlertModel : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoardAlertModel)

public:
    enum Role
    {
        KindRole = Qt::UserRole + 1,
        SeverityRole, // warning | critical
        CriticalRole,
        ConversationIdRole, // 0 = none
        AgentIdRole, // 0 = none
        SinceRole,
        IdentityRole,
    };
    Q_ENUM(Role)

    using ConversationLookup = std::function<std::optional<Protocol::ConversationInfo>(qint64)>;
    using NameLookup = std::function<QString(qint64)>;

    explicit BoardAlertModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    void setConversationLookup(ConversationLookup lookup) { m_conversation = std::move(lookup); }
    void setAgentNameLookup(NameLookup lookup) { m_agentName = std::move(lookup); }
    // The whole board: alerts plus the context the sentences need (time, agents).
    void setBoard(const BoardSnapshot& board);
    [[nodiscard]] const QList<BoardAlert>& alerts() const { return m_alerts; }

    // The sentence for one alert on this board.
    [[nodiscard]] QString describe(const BoardAlert& alert) const;

private:
    [[nodiscard]] QString contactOf(qint64 conversationId) const;
    [[nodiscard]] QString agentOf(qint64 agentId) const;

    QList<BoardAlert> m_alerts;
    BoardSnapshot m_board;
    ConversationLookup m_conversation;
    NameLookup m_agentName;
};

} // namespace Atendo

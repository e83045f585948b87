#pragma once

#include "protocol/agentinfo.h"
#include "protocol/conversationinfo.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

namespace Atendo {

class AgentSession;

// The agent's inbox: one row per conversation, most recent activity first. It
// follows the session's signals row by row (insert, replace, move), and resets
// only when a whole new snapshot arrives. The window countdown is not stored:
// views compute it from WindowExpiresRole and AgentSession::serverNow().
class InboxModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        ConversationIdRole = Qt::UserRole + 1,
        ContactNameRole, // name, or the formatted phone number
        PhoneRole,
        PreviewRole,
        LastActivityRole,
        UnreadRole,
        AssigneeIdRole, // 0 = queue
        AssigneeInitialsRole,
        StateRole, // open | pending | resolved
        WindowExpiresRole, // invalid = never opened
        WaitingSinceRole,
        OptedOutRole,
        ConversationRole, // the whole ConversationInfo
        LastDirectionRole, // in | out | note
        ContactIdRole,
        SearchTextRole, // name, phone digits and preview, lower-case without accents
    };
    Q_ENUM(Role)

    explicit InboxModel(AgentSession* session = nullptr, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int rowOf(qint64 conversationId) const;
    [[nodiscard]] Protocol::ConversationInfo conversationAt(int row) const { return m_rows.at(row).info; }

    // What the session's signals drive; public so the model can be fed directly.
    void resetConversations(const QList<Protocol::ConversationInfo>& conversations);
    void upsertConversation(const Protocol::ConversationInfo& conversation);
    void applyContact(const Protocol::ContactInfo& contact);
    void setAgents(const QList<Protocol::AgentInfo>& agents);

    // Lower-case, accents removed: "João" and "joao" match each other.
    [[nodiscard]] static QString foldForSearch(const QString& text);

private:
    struct Row
    {
        Protocol::ConversationInfo info;
        QString displayName;
        QString searchText;
    };
    [[nodiscard]] static Row makeRow(const Protocol::ConversationInfo& info);
    [[nodiscard]] static bool before(
        const Protocol::ConversationInfo& a, const Protocol::ConversationInfo& b);
    [[nodiscard]] int insertionRow(const Protocol::ConversationInfo& info, int skipRow) const;
    void rebuildIndex(int from, int to);

    QList<Row> m_rows;
    QHash<qint64, int> m_rowById;
    QHash<qint64, QString> m_initials;
};

} // namespace Atendo

#pragma once

#include "protocol/agentinfo.h"
#include "protocol/conversationinfo.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

namespace Atendo {

class AgentSession;

// The agent's inbox: one row per conversation, most recent activity first. It
// follows the session's signals: one changed conversation row by row (insert,
// replace, move), several at once (a frame, a catch-up) as one insert of the
// new rows and one layout change, so a sorting proxy re-sorts once; it resets
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

    // A conversation with what the inbox derives from it, computed once per change
    // so that sorting and filtering 10,000 rows compares plain fields.
    struct Row
    {
        Protocol::ConversationInfo info;
        QString displayName;
        QString searchText; // see SearchTextRole
        qint64 lastActivityMs = 0; // ms since the epoch; invalid times sort as the oldest
        qint64 windowExpiresMs = 0; // meaningful only with hasWindow
        bool hasWindow = false;
        bool resolved = false;
    };

    explicit InboxModel(AgentSession* session = nullptr, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int rowOf(qint64 conversationId) const;
    [[nodiscard]] Protocol::ConversationInfo conversationAt(int row) const { return m_rows.at(row).info; }
    // For proxies that sort and filter: no QVariant per comparison.
    [[nodiscard]] const Row& rowAt(int row) const { return m_rows.at(row); }

    // What the session's signals drive; public so the model can be fed directly.
    void resetConversations(const QList<Protocol::ConversationInfo>& conversations);
    void upsertConversation(const Protocol::ConversationInfo& conversation);
    // Several changes at once (the last copy of an id wins): row by row for one,
    // otherwise new rows inserted at the end and then one layout change.
    void upsertConversations(const QList<Protocol::ConversationInfo>& conversations);
    void applyContact(const Protocol::ContactInfo& contact);
    void setAgents(const QList<Protocol::AgentInfo>& agents);

    // Lower-case, accents removed: "João" and "joao" match each other.
    [[nodiscard]] static QString foldForSearch(const QString& text);

private:
    [[nodiscard]] static Row makeRow(const Protocol::ConversationInfo& info);
    [[nodiscard]] static bool before(const Row& a, const Row& b);
    void appendRows(QList<Row> rows);
    [[nodiscard]] int insertionRow(const Row& row, int skipRow) const;
    void rebuildIndex(int from, int to);

    QList<Row> m_rows;
    QHash<qint64, int> m_rowById;
    QHash<qint64, QString> m_initials;
};

} // namespace Atendo

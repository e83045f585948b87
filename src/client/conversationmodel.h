#pragma once

#include "protocol/messageinfo.h"

#include <QAbstractListModel>
#include <QHash>
#include <QJsonObject>
#include <QList>

namespace Atendo {

class AgentSession;

// The messages of one conversation, oldest first, with the agent's pending local
// echoes at the end. The newest page is fetched when a conversation is set
// (shown from the cache meanwhile); older pages come through fetchMore(), so a
// view scrolling up pages history in. An echo and its server copy share an
// idempotency key and become one row; reactions are folded onto their target.
class ConversationModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        MessageIdRole = Qt::UserRole + 1,
        DirectionRole, // in | out | note
        KindRole,
        TextRole,
        AuthorNameRole,
        StatusRole, // pending | queued | sent | delivered | read | failed | received
        ErrorRole, // readable failure reason
        TimeRole,
        TemplateNameRole,
        MediaRole,
        LocationRole,
        ReactionRole, // the emoji the customer reacted with, if any
        ReplyToTextRole,
        MessageRole, // the whole MessageInfo
        KeyRole,
        ErrorCodeRole,
    };
    Q_ENUM(Role)

    explicit ConversationModel(AgentSession* session, QObject* parent = nullptr);

    void setConversation(qint64 conversationId);
    [[nodiscard]] qint64 conversationId() const { return m_conversationId; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    [[nodiscard]] Protocol::MessageInfo messageAt(int row) const { return m_rows.at(row); }
    [[nodiscard]] int rowOfId(qint64 messageId) const;
    [[nodiscard]] int rowOfKey(const QString& key) const;

    // What the session's signals drive; public so the model can be fed directly.
    void applyPage(qint64 conversationId, const QList<Protocol::MessageInfo>& messages, bool hasMore);
    void upsertMessage(const Protocol::MessageInfo& message);
    void applyStatus(qint64 conversationId, qint64 messageId, const QJsonObject& data);

private:
    [[nodiscard]] int insertionRow(qint64 id, int skipRow) const;
    [[nodiscard]] qint64 oldestId() const;
    [[nodiscard]] QString authorName(const Protocol::MessageInfo& message) const;
    [[nodiscard]] static QString readableError(const Protocol::MessageInfo& message);
    void applyReaction(const Protocol::MessageInfo& reaction);

    AgentSession* m_session;
    qint64 m_conversationId = 0;
    QList<Protocol::MessageInfo> m_rows;
    QHash<qint64, QString> m_reactions; // target message id -> emoji
    bool m_hasMore = false;
    bool m_fetching = false;
};

} // namespace Atendo

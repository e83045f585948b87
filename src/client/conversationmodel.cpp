#include "client/conversationmodel.h"

#include "client/agentsession.h"
#include "client/messagestatus.h"
#include "protocol/ops.h"

#include <algorithm>

namespace Atendo {

using namespace Qt::StringLiterals;

ConversationModel::ConversationModel(AgentSession* session, QObject* parent)
    : QAbstractListModel(parent), m_session(session)
{
    connect(session, &AgentSession::messagesFetched, this, &ConversationModel::applyPage);
    connect(session, &AgentSession::messageAdded, this, &ConversationModel::upsertMessage);
    connect(session, &AgentSession::pendingMessageAdded, this, &ConversationModel::upsertMessage);
    connect(session, &AgentSession::messageUpdated, this, &ConversationModel::upsertMessage);
    connect(session, &AgentSession::messageStatusChanged, this, &ConversationModel::applyStatus);
    connect(session, &AgentSession::requestFailed, this, [this](const QString& op) {
        if (op == Protocol::Op::MessagesList)
            m_fetching = false; // the view may ask again
    });
}

void ConversationModel::setConversation(qint64 conversationId)
{
    beginResetModel();
    m_conversationId = conversationId;
    m_rows.clear();
    m_reactions.clear();
    m_hasMore = false;
    m_fetching = false;
    if (conversationId > 0) {
        // Cached history and unanswered echoes at once; the server's newest page merges in.
        const auto cached = m_session->cachedMessages(conversationId);
        for (const auto& message : cached) {
            if (message.kind == u"reaction"_s)
                m_reactions.insert(message.reaction.value(u"target_id"_s).toInteger(),
                    message.reaction.value(u"emoji"_s).toString());
            else
                m_rows.append(message);
        }
        m_rows.append(m_session->pendingMessages(conversationId));
        m_fetching = true;
    }
    endResetModel();
    if (conversationId > 0)
        m_session->fetchMessages(conversationId, 0);
}

int ConversationModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConversationModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Protocol::MessageInfo& m = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return m.text;
    case MessageIdRole:
        return m.id;
    case DirectionRole:
        return m.direction;
    case KindRole:
        return m.kind;
    case AuthorNameRole:
        return authorName(m);
    case StatusRole:
        return m.status;
    case ErrorRole:
        return readableError(m);
    case ErrorCodeRole:
        return m.errorCode;
    case TimeRole:
        return m.direction == u"in"_s && m.customerAt.isValid() ? m.customerAt : m.createdAt;
    case TemplateNameRole:
        return m.templ.value(u"name"_s).toString();
    case MediaRole:
        return m.media;
    case LocationRole:
        return m.location;
    case ReactionRole:
        return m.id > 0 ? m_reactions.value(m.id) : QString();
    case ReplyToTextRole: {
        const int row = m.replyTo > 0 ? rowOfId(m.replyTo) : -1;
        return row >= 0 ? m_rows.at(row).text : QString();
    }
    case MessageRole:
        return QVariant::fromValue(m);
    case KeyRole:
        return m.key;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{MessageIdRole, "messageId"}, {DirectionRole, "direction"}, {KindRole, "kind"},
        {TextRole, "text"}, {AuthorNameRole, "authorName"}, {StatusRole, "status"}, {ErrorRole, "error"},
        {TimeRole, "time"}, {TemplateNameRole, "templateName"}, {MediaRole, "media"},
        {LocationRole, "location"}, {ReactionRole, "reaction"}, {ReplyToTextRole, "replyToText"},
        {MessageRole, "message"}, {KeyRole, "key"}, {ErrorCodeRole, "errorCode"}});
    return names;
}

bool ConversationModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_conversationId > 0 && m_hasMore && !m_fetching;
}

void ConversationModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    m_session->fetchMessages(m_conversationId, oldestId());
}

int ConversationModel::rowOfId(qint64 messageId) const
{
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (m_rows.at(row).id == messageId)
            return row;
    }
    return -1;
}

int ConversationModel::rowOfKey(const QString& key) const
{
    if (key.isEmpty())
        return -1;
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (m_rows.at(row).key == key)
            return row;
    }
    return -1;
}

qint64 ConversationModel::oldestId() const
{
    return m_rows.isEmpty() ? 0 : m_rows.first().id; // 0 when only echoes are shown
}

int ConversationModel::insertionRow(qint64 id, int skipRow) const
{
    // Confirmed messages by id, then echoes (id 0) in send order.
    int position = 0;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (row == skipRow)
            continue;
        const qint64 other = m_rows.at(row).id;
        if (id > 0 && (other == 0 || other > id))
            break;
        ++position;
    }
    return position;
}

void ConversationModel::applyPage(
    qint64 conversationId, const QList<Protocol::MessageInfo>& messages, bool hasMore)
{
    if (conversationId != m_conversationId)
        return;
    m_fetching = false;
    m_hasMore = hasMore;
    const qint64 oldest = oldestId();
    QList<Protocol::MessageInfo> older;
    for (const auto& message : messages) {
        if (message.kind == u"reaction"_s)
            applyReaction(message);
        else if (oldest == 0 || message.id < oldest)
            older.append(message);
        else
            upsertMessage(message);
    }
    if (older.isEmpty())
        return;
    std::sort(older.begin(), older.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    beginInsertRows({}, 0, int(older.size()) - 1);
    m_rows = older + m_rows;
    endInsertRows();
}

void ConversationModel::upsertMessage(const Protocol::MessageInfo& message)
{
    if (message.conversationId != m_conversationId || m_conversationId == 0)
        return;
    if (message.kind == u"reaction"_s) {
        applyReaction(message);
        return;
    }
    int row = message.id > 0 ? rowOfId(message.id) : -1;
    if (row < 0)
        row = rowOfKey(message.key);
    if (row < 0) {
        const int at = insertionRow(message.id, -1);
        beginInsertRows({}, at, at);
        m_rows.insert(at, message);
        endInsertRows();
        return;
    }
    const Protocol::MessageInfo merged = MessageStatus::merged(m_rows.at(row), message);
    const int target = insertionRow(merged.id, row);
    if (target != row) {
        beginMoveRows({}, row, row, {}, target > row ? target + 1 : target);
        m_rows.move(row, target);
        endMoveRows();
    }
    if (!(m_rows.at(target) == merged)) {
        m_rows[target] = merged;
        Q_EMIT dataChanged(index(target), index(target));
    }
}

void ConversationModel::applyStatus(qint64 conversationId, qint64 messageId, const QJsonObject& data)
{
    if (conversationId != m_conversationId)
        return;
    const int row = rowOfId(messageId);
    if (row >= 0 && MessageStatus::applyStatusData(m_rows[row], data))
        Q_EMIT dataChanged(index(row), index(row));
}

void ConversationModel::applyReaction(const Protocol::MessageInfo& reaction)
{
    const qint64 target = reaction.reaction.value(u"target_id"_s).toInteger();
    m_reactions.insert(target, reaction.reaction.value(u"emoji"_s).toString());
    const int row = rowOfId(target);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row), {ReactionRole});
}

QString ConversationModel::authorName(const Protocol::MessageInfo& message) const
{
    if (message.direction == u"in"_s) {
        const auto conversation = m_session->conversation(message.conversationId);
        return conversation ? conversation->contact.name : QString();
    }
    const auto agent = m_session->agentById(message.authorId);
    return agent ? agent->displayName : QString();
}

QString ConversationModel::readableError(const Protocol::MessageInfo& message)
{
    if (message.status != u"failed"_s)
        return {};
    if (!message.errorMessage.isEmpty())
        return message.errorMessage;
    return message.errorCode.isEmpty() ? tr("The message could not be delivered") : message.errorCode;
}

} // namespace Atendo

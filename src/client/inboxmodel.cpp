#include "client/inboxmodel.h"

#include "client/agentsession.h"
#include "core/phonenumber.h"

#include <algorithm>

namespace Atendo {

using namespace Qt::StringLiterals;

namespace {

QString initialsOf(const Protocol::AgentInfo& agent)
{
    const QString name = agent.displayName.isEmpty() ? agent.username : agent.displayName;
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    QString initials = words.first().left(1);
    if (words.size() > 1)
        initials += words.last().left(1);
    return initials.toUpper();
}

QString digitsOf(const QString& text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits += c;
    }
    return digits;
}

} // namespace

InboxModel::InboxModel(AgentSession* session, QObject* parent) : QAbstractListModel(parent)
{
    if (!session)
        return;
    connect(session, &AgentSession::snapshotLoaded, this,
        [this, session] { resetConversations(session->conversations()); });
    connect(session, &AgentSession::conversationChanged, this, &InboxModel::upsertConversation);
    connect(session, &AgentSession::contactChanged, this, &InboxModel::applyContact);
    connect(session, &AgentSession::agentsChanged, this, &InboxModel::setAgents);
    setAgents(session->agents());
    resetConversations(session->conversations());
}

int InboxModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant InboxModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const Protocol::ConversationInfo& c = row.info;
    switch (role) {
    case Qt::DisplayRole:
    case ContactNameRole:
        return row.displayName;
    case ConversationIdRole:
        return c.id;
    case PhoneRole:
        return c.contact.phone;
    case PreviewRole:
        return c.lastMessagePreview;
    case LastActivityRole:
        return c.lastActivityAt;
    case UnreadRole:
        return c.unread;
    case AssigneeIdRole:
        return c.assigneeId;
    case AssigneeInitialsRole:
        return m_initials.value(c.assigneeId);
    case StateRole:
        return c.state;
    case WindowExpiresRole:
        return c.windowExpiresAt;
    case WaitingSinceRole:
        return c.waitingSince;
    case OptedOutRole:
        return c.contact.isOptedOut();
    case ConversationRole:
        return QVariant::fromValue(c);
    case LastDirectionRole:
        return c.lastMessageDirection;
    case ContactIdRole:
        return c.contact.id;
    case SearchTextRole:
        return row.searchText;
    default:
        return {};
    }
}

QHash<int, QByteArray> InboxModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{ConversationIdRole, "conversationId"}, {ContactNameRole, "contactName"},
        {PhoneRole, "phone"}, {PreviewRole, "preview"}, {LastActivityRole, "lastActivity"},
        {UnreadRole, "unread"}, {AssigneeIdRole, "assigneeId"}, {AssigneeInitialsRole, "assigneeInitials"},
        {StateRole, "state"}, {WindowExpiresRole, "windowExpires"}, {WaitingSinceRole, "waitingSince"},
        {OptedOutRole, "optedOut"}, {ConversationRole, "conversation"}, {LastDirectionRole, "lastDirection"},
        {ContactIdRole, "contactId"}, {SearchTextRole, "searchText"}});
    return names;
}

int InboxModel::rowOf(qint64 conversationId) const
{
    return m_rowById.value(conversationId, -1);
}

QString InboxModel::foldForSearch(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded += c.toLower();
    }
    return folded;
}

InboxModel::Row InboxModel::makeRow(const Protocol::ConversationInfo& info)
{
    Row row {info, {}, {}};
    const auto& contact = info.contact;
    if (!contact.name.isEmpty())
        row.displayName = contact.name;
    else if (!contact.phone.isEmpty())
        row.displayName = PhoneNumber::display(contact.phone);
    else
        row.displayName = contact.waId.isEmpty() ? contact.key : contact.waId;
    row.searchText = foldForSearch(contact.name) + u'\n' + digitsOf(contact.phone) + u'\n'
        + foldForSearch(info.lastMessagePreview);
    return row;
}

bool InboxModel::before(const Protocol::ConversationInfo& a, const Protocol::ConversationInfo& b)
{
    if (a.lastActivityAt != b.lastActivityAt)
        return a.lastActivityAt > b.lastActivityAt;
    return a.id > b.id;
}

int InboxModel::insertionRow(const Protocol::ConversationInfo& info, int skipRow) const
{
    // Position among the other rows (skipRow excluded), in most-recent-first order.
    int position = 0;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (row == skipRow)
            continue;
        if (!before(m_rows.at(row).info, info))
            break;
        ++position;
    }
    return position;
}

void InboxModel::rebuildIndex(int from, int to)
{
    for (int row = std::max(0, from); row <= to && row < m_rows.size(); ++row)
        m_rowById.insert(m_rows.at(row).info.id, row);
}

void InboxModel::resetConversations(const QList<Protocol::ConversationInfo>& conversations)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(conversations.size());
    for (const auto& conversation : conversations)
        m_rows.append(makeRow(conversation));
    std::stable_sort(
        m_rows.begin(), m_rows.end(), [](const Row& a, const Row& b) { return before(a.info, b.info); });
    m_rowById.clear();
    rebuildIndex(0, int(m_rows.size()) - 1);
    endResetModel();
}

void InboxModel::upsertConversation(const Protocol::ConversationInfo& conversation)
{
    const int row = rowOf(conversation.id);
    if (row < 0) {
        const int at = insertionRow(conversation, -1);
        beginInsertRows({}, at, at);
        m_rows.insert(at, makeRow(conversation));
        endInsertRows();
        rebuildIndex(at, int(m_rows.size()) - 1);
        return;
    }
    if (m_rows.at(row).info == conversation)
        return;
    const int target = insertionRow(conversation, row);
    if (target != row) {
        // Qt counts the destination before the move: one past when moving down.
        beginMoveRows({}, row, row, {}, target > row ? target + 1 : target);
        m_rows.move(row, target);
        endMoveRows();
        rebuildIndex(std::min(row, target), std::max(row, target));
    }
    m_rows[target] = makeRow(conversation);
    Q_EMIT dataChanged(index(target), index(target));
}

void InboxModel::applyContact(const Protocol::ContactInfo& contact)
{
    Protocol::ContactInfo listed = contact;
    listed.consentHistory.clear();
    for (int row = 0; row < m_rows.size(); ++row) {
        const auto& info = m_rows.at(row).info;
        if (info.contact.id != contact.id || info.contact == listed)
            continue;
        Protocol::ConversationInfo updated = info;
        updated.contact = listed;
        m_rows[row] = makeRow(updated);
        Q_EMIT dataChanged(index(row), index(row));
    }
}

void InboxModel::setAgents(const QList<Protocol::AgentInfo>& agents)
{
    QHash<qint64, QString> initials;
    for (const auto& agent : agents)
        initials.insert(agent.id, initialsOf(agent));
    if (initials == m_initials)
        return;
    m_initials = initials;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {AssigneeInitialsRole});
}

} // namespace Atendo

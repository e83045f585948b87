#include "client/inboxmodel.h"

#include "client/agentsession.h"
#include "core/phonenumber.h"

#include <algorithm>
#include <limits>

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
    // A batch arrives as one list first; the per-conversation signals that follow
    // it then find their rows already equal and change nothing.
    connect(session, &AgentSession::conversationsChanged, this, &InboxModel::upsertConversations);
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
    Row row;
    row.info = info;
    // QDateTime orders an invalid time before every valid one; so does the minimum.
    row.lastActivityMs = info.lastActivityAt.isValid() ? info.lastActivityAt.toMSecsSinceEpoch()
                                                       : std::numeric_limits<qint64>::min();
    row.hasWindow = info.windowExpiresAt.isValid();
    row.windowExpiresMs = row.hasWindow ? info.windowExpiresAt.toMSecsSinceEpoch() : 0;
    row.resolved = info.state == u"resolved"_s;
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

bool InboxModel::before(const Row& a, const Row& b)
{
    if (a.lastActivityMs != b.lastActivityMs)
        return a.lastActivityMs > b.lastActivityMs;
    return a.info.id > b.info.id;
}

int InboxModel::insertionRow(const Row& row, int skipRow) const
{
    // Position among the other rows (skipRow excluded, its content is stale), in
    // most-recent-first order: the others are sorted, so search each side of it.
    const auto isBefore = [&row](const Row& other) { return before(other, row); };
    const auto begin = m_rows.cbegin();
    if (skipRow < 0)
        return int(std::partition_point(begin, m_rows.cend(), isBefore) - begin);
    const auto first = std::partition_point(begin, begin + skipRow, isBefore);
    if (first != begin + skipRow)
        return int(first - begin);
    return int(std::partition_point(begin + skipRow + 1, m_rows.cend(), isBefore) - begin) - 1;
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
    std::stable_sort(m_rows.begin(), m_rows.end(), before);
    m_rowById.clear();
    rebuildIndex(0, int(m_rows.size()) - 1);
    endResetModel();
}

void InboxModel::upsertConversation(const Protocol::ConversationInfo& conversation)
{
    const int row = rowOf(conversation.id);
    if (row < 0) {
        Row added = makeRow(conversation);
        const int at = insertionRow(added, -1);
        beginInsertRows({}, at, at);
        m_rows.insert(at, std::move(added));
        endInsertRows();
        rebuildIndex(at, int(m_rows.size()) - 1);
        return;
    }
    if (m_rows.at(row).info == conversation)
        return;
    Row changed = makeRow(conversation);
    const int target = insertionRow(changed, row);
    if (target != row) {
        // Qt counts the destination before the move: one past when moving down.
        beginMoveRows({}, row, row, {}, target > row ? target + 1 : target);
        m_rows.move(row, target);
        endMoveRows();
        rebuildIndex(std::min(row, target), std::max(row, target));
    }
    m_rows[target] = std::move(changed);
    Q_EMIT dataChanged(index(target), index(target));
}

void InboxModel::upsertConversations(const QList<Protocol::ConversationInfo>& conversations)
{
    if (conversations.size() == 1) {
        upsertConversation(conversations.first());
        return;
    }
    QHash<qint64, qsizetype> latest;
    for (qsizetype i = 0; i < conversations.size(); ++i)
        latest.insert(conversations.at(i).id, i);
    QList<Row> added;
    QHash<int, Row> changed; // by the row it replaces
    for (qsizetype i = 0; i < conversations.size(); ++i) {
        const auto& conversation = conversations.at(i);
        if (latest.value(conversation.id) != i)
            continue; // a later copy follows
        const int row = rowOf(conversation.id);
        if (row < 0)
            added.append(makeRow(conversation));
        else if (!(m_rows.at(row).info == conversation))
            changed.insert(row, makeRow(conversation));
    }
    if (added.isEmpty() && changed.isEmpty())
        return;
    // New rows go in at the end, then one layout change puts every row in its
    // place: a proxy sorts and filters once instead of once per change.
    const int firstAdded = int(m_rows.size());
    appendRows(std::move(added));
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Views' persistent indexes follow their conversation to its new row.
    const QModelIndexList persistent = persistentIndexList();
    QList<qint64> persistentIds;
    persistentIds.reserve(persistent.size());
    for (const QModelIndex& index : persistent)
        persistentIds.append(m_rows.at(index.row()).info.id);
    // The rows that did not change are still in order: sort the others and merge.
    QList<Row> moving;
    moving.reserve(changed.size() + m_rows.size() - firstAdded);
    QList<Row> staying;
    staying.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row) {
        if (row >= firstAdded)
            moving.append(std::move(m_rows[row]));
        else if (const auto it = changed.find(row); it != changed.end())
            moving.append(std::move(*it));
        else
            staying.append(std::move(m_rows[row]));
    }
    std::sort(moving.begin(), moving.end(), before);
    m_rows.clear();
    std::merge(std::make_move_iterator(staying.begin()), std::make_move_iterator(staying.end()),
        std::make_move_iterator(moving.begin()), std::make_move_iterator(moving.end()),
        std::back_inserter(m_rows), before);
    rebuildIndex(0, int(m_rows.size()) - 1);
    QModelIndexList moved;
    moved.reserve(persistent.size());
    for (const qint64 id : std::as_const(persistentIds))
        moved.append(index(rowOf(id)));
    changePersistentIndexList(persistent, moved);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void InboxModel::appendRows(QList<Row> rows)
{
    if (rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_rows.append(std::move(rows));
    rebuildIndex(first, int(m_rows.size()) - 1);
    endInsertRows();
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

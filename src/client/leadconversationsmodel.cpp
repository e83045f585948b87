#include "client/leadconversationsmodel.h"

#include "client/agentsession.h"
#include "client/leadtext.h"
#include "core/phonenumber.h"

#include <QLocale>

namespace Atendo {

using namespace Qt::StringLiterals;

namespace {
bool isResolved(const Protocol::ConversationInfo& c)
{
    return c.state == u"resolved"_s;
}
} // namespace

LeadConversationsModel::LeadConversationsModel(AgentSession* session, QObject* parent)
    : QAbstractTableModel(parent)
{
    if (!session)
        return;
    m_now = [session] { return session->serverNow(); };
    connect(session, &AgentSession::snapshotLoaded, this,
        [this, session] { resetConversations(session->conversations()); });
    connect(session, &AgentSession::conversationChanged, this, &LeadConversationsModel::upsertConversation);
    connect(
        session, &AgentSession::contactChanged, this, [this, session](const Protocol::ContactInfo& contact) {
            for (const auto& c : std::as_const(m_rows)) {
                if (c.contact.id == contact.id) {
                    if (const auto fresh = session->conversation(c.id))
                        upsertConversation(*fresh);
                }
            }
        });
    connect(session, &AgentSession::agentsChanged, this, &LeadConversationsModel::setAgents);
    setAgents(session->agents());
    resetConversations(session->conversations());
}

int LeadConversationsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LeadConversationsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QDateTime LeadConversationsModel::now() const
{
    return m_now ? m_now() : QDateTime();
}

void LeadConversationsModel::resetConversations(const QList<Protocol::ConversationInfo>& conversations)
{
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    for (const auto& c : conversations) {
        if (isResolved(c) || m_rowById.contains(c.id))
            continue;
        m_rowById.insert(c.id, int(m_rows.size()));
        m_rows.append(c);
    }
    endResetModel();
}

void LeadConversationsModel::upsertConversation(const Protocol::ConversationInfo& conversation)
{
    const int row = rowOf(conversation.id);
    if (row >= 0 && isResolved(conversation)) {
        removeRow(row);
        return;
    }
    if (row >= 0) {
        m_rows[row] = conversation;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    if (isResolved(conversation))
        return;
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append(conversation);
    m_rowById.insert(conversation.id, at);
    endInsertRows();
}

void LeadConversationsModel::removeRow(int row)
{
    beginRemoveRows({}, row, row);
    m_rowById.remove(m_rows.at(row).id);
    m_rows.removeAt(row);
    for (int r = row; r < m_rows.size(); ++r)
        m_rowById[m_rows.at(r).id] = r;
    endRemoveRows();
}

void LeadConversationsModel::setAgents(const QList<Protocol::AgentInfo>& agents)
{
    m_agentNames.clear();
    for (const auto& a : agents)
        m_agentNames.insert(a.id, a.displayName.isEmpty() ? a.username : a.displayName);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, AssigneeColumn), index(rowCount() - 1, AssigneeColumn));
}

void LeadConversationsModel::tick()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, WaitingColumn), index(rowCount() - 1, WindowColumn));
}

std::optional<qint64> LeadConversationsModel::waitingSeconds(int row) const
{
    const auto& c = m_rows.at(row);
    if (!c.waitingSince.isValid())
        return std::nullopt;
    return std::max<qint64>(0, c.waitingSince.secsTo(now()));
}

std::optional<qint64> LeadConversationsModel::windowRemainingSeconds(int row) const
{
    const auto& c = m_rows.at(row);
    if (!c.windowExpiresAt.isValid())
        return std::nullopt;
    return now().secsTo(c.windowExpiresAt);
}

QString LeadConversationsModel::assigneeName(qint64 agentId) const
{
    if (agentId == 0)
        return tr("Unassigned");
    const QString name = m_agentNames.value(agentId);
    return name.isEmpty() ? tr("Agent %1").arg(agentId) : name;
}

QVariant LeadConversationsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const auto& c = m_rows.at(row);
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == ContactColumn ? c.lastMessagePreview : QVariant();
    case SortRole:
        return sortValue(row, index.column());
    case ConversationIdRole:
        return c.id;
    case AssigneeIdRole:
        return c.assigneeId;
    case StateRole:
        return c.state;
    case WaitingSecondsRole: {
        const auto s = waitingSeconds(row);
        return s ? QVariant(*s) : QVariant();
    }
    case WindowRemainingSecondsRole: {
        const auto s = windowRemainingSeconds(row);
        return s ? QVariant(*s) : QVariant();
    }
    case LastDirectionRole:
        return c.lastMessageDirection;
    default:
        return {};
    }
}

QVariant LeadConversationsModel::display(int row, int column) const
{
    const auto& c = m_rows.at(row);
    switch (column) {
    case ContactColumn:
        return c.contact.name.isEmpty() ? PhoneNumber::display(c.contact.phone) : c.contact.name;
    case AssigneeColumn:
        return assigneeName(c.assigneeId);
    case StateColumn:
        return LeadText::state(c.state);
    case WaitingColumn:
        return LeadText::durationOrDash(waitingSeconds(row));
    case WindowColumn: {
        const auto left = windowRemainingSeconds(row);
        if (!left)
            return LeadText::dash();
        return *left > 0 ? LeadText::duration(*left) : tr("closed");
    }
    case LastActivityColumn:
        return QLocale().toString(c.lastActivityAt.toLocalTime().time(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant LeadConversationsModel::sortValue(int row, int column) const
{
    const auto& c = m_rows.at(row);
    switch (column) {
    case ContactColumn:
        return display(row, column).toString().toLower();
    case AssigneeColumn:
        return c.assigneeId == 0 ? QString() : assigneeName(c.assigneeId).toLower();
    case StateColumn:
        return c.state;
    case WaitingColumn:
        return waitingSeconds(row).value_or(-1);
    case WindowColumn: {
        // Soonest closing first; closed and never-opened windows after every open one.
        const auto left = windowRemainingSeconds(row);
        return left && *left > 0 ? *left : std::numeric_limits<qint64>::max();
    }
    case LastActivityColumn:
        return c.lastActivityAt.toMSecsSinceEpoch();
    default:
        return {};
    }
}

QVariant LeadConversationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ContactColumn:
        return tr("Contact");
    case AssigneeColumn:
        return tr("Assignee");
    case StateColumn:
        return tr("State");
    case WaitingColumn:
        return tr("Waiting");
    case WindowColumn:
        return tr("Window left");
    case LastActivityColumn:
        return tr("Last activity");
    default:
        return {};
    }
}

} // namespace Atendo

#include "client/consenthistorymodel.h"

#include "client/agentsession.h"
#include "protocol/wiretime.h"

namespace Atendo {

using namespace Qt::StringLiterals;

ConsentHistoryModel::ConsentHistoryModel(AgentSession* session, QObject* parent)
    : KeyedListModel(parent), m_session(session)
{
    if (session)
        connect(session, &AgentSession::contactChanged, this, &ConsentHistoryModel::applyContact);
}

void ConsentHistoryModel::setContact(qint64 contactId)
{
    if (contactId == m_contact.id)
        return;
    beginResetModel();
    m_contact = {};
    m_contact.id = contactId;
    m_items.clear();
    endResetModel();
    if (m_session && contactId > 0)
        m_session->fetchContact(contactId);
}

void ConsentHistoryModel::applyContact(const Protocol::ContactInfo& contact)
{
    if (contact.id != m_contact.id || contact.id == 0)
        return;
    m_contact = contact;
    applyList(contact.consentHistory);
    Q_EMIT contactUpdated(m_contact);
}

QString ConsentHistoryModel::keyOf(const Protocol::ConsentEventInfo& event) const
{
    return Protocol::toWireTime(event.at) + u'|' + event.kind + u'|' + event.source + u'|' + event.actor;
}

QVariant ConsentHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Protocol::ConsentEventInfo& e = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case KindRole:
        return e.kind;
    case SourceRole:
        return e.source;
    case EvidenceRole:
        return e.evidence;
    case ActorRole:
        return e.actor;
    case AtRole:
        return e.at;
    case EventRole:
        return QVariant::fromValue(e);
    default:
        return {};
    }
}

QHash<int, QByteArray> ConsentHistoryModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{KindRole, "kind"}, {SourceRole, "source"}, {EvidenceRole, "evidence"},
        {ActorRole, "actor"}, {AtRole, "at"}, {EventRole, "event"}});
    return names;
}

} // namespace Atendo

#include "client/contactsearchmodel.h"

#include "client/agentsession.h"
#include "protocol/ops.h"

#include <QJsonArray>

namespace Atendo {

using namespace Qt::StringLiterals;

namespace {
constexpr int PageSize = 20;
}

ContactSearchModel::ContactSearchModel(AgentSession* session, QObject* parent)
    : QAbstractListModel(parent), m_session(session)
{ }

QString ContactSearchModel::blockReason(const Protocol::ContactInfo& contact)
{
    if (contact.isOptedOut())
        return u"contact_opted_out"_s;
    if (contact.consentState != u"opted_in"_s)
        return u"no_opt_in"_s;
    return {};
}

void ContactSearchModel::search(const QString& query)
{
    const QString trimmed = query.trimmed();
    ++m_generation;
    beginResetModel();
    m_hits.clear();
    m_query = trimmed;
    m_next = -1;
    endResetModel();
    if (trimmed.size() < MinQueryLength) {
        setLoading(false);
        return;
    }
    requestPage(0);
}

void ContactSearchModel::requestPage(int offset)
{
    if (!m_session)
        return;
    setLoading(true);
    const QJsonObject args {{u"query"_s, m_query}, {u"offset"_s, offset}, {u"limit"_s, PageSize}};
    m_session->request(Protocol::Op::ContactsSearch, args,
        [self = QPointer<ContactSearchModel>(this), generation = m_generation](const Protocol::Reply& reply) {
            if (!self || generation != self->m_generation)
                return;
            self->setLoading(false);
            if (!reply.isOk()) {
                Q_EMIT self->searchFinished(reply.err->message);
                return;
            }
            self->applyPage(reply.ok);
            Q_EMIT self->searchFinished({});
        });
}

void ContactSearchModel::applyPage(const QJsonObject& ok)
{
    QList<Hit> page;
    for (const QJsonValue& value : ok.value(u"items"_s).toArray()) {
        const QJsonObject item = value.toObject();
        if (auto contact = Protocol::ContactInfo::fromJson(item.value(u"contact"_s).toObject()))
            page.append(Hit {std::move(*contact), item.value(u"conversation_id"_s).toInteger()});
    }
    const QJsonValue next = ok.value(u"next"_s);
    m_next = next.isDouble() ? next.toInt() : -1;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_hits.size()), int(m_hits.size() + page.size() - 1));
    m_hits.append(page);
    endInsertRows();
}

void ContactSearchModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

Protocol::ContactInfo ContactSearchModel::contact(int row) const
{
    return row >= 0 && row < m_hits.size() ? m_hits.at(row).contact : Protocol::ContactInfo {};
}

int ContactSearchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant ContactSearchModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= m_hits.size())
        return {};
    const Hit& hit = m_hits.at(index.row());
    const Protocol::ContactInfo& c = hit.contact;
    switch (role) {
    case Qt::DisplayRole:
        return c.name.isEmpty() ? c.phone : c.name;
    case ContactIdRole:
        return c.id;
    case NameRole:
        return c.name;
    case PhoneRole:
        return c.phone;
    case ConsentStateRole:
        return c.consentState;
    case MarketingStoppedRole:
        return c.marketingStopped;
    case StartableRole:
        return blockReason(c).isEmpty();
    case BlockReasonRole:
        return blockReason(c);
    case OpenConversationIdRole:
        return hit.openConversationId;
    default:
        return {};
    }
}

Qt::ItemFlags ContactSearchModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= m_hits.size())
        return Qt::NoItemFlags;
    if (!blockReason(m_hits.at(index.row()).contact).isEmpty())
        return Qt::ItemNeverHasChildren; // listed, but neither enabled nor selectable
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> ContactSearchModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names[ContactIdRole] = "contactId";
    names[NameRole] = "name";
    names[PhoneRole] = "phone";
    names[ConsentStateRole] = "consentState";
    names[MarketingStoppedRole] = "marketingStopped";
    names[StartableRole] = "startable";
    names[BlockReasonRole] = "blockReason";
    names[OpenConversationIdRole] = "openConversationId";
    return names;
}

bool ContactSearchModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_next > 0 && !m_loading;
}

void ContactSearchModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        requestPage(m_next);
}

} // namespace Atendo

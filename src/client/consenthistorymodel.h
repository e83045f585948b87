#pragma once

#include "client/keyedlistmodel.h"
#include "protocol/contactinfo.h"

namespace Atendo {

class AgentSession;

// One contact's consent audit trail (who, when, source, evidence), oldest first.
// It follows contact.changed events for that contact, so an opt-out recorded by
// another agent or by the customer's keyword appears as it happens.
class ConsentHistoryModel : public KeyedListModel<Protocol::ConsentEventInfo, QString>
{
    Q_OBJECT

public:
    enum Role
    {
        KindRole = Qt::UserRole + 1, // opt_in | opt_out | marketing_stop | marketing_resume
        SourceRole,
        EvidenceRole,
        ActorRole,
        AtRole,
        EventRole, // the whole ConsentEventInfo
    };
    Q_ENUM(Role)

    explicit ConsentHistoryModel(AgentSession* session = nullptr, QObject* parent = nullptr);

    // Shows the contact's history and asks the server for it (contact.get).
    void setContact(qint64 contactId);
    [[nodiscard]] qint64 contactId() const { return m_contact.id; }
    [[nodiscard]] Protocol::ContactInfo contact() const { return m_contact; }

    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // A contact with its history (contact.get, contact.changed); others are ignored.
    void applyContact(const Protocol::ContactInfo& contact);

Q_SIGNALS:
    // The contact's consent state or details changed (the panel's badge follows it).
    void contactUpdated(const Atendo::Protocol::ContactInfo& contact);

protected:
    [[nodiscard]] QString keyOf(const Protocol::ConsentEventInfo& event) const override;

private:
    AgentSession* m_session = nullptr;
    Protocol::ContactInfo m_contact;
};

} // namespace Atendo

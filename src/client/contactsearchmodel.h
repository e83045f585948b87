#pragma once

#include "protocol/contactinfo.h"

#include <QAbstractListModel>
#include <QPointer>

namespace Atendo {

class AgentSession;

// Contacts found by the server's contacts.search, page by page (fetchMore), for
// the "New conversation" dialog. A contact who opted out, or has no opt-in on
// record, is listed but not enabled: the agent sees why instead of wondering
// where the customer went. The server decides again when the start is sent.
class ContactSearchModel : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactSearchModel)

public:
    enum Role
    {
        ContactIdRole = Qt::UserRole + 1,
        NameRole,
        PhoneRole,
        ConsentStateRole, // unknown | opted_in | opted_out
        MarketingStoppedRole,
        StartableRole, // a conversation may be started with a template
        BlockReasonRole, // "" | contact_opted_out | no_opt_in (the server's error codes)
        OpenConversationIdRole, // 0 when none is open
    };
    Q_ENUM(Role)

    // Shorter queries are not sent: the server refuses them.
    static constexpr int MinQueryLength = 2;

    explicit ContactSearchModel(AgentSession* session, QObject* parent = nullptr);

    // Replaces the results with the first page for `query` (cleared when too short).
    void search(const QString& query);
    [[nodiscard]] QString query() const { return m_query; }
    [[nodiscard]] bool isLoading() const { return m_loading; }
    [[nodiscard]] Protocol::ContactInfo contact(int row) const;

    // The rule the dialog shows, from the contact's consent state alone.
    [[nodiscard]] static QString blockReason(const Protocol::ContactInfo& contact);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    // A page arrived (or the search failed: `error` is the server's message).
    void searchFinished(const QString& error);
    void loadingChanged(bool loading);

private:
    struct Hit
    {
        Protocol::ContactInfo contact;
        qint64 openConversationId {0};
    };

    void requestPage(int offset);
    void applyPage(const QJsonObject& ok);
    void setLoading(bool loading);

    QPointer<AgentSession> m_session;
    QList<Hit> m_hits;
    QString m_query;
    int m_next {-1}; // offset of the next page, -1 when there is none
    quint64 m_generation {0}; // replies to an older query are dropped
    bool m_loading {false};
};

} // namespace Atendo

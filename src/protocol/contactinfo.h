#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Atendo::Protocol {

// One entry of a contact's consent audit trail (core::ConsentEvent on the wire).
struct ConsentEventInfo
{
    QString kind; // opt_in | opt_out | marketing_stop | marketing_resume
    QString source; // web_form | email | landing_page | in_thread_keyword | import | api | keyword |
                    // agent_on_customer_request | meta_marketing_stop
    QString evidence;
    QString actor; // customer | system | agent:<username> | api:<key name>
    QDateTime at;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static ConsentEventInfo fromJson(const QJsonObject& object);
    friend bool operator==(const ConsentEventInfo&, const ConsentEventInfo&) = default;
};

// A customer. A contact may have no phone number (Meta's business-scoped user
// ids); `key` is the identity the server keys on.
struct ContactInfo
{
    qint64 id = 0;
    QString key; // bsuid:<user_id> or wa:<wa_id>
    QString name;
    QString phone; // E.164, empty when unknown
    QString waId;
    QString userId;
    QString consentState = QStringLiteral("unknown"); // unknown | opted_in | opted_out
    bool marketingStopped = false;
    // Only contact.get and contact.changed carry the history; lists leave it out.
    QList<ConsentEventInfo> consentHistory;

    [[nodiscard]] bool isOptedOut() const { return consentState == QLatin1StringView("opted_out"); }
    [[nodiscard]] QJsonObject toJson(bool withHistory = false) const;
    [[nodiscard]] static std::optional<ContactInfo> fromJson(const QJsonObject& object);
    friend bool operator==(const ContactInfo&, const ContactInfo&) = default;
};

} // namespace Atendo::Protocol

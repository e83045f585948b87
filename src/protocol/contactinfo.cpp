#include "protocol/contactinfo.h"

#include "protocol/wiretime.h"

#include <QJsonArray>

namespace Atendo::Protocol {

using namespace Qt::StringLiterals;

QJsonObject ConsentEventInfo::toJson() const
{
    return {{u"kind"_s, kind}, {u"source"_s, source}, {u"evidence"_s, evidence}, {u"actor"_s, actor},
        {u"at"_s, wireTimeOrNull(at)}};
}

ConsentEventInfo ConsentEventInfo::fromJson(const QJsonObject& object)
{
    return {object.value(u"kind"_s).toString(), object.value(u"source"_s).toString(),
        object.value(u"evidence"_s).toString(), object.value(u"actor"_s).toString(),
        fromWireTime(object.value(u"at"_s))};
}

QJsonObject ContactInfo::toJson(bool withHistory) const
{
    QJsonObject object {{u"id"_s, id}, {u"key"_s, key}, {u"name"_s, name},
        {u"phone"_s, phone.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(phone)},
        {u"wa_id"_s, waId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(waId)},
        {u"user_id"_s, userId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(userId)},
        {u"consent_state"_s, consentState}, {u"marketing_stopped"_s, marketingStopped}};
    if (withHistory) {
        QJsonArray history;
        for (const ConsentEventInfo& event : consentHistory)
            history.append(event.toJson());
        object.insert(u"consent_history"_s, history);
    }
    return object;
}

std::optional<ContactInfo> ContactInfo::fromJson(const QJsonObject& object)
{
    ContactInfo contact;
    contact.id = object.value(u"id"_s).toInteger();
    if (contact.id <= 0)
        return std::nullopt;
    contact.key = object.value(u"key"_s).toString();
    contact.name = object.value(u"name"_s).toString();
    contact.phone = object.value(u"phone"_s).toString();
    contact.waId = object.value(u"wa_id"_s).toString();
    contact.userId = object.value(u"user_id"_s).toString();
    contact.consentState = object.value(u"consent_state"_s).toString(u"unknown"_s);
    contact.marketingStopped = object.value(u"marketing_stopped"_s).toBool();
    const QJsonArray history = object.value(u"consent_history"_s).toArray();
    for (const QJsonValue& item : history)
        contact.consentHistory.append(ConsentEventInfo::fromJson(item.toObject()));
    return contact;
}

} // namespace Atendo::Protocol

#include "sandbox/webhookpayloads.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Atendo {

using namespace Qt::StringLiterals;

WebhookPayloads::WebhookPayloads(const SandboxConfig& config)
    : m_wabaId(config.wabaId)
    , m_metadata {{u"display_phone_number"_s, config.displayPhoneNumber},
          {u"phone_number_id"_s, config.phoneNumberId}}
{ }

QJsonObject WebhookPayloads::messagesValue() const
{
    return QJsonObject {{u"messaging_product"_s, u"whatsapp"_s}, {u"metadata"_s, m_metadata}};
}

QJsonObject WebhookPayloads::inboundMessage(const QJsonObject& contact, const QJsonObject& message) const
{
    QJsonObject value = messagesValue();
    value.insert(u"contacts"_s, QJsonArray {contact});
    value.insert(u"messages"_s, QJsonArray {message});
    return QJsonObject {{u"field"_s, u"messages"_s}, {u"value"_s, value}};
}

QJsonObject WebhookPayloads::status(const QJsonObject& status) const
{
    QJsonObject value = messagesValue();
    value.insert(u"statuses"_s, QJsonArray {status});
    return QJsonObject {{u"field"_s, u"messages"_s}, {u"value"_s, value}};
}

QJsonObject WebhookPayloads::templateStatus(
    const QJsonObject& node, const QString& event, const QString& reason) const
{
    QJsonObject value {
        {u"event"_s, event},
        {u"message_template_id"_s, node.value(u"id"_s).toString().toLongLong()},
        {u"message_template_name"_s, node.value(u"name"_s)},
        {u"message_template_language"_s, node.value(u"language"_s)},
        {u"message_template_category"_s, node.value(u"category"_s)},
        {u"reason"_s, reason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(reason)},
    };
    if (event == u"REJECTED")
        value.insert(u"rejection_info"_s,
            QJsonObject {{u"reason"_s, reason.isEmpty() ? u"NONE"_s : reason},
                {u"recommendation"_s, u"Review the template guidelines and submit again."_s}});
    if (event == u"PAUSED")
        value.insert(u"other_info"_s,
            QJsonObject {{u"title"_s, u"FIRST_PAUSE"_s},
                {u"description"_s, u"Your template has been paused for 3 hours because of low quality."_s}});
    return QJsonObject {{u"field"_s, u"message_template_status_update"_s}, {u"value"_s, value}};
}

QJsonObject WebhookPayloads::templateQuality(const QJsonObject& node, const QString& previousScore) const
{
    const QJsonObject value {
        {u"previous_quality_score"_s, previousScore},
        {u"new_quality_score"_s, node.value(u"quality_score"_s).toObject().value(u"score"_s)},
        {u"message_template_id"_s, node.value(u"id"_s).toString().toLongLong()},
        {u"message_template_name"_s, node.value(u"name"_s)},
        {u"message_template_language"_s, node.value(u"language"_s)},
    };
    return QJsonObject {{u"field"_s, u"message_template_quality_update"_s}, {u"value"_s, value}};
}

QJsonObject WebhookPayloads::userPreference(
    const QJsonObject& contact, const QString& value, qint64 timestamp) const
{
    const QString detail = value == u"stop" ? u"User requested to stop marketing messages"_s
                                            : u"User requested to resume marketing messages"_s;
    QJsonObject body = messagesValue();
    body.insert(u"contacts"_s, QJsonArray {contact});
    body.insert(u"user_preferences"_s,
        QJsonArray {QJsonObject {
            {u"wa_id"_s, contact.value(u"wa_id"_s)},
            {u"detail"_s, detail},
            {u"category"_s, u"marketing_messages"_s},
            {u"value"_s, value},
            {u"timestamp"_s, timestamp},
        }});
    return QJsonObject {{u"field"_s, u"user_preferences"_s}, {u"value"_s, body}};
}

QByteArray WebhookPayloads::envelope(const QList<QJsonObject>& updates, qint64 time) const
{
    QJsonArray changes;
    qsizetype statusChange = -1;
    qsizetype messageChange = -1;
    const auto mergeInto = [&](qsizetype& slot, const QJsonObject& update, const QString& key) {
        if (slot < 0) {
            slot = changes.size();
            changes.append(update);
            return;
        }
        QJsonObject change = changes.at(slot).toObject();
        QJsonObject value = change.value(u"value"_s).toObject();
        QJsonArray items = value.value(key).toArray();
        for (const QJsonValue& item : update.value(u"value"_s).toObject().value(key).toArray())
            items.append(item);
        value.insert(key, items);
        if (key == u"messages") {
            QJsonArray contacts = value.value(u"contacts"_s).toArray();
            for (const QJsonValue& contact :
                update.value(u"value"_s).toObject().value(u"contacts"_s).toArray()) {
                if (!contacts.contains(contact))
                    contacts.append(contact);
            }
            value.insert(u"contacts"_s, contacts);
        }
        change.insert(u"value"_s, value);
        changes.replace(slot, change);
    };
    for (const QJsonObject& update : updates) {
        const QJsonObject value = update.value(u"value"_s).toObject();
        if (update.value(u"field"_s).toString() == u"messages" && value.contains(u"statuses"_s))
            mergeInto(statusChange, update, u"statuses"_s);
        else if (update.value(u"field"_s).toString() == u"messages" && value.contains(u"messages"_s))
            mergeInto(messageChange, update, u"messages"_s);
        else
            changes.append(update);
    }
    QJsonObject entry {{u"id"_s, m_wabaId}, {u"changes"_s, changes}};
    for (const QJsonObject& update : updates) {
        if (update.value(u"field"_s).toString() != u"messages") {
            entry.insert(u"time"_s, time);
            break;
        }
    }
    const QJsonObject root {
        {u"object"_s, u"whatsapp_business_account"_s},
        {u"entry"_s, QJsonArray {entry}},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace Atendo

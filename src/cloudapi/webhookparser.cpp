#include "cloudapi/webhookparser.h"

#include "cloudapi/cloudapilogging.h"
#include "cloudapi/jsonfields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <utility>

namespace Atendo {

using namespace Qt::StringLiterals;
using JsonFields::string;

namespace {

WebhookParseResult failure(const QString& reason)
{
    qCWarning(lcCloudApi) << "webhook refused:" << reason;
    return {std::nullopt, reason};
}

// An array field; a present field of another type is reported, not trusted.
QJsonArray arrayField(
    const QJsonObject& object, QLatin1StringView key, const QString& where, QStringList& warnings)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray()) {
        warnings << u"%1: '%2' is not an array; ignored"_s.arg(where, key);
        return {};
    }
    return value.toArray();
}

// field "messages": inbound messages, statuses and value-level errors together.
void parseMessagesValue(const QJsonObject& value, const WebhookOrigin& origin, WebhookBatch& batch)
{
    const QString where = u"entry %1"_s.arg(origin.wabaId);
    const QJsonArray contacts = arrayField(value, "contacts"_L1, where, batch.warnings);
    for (const QJsonValue& item : arrayField(value, "messages"_L1, where, batch.warnings)) {
        if (auto message = InboundMessage::fromJson(item, contacts, origin, batch.warnings))
            batch.messages << std::move(*message);
    }
    for (const QJsonValue& item : arrayField(value, "statuses"_L1, where, batch.warnings)) {
        if (auto status = StatusUpdate::fromJson(item, origin, batch.warnings))
            batch.statuses << std::move(*status);
    }
    for (const QJsonValue& item : arrayField(value, "errors"_L1, where, batch.warnings)) {
        if (item.isObject())
            batch.errors << CloudApiError::fromWebhookError(item.toObject());
    }
}

void parseUserPreferences(const QJsonObject& value, const WebhookOrigin& origin, WebhookBatch& batch)
{
    const QString where = u"entry %1"_s.arg(origin.wabaId);
    for (const QJsonValue& item : arrayField(value, "user_preferences"_L1, where, batch.warnings)) {
        if (auto preference = UserPreferenceEvent::fromJson(item, origin, batch.warnings))
            batch.userPreferences << std::move(*preference);
    }
}

void parseChange(
    const QJsonValue& changeValue, const QString& wabaId, const QDateTime& entryTime, WebhookBatch& batch)
{
    if (!changeValue.isObject()) {
        batch.warnings << u"entry %1: a change is not an object; skipped"_s.arg(wabaId);
        return;
    }
    const QJsonObject change = changeValue.toObject();
    const QString field = string(change, "field"_L1);
    const QJsonValue value = change.value("value"_L1);
    if (!value.isObject()) {
        batch.warnings << u"entry %1: change '%2' has no value object; skipped"_s.arg(wabaId, field);
        return;
    }
    const QJsonObject metadata = JsonFields::object(value.toObject(), "metadata"_L1);
    const WebhookOrigin origin {
        wabaId, string(metadata, "phone_number_id"_L1), string(metadata, "display_phone_number"_L1)};
    if (field == u"messages") {
        parseMessagesValue(value.toObject(), origin, batch);
    } else if (field == u"user_preferences") {
        parseUserPreferences(value.toObject(), origin, batch);
    } else if (field == u"message_template_status_update") {
        if (auto event = TemplateStatusEvent::fromJson(value, origin, batch.warnings)) {
            event->time = entryTime;
            batch.templateStatuses << std::move(*event);
        }
    } else if (field == u"message_template_quality_update") {
        if (auto event = TemplateQualityEvent::fromJson(value, origin, batch.warnings)) {
            event->time = entryTime;
            batch.templateQualities << std::move(*event);
        }
    } else {
        batch.warnings << u"entry %1: unhandled change field '%2'"_s.arg(wabaId, field);
    }
}

void parseEntry(const QJsonValue& entryValue, WebhookBatch& batch)
{
    if (!entryValue.isObject()) {
        batch.warnings << u"an entry is not an object; skipped"_s;
        return;
    }
    const QJsonObject entry = entryValue.toObject();
    const QString wabaId = string(entry, "id"_L1);
    const QDateTime time = JsonFields::unixTime(entry.value("time"_L1));
    for (const QJsonValue& change :
        arrayField(entry, "changes"_L1, u"entry %1"_s.arg(wabaId), batch.warnings))
        parseChange(change, wabaId, time, batch);
}

} // namespace

WebhookParseResult WebhookParser::parse(const QByteArray& rawBody)
{
    if (rawBody.size() > maxBodySize)
        return failure(u"body of %1 bytes exceeds the %2-byte limit"_s.arg(rawBody.size()).arg(maxBodySize));
    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(rawBody, &jsonError);
    if (jsonError.error != QJsonParseError::NoError)
        return failure(
            u"malformed JSON at offset %1: %2"_s.arg(jsonError.offset).arg(jsonError.errorString()));
    if (!document.isObject())
        return failure(u"top level is not a JSON object"_s);
    const QJsonObject root = document.object();
    const QString object = string(root, "object"_L1);
    if (object != u"whatsapp_business_account")
        return failure(u"object is '%1', not whatsapp_business_account"_s.arg(object));
    if (!root.value("entry"_L1).isArray())
        return failure(u"entry is missing or not an array"_s);

    WebhookBatch batch;
    const QJsonArray entries = root.value("entry"_L1).toArray();
    for (const QJsonValue& entry : entries)
        parseEntry(entry, batch);
    for (const QString& warning : std::as_const(batch.warnings))
        qCDebug(lcCloudApi) << "webhook:" << warning;
    return {std::move(batch), {}};
}

} // namespace Atendo

#include "webhookbodies.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Atendo::Test {

using namespace Qt::StringLiterals;

QByteArray WebhookBodies::textMessage(const QString& waId, const QString& name, const QString& wamid,
    const QString& text, const QDateTime& sentAt)
{
    const QJsonObject value {{u"messaging_product"_s, u"whatsapp"_s},
        {u"metadata"_s,
            QJsonObject {
                {u"display_phone_number"_s, u"15550783881"_s}, {u"phone_number_id"_s, u"106540352242922"_s}}},
        {u"contacts"_s,
            QJsonArray {QJsonObject {{u"profile"_s, QJsonObject {{u"name"_s, name}}}, {u"wa_id"_s, waId}}}},
        {u"messages"_s,
            QJsonArray {QJsonObject {{u"from"_s, waId}, {u"id"_s, wamid},
                {u"timestamp"_s, QString::number(sentAt.toSecsSinceEpoch())}, {u"type"_s, u"text"_s},
                {u"text"_s, QJsonObject {{u"body"_s, text}}}}}}};
    const QJsonObject body {{u"object"_s, u"whatsapp_business_account"_s},
        {u"entry"_s,
            QJsonArray {QJsonObject {{u"id"_s, u"102290129340398"_s},
                {u"changes"_s,
                    QJsonArray {QJsonObject {{u"field"_s, u"messages"_s}, {u"value"_s, value}}}}}}}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace Atendo::Test

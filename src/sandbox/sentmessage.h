#pragma once

#include "sandbox/pricingpolicy.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace Atendo {

// One message the business sent through POST /messages, as GET /sandbox/sent lists it.
struct SentMessage
{
    QString wamid;
    QString to; // wa_id
    QString type;
    QString text;
    QString templateName;
    QString templateLanguage;
    QString templateCategory; // lower case; empty for free-form
    QJsonArray templateParams; // every parameter's text (or type) in order
    QStringList quickReplies; // the template's quick-reply button texts
    QString contextId;
    // image/document/audio/video sent by media id: what the upload held.
    QString mediaId;
    QString mediaMimeType;
    QString mediaFileName; // the document's filename as sent
    QString mediaSha256;
    qint64 mediaSize = 0;
    QString bizOpaque;
    QString apiVersion;
    QString status = QStringLiteral("accepted"); // accepted | sent | delivered | read | failed
    int errorCode = 0;
    Pricing pricing;
    QString conversationId;
    QDateTime conversationExpiry; // set for free entry points (and v23 and lower)
    qint64 at = 0;

    [[nodiscard]] bool isFreeForm() const { return type != u"template"; }
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace Atendo

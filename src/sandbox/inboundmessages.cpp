#include "sandbox/inboundmessages.h"

#include "sandbox/mediastore.h"
#include "sandbox/sandboxclock.h"
#include "sandbox/sandboxconfig.h"
#include "sandbox/wamid.h"
#include "sandbox/webhookdispatcher.h"
#include "sandbox/webhookpayloads.h"
#include "sandbox/windowtracker.h"

#include <QFile>
#include <QRegularExpression>

namespace Atendo {

using namespace Qt::StringLiterals;

namespace {

QByteArray resource(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

InboundMessages::InboundMessages(const SandboxConfig& config, const SandboxClock& clock,
    QRandomGenerator& random, WindowTracker& windows, MediaStore& media, WebhookDispatcher& dispatcher)
    : m_config(config)
    , m_clock(clock)
    , m_random(random)
    , m_windows(windows)
    , m_media(media)
    , m_dispatcher(dispatcher)
    , m_photo(resource(u":/sandbox/photo.png"_s))
    , m_document(resource(u":/sandbox/document.pdf"_s))
{ }

void InboundMessages::rememberContact(const QString& waId, const QString& name, const QString& userId)
{
    Contact& known = m_contacts[waId];
    if (!name.isEmpty())
        known.name = name;
    if (!userId.isEmpty())
        known.userId = userId;
}

QString InboundMessages::waIdForUserId(const QString& userId) const
{
    for (auto it = m_contacts.cbegin(); it != m_contacts.cend(); ++it) {
        if (it->userId == userId)
            return it.key();
    }
    return {};
}

QJsonObject InboundMessages::contact(const QString& waId) const
{
    const Contact known = m_contacts.value(waId);
    QJsonObject json {
        {u"profile"_s,
            QJsonObject {{u"name"_s, known.name.isEmpty() ? u"Cliente "_s + waId.right(4) : known.name}}},
        {u"wa_id"_s, waId}};
    if (!known.userId.isEmpty())
        json.insert(u"user_id"_s, known.userId);
    return json;
}

InboundMessages::Result InboundMessages::inject(const QJsonObject& request)
{
    static const QRegularExpression phone(u"^\\+?[0-9]{8,15}$"_s);
    const QString from = request.value(u"from"_s).toString().remove(u'+');
    if (!phone.match(from).hasMatch())
        return {{}, u"from must be a phone number in international format"_s};
    const qint64 timestamp = request.value(u"timestamp"_s).toInteger(m_clock.nowSeconds());

    QJsonObject message {
        {u"from"_s, from},
        {u"id"_s, Wamid::generate(from, m_random)},
        {u"timestamp"_s, QString::number(timestamp)},
    };
    const QString error = typeObject(request, message);
    if (!error.isEmpty())
        return {{}, error};
    const QString contextId = request.value(u"context_id"_s).toString();
    if (!contextId.isEmpty() && message.value(u"type"_s).toString() != u"reaction")
        message.insert(
            u"context"_s, QJsonObject {{u"from"_s, m_config.displayPhoneNumber}, {u"id"_s, contextId}});
    const bool referral = request.value(u"referral"_s).toBool();
    if (referral) {
        message.insert(u"referral"_s,
            QJsonObject {{u"source_url"_s, u"https://fb.me/atendo-sandbox-ad"_s},
                {u"source_id"_s, u"120210000000000001"_s}, {u"source_type"_s, u"ad"_s},
                {u"headline"_s, u"Fale com a Loja Atendo"_s}, {u"body"_s, u"Ofertas de fim de ano"_s},
                {u"media_type"_s, u"image"_s}, {u"ctwa_clid"_s, Wamid::graphId(m_random)}});
    }

    rememberContact(from, request.value(u"name"_s).toString(), request.value(u"user_id"_s).toString());
    m_windows.recordInbound(from, QDateTime::fromSecsSinceEpoch(timestamp, Qt::UTC), referral);
    m_dispatcher.enqueue(WebhookPayloads(m_config).inboundMessage(contact(from), message));
    return {message.value(u"id"_s).toString(), {}};
}

QString InboundMessages::typeObject(const QJsonObject& request, QJsonObject& message)
{
    const QString type = request.value(u"type"_s).toString(u"text"_s);
    const QString text = request.value(u"text"_s).toString();
    message.insert(u"type"_s, type);
    if (type == u"text") {
        if (text.isEmpty())
            return u"text needs a non-empty text"_s;
        message.insert(u"text"_s, QJsonObject {{u"body"_s, text}});
    } else if (type == u"image" || type == u"document") {
        message.insert(type, mediaObject(type, request));
    } else if (type == u"location") {
        QJsonObject location {{u"latitude"_s, request.value(u"latitude"_s).toDouble(-23.561414)},
            {u"longitude"_s, request.value(u"longitude"_s).toDouble(-46.655881)}};
        if (!text.isEmpty())
            location.insert(u"name"_s, text);
        if (request.contains(u"address"_s))
            location.insert(u"address"_s, request.value(u"address"_s));
        message.insert(u"location"_s, location);
    } else if (type == u"button") {
        if (request.value(u"context_id"_s).toString().isEmpty())
            return u"button needs context_id (the template message tapped)"_s;
        message.insert(u"button"_s,
            QJsonObject {{u"payload"_s, request.value(u"payload"_s).toString(text)}, {u"text"_s, text}});
    } else if (type == u"reaction") {
        const QString target = request.value(u"context_id"_s).toString();
        if (target.isEmpty())
            return u"reaction needs context_id (the message reacted to)"_s;
        QJsonObject reaction {{u"message_id"_s, target}};
        // Meta omits emoji when the customer removes a reaction.
        if (!text.isEmpty())
            reaction.insert(u"emoji"_s, text);
        message.insert(u"reaction"_s, reaction);
    } else {
        return u"type must be text, image, document, location, button or reaction"_s;
    }
    return {};
}

QJsonObject InboundMessages::mediaObject(const QString& type, const QJsonObject& request)
{
    const bool image = type == u"image";
    const QString fileName
        = request.value(u"filename"_s).toString(image ? u"photo.png"_s : u"documento.pdf"_s);
    const QString mime = image ? u"image/png"_s : u"application/pdf"_s;
    const QString id = m_media.add(image ? m_photo : m_document, mime, fileName);
    const auto stored = m_media.find(id);
    QJsonObject media {{u"id"_s, id}, {u"mime_type"_s, mime}, {u"sha256"_s, stored->sha256}};
    if (!request.value(u"text"_s).toString().isEmpty())
        media.insert(u"caption"_s, request.value(u"text"_s));
    if (!image)
        media.insert(u"filename"_s, fileName);
    return media;
}

} // namespace Atendo

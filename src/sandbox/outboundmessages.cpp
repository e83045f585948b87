#include "sandbox/outboundmessages.h"

#include "cloudapi/mediarules.h"
#include "sandbox/mediastore.h"
#include "sandbox/sandboxclock.h"
#include "sandbox/sandboxconfig.h"
#include "sandbox/statussimulator.h"
#include "sandbox/templatecatalog.h"
#include "sandbox/templatechecker.h"
#include "sandbox/wamid.h"
#include "sandbox/windowtracker.h"

#include <QRandomGenerator>

namespace Atendo {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype maxTextBody = 4096;
// Meta's pair limit: 1 message per 6 s to one user, bursts of up to 45.
constexpr double pairBurst = 45.0;
constexpr double pairRefillPerSecond = 1.0 / 6.0;

const QStringList mediaTypes {u"image"_s, u"document"_s, u"video"_s, u"audio"_s, u"sticker"_s};

QString digitsOf(const QString& phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

QString parameterText(const QJsonObject& param)
{
    const QString type = param.value(u"type"_s).toString();
    if (type == u"text")
        return param.value(u"text"_s).toString();
    if (type == u"payload")
        return param.value(u"payload"_s).toString();
    if (type == u"currency" || type == u"date_time")
        return param.value(type).toObject().value(u"fallback_value"_s).toString();
    return type;
}

} // namespace

OutboundMessages::OutboundMessages(const SandboxConfig& config, const SandboxClock& clock,
    QRandomGenerator& random, const TemplateCatalog& templates, WindowTracker& windows,
    StatusSimulator& statuses, QObject* parent)
    : QObject(parent)
    , m_config(config)
    , m_clock(clock)
    , m_random(random)
    , m_templates(templates)
    , m_windows(windows)
    , m_statuses(statuses)
    , m_throughput(config.messagesPerSecond, config.messagesPerSecond)
{
    connect(&m_statuses, &StatusSimulator::statusChanged, this, &OutboundMessages::statusChanged);
}

std::optional<SentMessage> OutboundMessages::find(const QString& wamid) const
{
    const auto it = m_byWamid.constFind(wamid);
    return it == m_byWamid.constEnd() ? std::nullopt : std::optional(m_sent.at(*it));
}

void OutboundMessages::setMarketingStopped(const QString& waId, bool stopped)
{
    if (stopped)
        m_marketingStopped.insert(waId);
    else
        m_marketingStopped.remove(waId);
}

OutboundMessages::Answer OutboundMessages::send(const QJsonObject& body, const QString& apiVersion)
{
    const auto fail = [](const MetaError& error) { return Answer {error.httpStatus, {}, error}; };
    if (body.value(u"messaging_product"_s).toString() != u"whatsapp")
        return fail(MetaError::invalidParameter(u"messaging_product must be \"whatsapp\""_s));
    if (body.value(u"status"_s).toString() == u"read")
        return markRead(body);

    SentMessage message;
    // `to` wins over `recipient` (a BSUID) when both are given (cloudapi.md §1.4).
    message.to = digitsOf(body.value(u"to"_s).toString());
    const QString recipient = message.to.isEmpty() ? body.value(u"recipient"_s).toString() : QString();
    if (!recipient.isEmpty() && m_resolve)
        message.to = m_resolve(recipient);
    if (message.to.isEmpty())
        return fail(MetaError::invalidParameter(
            recipient.isEmpty() ? u"The parameter to is required."_s : u"Unknown recipient "_s + recipient));
    const qint64 nowMs = m_clock.now().toMSecsSinceEpoch();
    if (!m_throughput.take(nowMs))
        return fail(MetaError::throughput());
    if (auto error = describe(body, message))
        return fail(*error);
    if (m_config.pairLimit) {
        auto pair = m_pairs.find(message.to);
        if (pair == m_pairs.end())
            pair = m_pairs.insert(message.to, TokenBucket(pairBurst, pairRefillPerSecond));
        if (!pair->take(nowMs))
            return fail(MetaError::pairLimit());
    }

    message.wamid = Wamid::generate(message.to, m_random);
    message.apiVersion = apiVersion;
    message.at = m_clock.nowSeconds();
    message.contextId = body.value(u"context"_s).toObject().value(u"message_id"_s).toString();
    message.bizOpaque = body.value(u"biz_opaque_callback_data"_s).toString().left(512);
    const std::optional<MetaError> failure = asyncFailure(message);
    if (failure) {
        message.errorCode = failure->code;
    } else {
        price(message);
    }
    m_byWamid.insert(message.wamid, m_sent.size());
    m_sent.append(message);
    m_statuses.schedule(message, failure);
    Q_EMIT accepted(message);

    // With a BSUID send, contacts[].user_id replaces wa_id (cloudapi.md §2.3).
    const QJsonObject contact = recipient.isEmpty()
        ? QJsonObject {{u"input"_s, body.value(u"to"_s)}, {u"wa_id"_s, message.to}}
        : QJsonObject {{u"input"_s, recipient}, {u"user_id"_s, recipient}};
    QJsonObject sentMessage {{u"id"_s, message.wamid}};
    if (message.type == u"template")
        sentMessage.insert(u"message_status"_s, u"accepted"_s);
    return Answer {200,
        QJsonObject {
            {u"messaging_product"_s, u"whatsapp"_s},
            {u"contacts"_s, QJsonArray {contact}},
            {u"messages"_s, QJsonArray {sentMessage}},
        },
        std::nullopt};
}

OutboundMessages::Answer OutboundMessages::markRead(const QJsonObject& body)
{
    const QString id = body.value(u"message_id"_s).toString();
    if (id.isEmpty()) {
        const MetaError error = MetaError::invalidParameter(u"The parameter message_id is required."_s);
        return Answer {error.httpStatus, {}, error};
    }
    m_reads.append(QJsonObject {{u"message_id"_s, id}, {u"at"_s, m_clock.nowSeconds()},
        {u"typing_indicator"_s, body.value(u"typing_indicator"_s).toObject().value(u"type"_s)}});
    return Answer {200, QJsonObject {{u"success"_s, true}}, std::nullopt};
}

std::optional<MetaError> OutboundMessages::describe(const QJsonObject& body, SentMessage& message) const
{
    message.type = body.value(u"type"_s).toString(u"text"_s);
    if (message.type == u"text") {
        const QJsonValue text = body.value(u"text"_s).toObject().value(u"body"_s);
        if (!text.isString() || text.toString().isEmpty())
            return MetaError::invalidParameter(u"The parameter text['body'] is required."_s);
        if (text.toString().size() > maxTextBody)
            return MetaError::invalidParameter(u"Param text['body'] must be at most 4096 characters long."_s);
        message.text = text.toString();
        return std::nullopt;
    }
    if (message.type == u"reaction") {
        const QJsonObject reaction = body.value(u"reaction"_s).toObject();
        if (reaction.value(u"message_id"_s).toString().isEmpty())
            return MetaError::invalidParameter(u"The parameter reaction['message_id'] is required."_s);
        message.text = reaction.value(u"emoji"_s).toString();
        message.contextId = reaction.value(u"message_id"_s).toString();
        return std::nullopt;
    }
    if (mediaTypes.contains(message.type))
        return describeMedia(body, message);
    if (message.type == u"template")
        return describeTemplate(body, message);
    return MetaError::invalidParameter(u"Unsupported message type \"%1\""_s.arg(message.type));
}

std::optional<MetaError> OutboundMessages::describeMedia(const QJsonObject& body, SentMessage& message) const
{
    const QJsonObject media = body.value(message.type).toObject();
    if (!media.value(u"link"_s).isString() && !media.value(u"id"_s).isString())
        return MetaError::invalidParameter(u"%1 needs a link or an id"_s.arg(message.type));
    message.text = media.value(u"caption"_s).toString();
    if (message.type == u"audio" && !message.text.isEmpty())
        return MetaError::invalidParameter(u"Param audio['caption'] is not supported"_s);
    if (message.text.size() > 1024)
        return MetaError::invalidParameter(
            u"Param %1['caption'] must be at most 1024 characters long."_s.arg(message.type));
    const QString id = media.value(u"id"_s).toString();
    if (id.isEmpty() || !m_media)
        return std::nullopt;
    // An id must be one this business uploaded (not a customer's media), and
    // of the kind the message says.
    const auto stored = m_media->find(id);
    if (!stored || !stored->uploaded)
        return MetaError::mediaUpload(
            u"Media id %1 does not exist or was not uploaded by this business"_s.arg(id));
    if (MediaRules::kindOf(stored->mimeType) != message.type)
        return MetaError::mediaUpload(
            u"Media id %1 is %2, which cannot be sent as %3"_s.arg(id, stored->mimeType, message.type));
    message.mediaId = id;
    message.mediaMimeType = stored->mimeType;
    message.mediaSha256 = stored->sha256;
    message.mediaSize = stored->bytes.size();
    message.mediaFileName = media.value(u"filename"_s).toString();
    return std::nullopt;
}

std::optional<MetaError> OutboundMessages::describeTemplate(
    const QJsonObject& body, SentMessage& message) const
{
    const QJsonObject request = body.value(u"template"_s).toObject();
    message.templateName = request.value(u"name"_s).toString();
    message.templateLanguage = request.value(u"language"_s).toObject().value(u"code"_s).toString();
    if (message.templateName.isEmpty() || message.templateLanguage.isEmpty())
        return MetaError::invalidParameter(u"template needs name and language.code"_s);
    const auto node = m_templates.find(message.templateName, message.templateLanguage);
    const QString status = node ? node->value(u"status"_s).toString() : QString();
    const QString where = u"template name (%1) in %2"_s.arg(message.templateName, message.templateLanguage);
    if (status == u"PAUSED")
        return MetaError::templatePaused(where + u" is paused"_s);
    if (status == u"DISABLED")
        return MetaError::templateDisabled(where + u" is disabled"_s);
    if (status != u"APPROVED")
        return MetaError::templateMissing(node ? QString(where + u" is not approved ("_s + status + u')')
                                               : QString(where + u" does not exist"_s));
    if (auto error = TemplateChecker::check(*node, request))
        return error;

    message.templateCategory = node->value(u"category"_s).toString().toLower();
    for (const QJsonValue& component : request.value(u"components"_s).toArray()) {
        for (const QJsonValue& param : component.toObject().value(u"parameters"_s).toArray())
            message.templateParams.append(parameterText(param.toObject()));
    }
    for (const QJsonValue& component : node->value(u"components"_s).toArray()) {
        for (const QJsonValue& button : component.toObject().value(u"buttons"_s).toArray()) {
            if (button.toObject().value(u"type"_s).toString() == u"QUICK_REPLY")
                message.quickReplies.append(button.toObject().value(u"text"_s).toString());
        }
    }
    return std::nullopt;
}

std::optional<MetaError> OutboundMessages::asyncFailure(const SentMessage& message) const
{
    for (const QString& suffix : m_config.notOnWhatsAppSuffixes) {
        if (message.to.endsWith(suffix))
            return MetaError::undeliverable();
    }
    if (message.isFreeForm() && !m_windows.isOpen(message.to, m_clock.now()))
        return MetaError::reEngagement();
    if (message.templateCategory == u"marketing" && marketingStopped(message.to))
        return MetaError::marketingStopped();
    return std::nullopt;
}

void OutboundMessages::price(SentMessage& message)
{
    const QDateTime now = m_clock.now();
    const auto freeUntil = m_windows.freeEntryPoint(message.to, now);
    const QString category = message.isFreeForm() ? u"service"_s : message.templateCategory;
    message.pricing = PricingPolicy::price(
        m_config.pricing, category, m_windows.isOpen(message.to, now), freeUntil.has_value());
    message.conversationId = QString::fromLatin1(QByteArray::number(m_random.generate64(), 16));
    message.conversationExpiry = freeUntil ? *freeUntil : now.addSecs(24 * 3600);
}

void OutboundMessages::statusChanged(const QString& wamid, const QString& status, int errorCode)
{
    const auto it = m_byWamid.constFind(wamid);
    if (it == m_byWamid.constEnd())
        return;
    SentMessage& message = m_sent[*it];
    message.status = status;
    if (errorCode != 0)
        message.errorCode = errorCode;
}

} // namespace Atendo

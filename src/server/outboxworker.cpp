#include "server/outboxworker.h"

#include "cloudapi/sendresult.h"
#include "core/clock.h"
#include "protocol/ops.h"
#include "server/eventbus.h"
#include "server/metrics.h"
#include "server/serverconfig.h"
#include "server/serverlogging.h"
#include "server/wiremapper.h"
#include "store/contactrepository.h"
#include "store/conversationrepository.h"
#include "store/database.h"
#include "store/messagerepository.h"
#include "store/outbox.h"

#include <QJsonObject>
#include <QNetworkReply>

#include <algorithm>
#include <cmath>

namespace Atendo {

using namespace Qt::StringLiterals;

namespace {

constexpr int ClaimBatch = 50;

GraphRequests::Settings graphSettings(const ServerConfig& config)
{
    GraphRequests::Settings settings;
    settings.baseUrl = config.graphBaseUrl;
    settings.apiVersion = config.graphApiVersion;
    settings.phoneNumberId = config.phoneNumberId;
    settings.wabaId = config.wabaId;
    settings.accessToken = config.accessToken;
    return settings;
}

} // namespace

OutboxWorker::OutboxWorker(const ServerContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_graph(graphSettings(*context.config))
    , m_media(MediaFolder(context.config->resolvedMediaDirectory()), m_graph, m_network)
    , m_throughput(context.config->throughputPerSecond, context.config->throughputPerSecond)
{
    m_timer.setInterval(100);
    connect(&m_timer, &QTimer::timeout, this, &OutboxWorker::pump);
}

OutboxWorker::~OutboxWorker() = default;

void OutboxWorker::start()
{
    // Items a crash left in flight go back to pending unless Meta already
    // accepted them (their wamid is known): that is what "never twice" rests on.
    const int requeued = Outbox(*m_context.database).requeueInflight();
    if (requeued > 0)
        qCInfo(lcOutbox) << requeued << "sends interrupted by the last shutdown are queued again";
    m_running = true;
    m_timer.start();
    kick();
}

void OutboxWorker::stop()
{
    m_running = false;
    m_timer.stop();
}

void OutboxWorker::kick()
{
    if (m_running)
        QTimer::singleShot(0, this, &OutboxWorker::pump);
}

void OutboxWorker::pump()
{
    if (!m_running)
        return;
    const QDateTime now = m_context.clock->now();
    const int budget = std::min(ClaimBatch, m_throughput.available(now));
    if (budget == 0)
        return;
    const QList<OutboxItem> items = Outbox(*m_context.database).claimDue(now, budget);
    for (const OutboxItem& item : items) {
        m_throughput.tryTake(now);
        send(item);
    }
}

QString OutboxWorker::blockedReason(qint64 messageId, QString* recipient)
{
    Database& db = *m_context.database;
    const auto message = MessageRepository(db).findById(messageId);
    if (!message)
        return u"not_found"_s;
    const auto conversation = ConversationRepository(db).findById(message->conversationId);
    const auto contact
        = conversation ? ContactRepository(db).findById(conversation->contactId) : std::nullopt;
    if (!contact)
        return u"not_found"_s;
    *recipient = contact->key;
    // The rules were checked when the message was accepted; an opt-out that
    // arrived while it waited still stops it.
    if (contact->consentState == ConsentState::OptedOut)
        return u"contact_opted_out"_s;
    return {};
}

void OutboxWorker::send(const OutboxItem& item)
{
    QString recipient;
    const QString blocked = blockedReason(item.messageId, &recipient);
    if (!blocked.isEmpty()) {
        Outbox(*m_context.database).fail(item.id, blocked);
        markFailed(item.messageId, blocked,
            blocked == u"contact_opted_out" ? u"The contact opted out before the message went out"_s
                                            : u"The message no longer exists"_s);
        return;
    }
    if (const auto slot = pairSlot(recipient, m_context.clock->now())) {
        Outbox(*m_context.database).retryLater(item.id, *slot, u"pair_limit"_s);
        return;
    }
    if (const auto queued = MediaOutbox::parse(item.requestJson)) {
        sendMedia(item, *queued);
        return;
    }
    // The request is the Graph body exactly as built when the message was accepted.
    post(item, item.requestJson.toUtf8());
}

void OutboxWorker::post(const OutboxItem& item, const QByteArray& body)
{
    QNetworkReply* reply = m_network.post(m_graph.messagesRequest(), body);
    ++m_inFlight;
    connect(reply, &QNetworkReply::finished, this, [this, reply, item] { finished(reply, item); });
}

void OutboxWorker::sendMedia(const OutboxItem& item, const MediaOutbox::Queued& queued)
{
    if (!m_media.has(queued.ref)) {
        const QString text = u"The file to send is no longer on the server"_s;
        Outbox(*m_context.database).fail(item.id, u"media_missing "_s + text);
        markFailed(item.messageId, u"media_missing"_s, text);
        return;
    }
    ++m_inFlight;
    m_media.resolve(
        queued.ref, [this, item, queued](const QString& mediaId, const std::optional<CloudApiError>& error) {
            --m_inFlight;
            if (mediaId.isEmpty()) {
                failOrRetry(item, error.value_or(CloudApiError::network(u"upload failed"_s)));
                if (m_inFlight == 0)
                    Q_EMIT idle();
                return;
            }
            post(item, MediaOutbox::messageBody(queued, mediaId));
        });
}

std::optional<QDateTime> OutboxWorker::pairSlot(const QString& recipient, const QDateTime& now)
{
    const ServerConfig& config = *m_context.config;
    auto pair = m_pairs.find(recipient);
    if (pair == m_pairs.end())
        pair = m_pairs.insert(recipient, RateBucket(config.pairPerSecond, config.pairBurst));
    if (pair->tryTake(now))
        return std::nullopt;
    // One token comes back every 1/pairPerSecond: messages held back together
    // are promised consecutive refills instead of all racing for the next one.
    QDateTime slot = now.addMSecs(pair->msUntilToken(now));
    const QDateTime promised = m_pairSlots.value(recipient);
    if (promised.isValid() && promised >= slot)
        slot = promised.addMSecs(qint64(std::ceil(1000.0 / config.pairPerSecond)));
    m_pairSlots.insert(recipient, slot);
    return slot;
}

void OutboxWorker::finished(QNetworkReply* reply, const OutboxItem& item)
{
    reply->deleteLater();
    --m_inFlight;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (status == 0) {
        failOrRetry(item, CloudApiError::network(reply->errorString()));
    } else {
        const SendResult result = GraphRequests::parseSendResponse(status, body);
        if (result.ok())
            succeed(item, result.wamid);
        else
            failOrRetry(item, *result.error);
    }
    if (m_inFlight == 0)
        Q_EMIT idle();
}

void OutboxWorker::succeed(const OutboxItem& item, const QString& wamid)
{
    Database& db = *m_context.database;
    Transaction tx = db.transaction();
    EventBatch batch(*m_context.bus);
    MessageRepository messages(db);
    messages.setWamid(item.messageId, wamid);
    Outbox(db).complete(item.id);
    if (const auto row = messages.findById(item.messageId))
        m_context.bus->publish(Protocol::Ev::MessageStatus, WireMapper::statusData(*row));
    if (!tx.commit())
        return;
    batch.commit();
    m_context.metrics->increment(u"atendo_messages_total{direction=\"out\"}"_s);
    Q_EMIT wamidRecorded(wamid);
}

qint64 OutboxWorker::backoffMs(int attempts) const
{
    const qint64 base = m_context.config->retryBaseMs;
    return std::min<qint64>(base << std::min(attempts, 12), 5 * 60 * 1000);
}

void OutboxWorker::failOrRetry(const OutboxItem& item, const CloudApiError& error)
{
    const bool retryable = error.isRetryable() || error.httpStatus >= 500 || error.code == 0;
    const QString reason = error.code == 0 ? u"network"_s : QString::number(error.code);
    if (retryable && item.attempts < m_context.config->maxSendAttempts) {
        const QDateTime when = m_context.clock->now().addMSecs(backoffMs(item.attempts));
        qCInfo(lcOutbox) << "send of message" << item.messageId << "retried after" << error.code
                         << error.message;
        m_context.metrics->increment(u"atendo_outbox_retries_total{reason=\"%1\"}"_s.arg(reason));
        Outbox(*m_context.database).retryLater(item.id, when, u"%1 %2"_s.arg(error.code).arg(error.message));
        QTimer::singleShot(backoffMs(item.attempts), this, &OutboxWorker::pump);
        return;
    }
    const QString code = error.code == 0 ? u"network"_s : u"meta_%1"_s.arg(error.code);
    QString text = error.details.isEmpty() ? error.message : error.details;
    if (error.code == 0)
        text = u"WhatsApp could not be reached: "_s + text;
    if (retryable)
        text = u"Gave up after %1 attempts. "_s.arg(item.attempts) + text;
    qCWarning(lcOutbox) << "message" << item.messageId << "failed:" << code << text;
    Outbox(*m_context.database).fail(item.id, code + u' ' + text);
    markFailed(item.messageId, code, text);
    // Meta's templates changed under us (paused, disabled, edited): its
    // webhook may come late or never, so look now.
    if (error.errorClass() == ErrorClass::TemplateProblem)
        Q_EMIT templatesOutdated();
    m_context.metrics->increment(u"atendo_messages_total{direction=\"out\",outcome=\"failed\"}"_s);
}

void OutboxWorker::markFailed(qint64 messageId, const QString& code, const QString& message)
{
    Database& db = *m_context.database;
    Transaction tx = db.transaction();
    EventBatch batch(*m_context.bus);
    MessageRepository messages(db);
    messages.updateStatus(messageId, u"failed"_s, code, message);
    if (const auto row = messages.findById(messageId))
        m_context.bus->publish(Protocol::Ev::MessageStatus, WireMapper::statusData(*row));
    if (tx.commit())
        batch.commit();
}

void OutboxWorker::sendReadReceipt(const QString& wamid)
{
    QNetworkReply* reply = m_network.post(m_graph.messagesRequest(), GraphRequests::markReadBody(wamid));
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
}

} // namespace Atendo

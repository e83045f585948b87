// AgentSession: requests, replies and the agent's pending sends.
#include "client/agentsession.h"
#include "client/clientlog.h"
#include "client/localcache.h"
#include "core/templaterenderer.h"
#include "protocol/framecodec.h"
#include "protocol/ops.h"
#include "protocol/wiretime.h"

#include <QUuid>
#include <QWebSocket>

namespace Atendo {

using namespace Qt::StringLiterals;

namespace {

// Ops the session itself sends while connecting; never held or retried.
bool isHandshakeOp(const QString& op)
{
    return op == Protocol::Op::Login || op == Protocol::Op::Resume || op == Protocol::Op::Snapshot
        || op == Protocol::Op::Ping || op == Protocol::Op::Logout;
}

// Ops whose repetition changes nothing, so one lost in a drop is simply asked again.
// The rest (claim, transfer, resolve, reopen, opt-out) may have happened: the
// agent is told, and the events after the resume show what the server did.
bool isRepeatable(const QString& op)
{
    static const QList<QLatin1StringView> repeatable {Protocol::Op::ConversationsList,
        Protocol::Op::ConversationGet, Protocol::Op::MessagesList, Protocol::Op::Search,
        Protocol::Op::ContactGet, Protocol::Op::ContactsSearch, Protocol::Op::TemplatesList,
        Protocol::Op::AgentsList, Protocol::Op::MediaGet, Protocol::Op::ConversationRead,
        Protocol::Op::PresenceSet, Protocol::Op::View, Protocol::Op::ConversationStart};
    return std::any_of(
        repeatable.cbegin(), repeatable.cend(), [&op](QLatin1StringView r) { return op == r; });
}

} // namespace

qint64 AgentSession::transmit(Protocol::Request request, ReplyHandler done)
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        if (!isHandshakeOp(request.op) && request.op != Protocol::Op::MessageSend)
            m_queued.append({request, std::move(done), {}});
        return 0;
    }
    const qint64 id = m_nextRequestId++;
    request.id = id;
    const QDateTime sentAt = m_clock->now();
    m_socket->sendTextMessage(QString::fromUtf8(Protocol::FrameCodec::encode(request)));
    m_inFlight.insert(id, {std::move(request), std::move(done), sentAt});
    return id;
}

void AgentSession::request(QLatin1StringView op, const QJsonObject& args, ReplyHandler done)
{
    Protocol::Request request {QJsonValue(), op.toString(), args};
    if (m_state == State::Online)
        transmit(std::move(request), std::move(done));
    else
        m_queued.append({std::move(request), std::move(done), {}});
}

void AgentSession::handleReply(const Protocol::Reply& reply)
{
    const auto it = m_inFlight.find(reply.re.toInteger());
    if (it == m_inFlight.end()) {
        qCWarning(lcClient) << "reply to an unknown request" << reply.re;
        return;
    }
    const Outgoing outgoing = *it;
    m_inFlight.erase(it);
    if (reply.isOk())
        updateClockOffset(Protocol::fromWireTime(reply.ok.value(u"server_time"_s)), outgoing.sentAt);

    const QString& op = outgoing.request.op;
    if (!reply.isOk() && reply.err->code == Protocol::ErrorCode::RateLimited && !isHandshakeOp(op)
        && op != Protocol::Op::MessageSend) {
        // Asked to slow down: the same request again once the server allows it.
        const auto delay = m_backoff.delay(0, BackoffPolicy::retryAfter(*reply.err));
        QTimer::singleShot(delay, this, [this, outgoing] {
            m_queued.append(outgoing);
            if (m_state == State::Online)
                flushQueued();
        });
        return;
    }
    if (!reply.isOk() && !isHandshakeOp(op) && op != Protocol::Op::MessageSend)
        Q_EMIT requestFailed(op, reply.err->code, reply.err->message);
    if (outgoing.done)
        outgoing.done(reply);
}

void AgentSession::failRequest(const Outgoing& outgoing, const Protocol::Error& error)
{
    Q_EMIT requestFailed(outgoing.request.op, error.code, error.message);
    if (outgoing.done)
        outgoing.done(Protocol::Reply::failure(outgoing.request.id, error.code, error.message));
}

void AgentSession::requeueAfterDrop()
{
    auto inFlight = std::exchange(m_inFlight, {});
    QList<qint64> ids = inFlight.keys();
    std::sort(ids.begin(), ids.end());
    QList<Outgoing> again;
    for (const qint64 id : std::as_const(ids)) {
        Outgoing outgoing = inFlight.value(id);
        const QString& op = outgoing.request.op;
        if (isHandshakeOp(op) || op == Protocol::Op::MessageSend)
            continue; // the handshake restarts; sends live in m_pending
        if (isRepeatable(op)) {
            again.append(std::move(outgoing));
            continue;
        }
        failRequest(outgoing,
            {Protocol::ErrorCode::Internal,
                tr("The connection dropped before the server answered; check the conversation before "
                   "trying again"),
                {}});
    }
    m_queued = again + m_queued;
    m_pending.markAllUnsent();
}

void AgentSession::flushQueued()
{
    const auto queued = std::exchange(m_queued, {});
    for (const auto& outgoing : queued)
        transmit(outgoing.request, outgoing.done);
    for (PendingSends::Entry* entry : m_pending.unsent())
        transmitSend(*entry);
}

Protocol::MessageInfo AgentSession::makeEcho(qint64 conversationId, const QString& key) const
{
    Protocol::MessageInfo echo;
    echo.conversationId = conversationId;
    echo.key = key;
    echo.direction = u"out"_s;
    echo.authorId = m_agent.id;
    echo.status = u"pending"_s;
    echo.createdAt = serverNow();
    return echo;
}

QString AgentSession::sendText(qint64 conversationId, const QString& text, qint64 replyTo)
{
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonObject args {
        {u"conversation_id"_s, conversationId}, {u"key"_s, key}, {u"kind"_s, u"text"_s}, {u"text"_s, text}};
    if (replyTo > 0)
        args.insert(u"reply_to"_s, replyTo);
    Protocol::MessageInfo echo = makeEcho(conversationId, key);
    echo.text = text;
    echo.replyTo = replyTo;
    return queueSend(args, echo);
}

QString AgentSession::sendTemplate(
    qint64 conversationId, const MessageTemplate& tmpl, const TemplateParameters& params)
{
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject templ {
        {u"name"_s, tmpl.name}, {u"language"_s, tmpl.language}, {u"params"_s, params.toJson()}};
    const QJsonObject args {{u"conversation_id"_s, conversationId}, {u"key"_s, key},
        {u"kind"_s, u"template"_s}, {u"template"_s, templ}};
    Protocol::MessageInfo echo = makeEcho(conversationId, key);
    echo.kind = u"template"_s;
    echo.text = TemplateRenderer::renderText(tmpl, params);
    echo.templ = templ;
    echo.templ.insert(u"category"_s, messageCategoryName(tmpl.category));
    return queueSend(args, echo);
}

QString AgentSession::sendNote(qint64 conversationId, const QString& text)
{
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject args {
        {u"conversation_id"_s, conversationId}, {u"key"_s, key}, {u"kind"_s, u"note"_s}, {u"text"_s, text}};
    Protocol::MessageInfo echo = makeEcho(conversationId, key);
    echo.direction = u"note"_s;
    echo.kind = u"text"_s;
    echo.text = text;
    return queueSend(args, echo);
}

QString AgentSession::queueSend(const QJsonObject& args, Protocol::MessageInfo echo)
{
    const QString key = echo.key;
    m_pending.add(key, args, echo);
    Q_EMIT pendingMessageAdded(echo);
    if (m_state == State::Online)
        transmitSend(*m_pending.find(key));
    return key;
}

void AgentSession::transmitSend(PendingSends::Entry& entry)
{
    const QString key = entry.key;
    entry.requestId = transmit({QJsonValue(), Protocol::Op::MessageSend.toString(), entry.args},
        [this, key](const Protocol::Reply& reply) { onSendReplied(key, reply); });
}

void AgentSession::onSendReplied(const QString& key, const Protocol::Reply& reply)
{
    if (reply.isOk()) {
        const auto message = Protocol::MessageInfo::fromJson(reply.ok.value(u"message"_s).toObject());
        if (!message)
            return;
        const bool firstCopy = m_pending.contains(key);
        m_pending.confirm(key);
        if (m_cache)
            m_cache->saveMessages({*message});
        // When message.created came first the echo is already merged; the reply's
        // copy is older than the status events that may have followed it.
        if (firstCopy)
            Q_EMIT messageUpdated(*message);
        return;
    }
    if (reply.err->code == Protocol::ErrorCode::RateLimited) {
        const auto delay = m_backoff.delay(0, BackoffPolicy::retryAfter(*reply.err));
        QTimer::singleShot(delay, this, [this, key] {
            PendingSends::Entry* entry = m_pending.find(key);
            if (entry && m_state == State::Online && entry->requestId == 0)
                transmitSend(*entry);
        });
        if (PendingSends::Entry* entry = m_pending.find(key))
            entry->requestId = 0;
        return;
    }
    auto refused = m_pending.take(key);
    if (!refused)
        return;
    refused->echo.status = u"failed"_s;
    refused->echo.errorCode = Protocol::errorCodeName(reply.err->code);
    refused->echo.errorMessage = reply.err->message;
    Q_EMIT messageUpdated(refused->echo);
    Q_EMIT requestFailed(Protocol::Op::MessageSend.toString(), reply.err->code, reply.err->message);
}

} // namespace Atendo

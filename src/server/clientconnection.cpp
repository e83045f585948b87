#include "server/clientconnection.h"

#include "core/clock.h"
#include "protocol/framecodec.h"
#include "server/dispatcher.h"
#include "server/messageaudience.h"
#include "server/serverlogging.h"

namespace Atendo {

using namespace Qt::StringLiterals;
using Protocol::ErrorCode;
using Protocol::FrameCodec;
using Protocol::Reply;

namespace {
// Keep outgoing frames well under the 1 MiB the console accepts.
constexpr qsizetype OutgoingFrameBudget = 512 * 1024;
} // namespace

ClientConnection::ClientConnection(quint64 id, const Limits& limits, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_id(id)
    , m_limits(limits)
    , m_clock(clock)
    , m_rate(limits.requestsPerSecond, limits.requestBurst)
{ }

ClientConnection::~ClientConnection() = default;

void ClientConnection::setIdentity(const SessionIdentity& identity)
{
    m_identity = identity;
    m_identity.token.clear();
    updateAgent(identity.agent);
}

void ClientConnection::updateAgent(const AgentRow& agent)
{
    m_identity.agent = agent;
    m_seesEveryStatus = Dispatcher::roleOf(agent) != AgentRole::Agent;
}

void ClientConnection::receiveText(const QString& text)
{
    if (m_closing)
        return;
    const QByteArray utf8 = text.toUtf8();
    if (utf8.size() > m_limits.maxFrameBytes) {
        sendReply(Reply::failure(QJsonValue::Null, ErrorCode::FrameTooLarge,
            u"frame of %1 bytes exceeds the limit of %2"_s.arg(utf8.size()).arg(m_limits.maxFrameBytes),
            QJsonObject {{u"max_frame"_s, qint64(m_limits.maxFrameBytes)}}));
        return;
    }
    auto decoded = FrameCodec::decodeRequest(utf8);
    if (auto* error = std::get_if<Protocol::FrameError>(&decoded)) {
        const QJsonValue re = error->id.isUndefined() ? QJsonValue(QJsonValue::Null) : error->id;
        sendReply(Reply {re, {}, error->error});
        return;
    }
    const Protocol::Request request = std::get<Protocol::Request>(std::move(decoded));
    if (!m_rate.tryTake(m_clock.now())) {
        const qint64 wait = std::max<qint64>(1, m_rate.msUntilToken(m_clock.now()));
        sendReply(Reply::failure(request.id, ErrorCode::RateLimited, u"Too many requests"_s,
            QJsonObject {{u"retry_after_ms"_s, wait}}));
        return;
    }
    Q_EMIT requestReceived(this, request);
}

void ClientConnection::receiveBinary()
{
    sendReply(Reply::failure(
        QJsonValue::Null, ErrorCode::BadRequest, u"binary frames are not part of the protocol"_s));
}

void ClientConnection::sendReply(const Reply& reply)
{
    queue(FrameCodec::encode(reply));
}

void ClientConnection::sendEvent(const Protocol::Event& event)
{
    if (event.isJournalled()) {
        if (event.seq <= m_lastSeq)
            return;
        m_lastSeq = event.seq;
    }
    const MessageAudience::Decision decision
        = m_audience ? m_audience->decide(event) : MessageAudience::Decision {};
    if (decision.full(m_viewing, m_identity.agent.id, m_seesEveryStatus))
        queue(FrameCodec::encode(event));
    else
        queue(FrameCodec::encode(FrameCodec::elided(event, decision.conversationId)));
}

void ClientConnection::sendEncoded(qint64 seq, const QByteArray& item)
{
    if (seq > 0) {
        if (seq <= m_lastSeq)
            return;
        m_lastSeq = seq;
    }
    queue(item);
}

void ClientConnection::queue(const QByteArray& item)
{
    if (m_closing)
        return;
    // Cut big replays into several frames: the frame that would cross the
    // budget goes out first (a single item over it still goes alone).
    if (!m_pending.isEmpty() && m_pendingBytes + item.size() + 1 > OutgoingFrameBudget)
        flush();
    const bool wasEmpty = m_pending.isEmpty();
    m_pending.append(item);
    m_pendingBytes += item.size() + 1;
    if (m_pendingBytes >= OutgoingFrameBudget) {
        flush();
        return;
    }
    if (wasEmpty)
        Q_EMIT flushWanted();
}

void ClientConnection::clearPending()
{
    m_pending.clear();
    m_pendingBytes = 0;
}

void ClientConnection::flush()
{
    if (m_pending.isEmpty())
        return;
    const QList<QByteArray> items = m_pending;
    clearPending();
    Q_EMIT frameReady(this, items);
}

void ClientConnection::markPendingSent()
{
    clearPending();
}

void ClientConnection::close()
{
    if (m_closing)
        return;
    flush();
    m_closing = true;
    Q_EMIT closeRequested(this, u"logged out"_s);
}

} // namespace Atendo

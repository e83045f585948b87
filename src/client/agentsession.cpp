#include "client/agentsession.h"

#include "client/clientlog.h"
#include "client/localcache.h"
#include "protocol/framecodec.h"
#include "protocol/ops.h"
#include "protocol/protocol.h"
#include "protocol/wiretime.h"

#include <QJsonDocument>
#include <QScopeGuard>
#include <QWebSocket>

namespace Atendo {

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

AgentSession::AgentSession(const Clock* clock, QObject* parent) : QObject(parent), m_clock(clock)
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &AgentSession::openSocket);
    m_pingTimer.setInterval(30s);
    connect(&m_pingTimer, &QTimer::timeout, this, &AgentSession::onPingTimer);
}

AgentSession::~AgentSession()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void AgentSession::setCache(LocalCache* cache)
{
    m_cache = cache;
}

void AgentSession::setPingInterval(std::chrono::milliseconds interval)
{
    m_pingTimer.setInterval(interval);
}

void AgentSession::connectToServer(const QUrl& url, const QString& username, const QString& password)
{
    m_url = url;
    m_username = username;
    m_password = password;
    m_token.clear();
    m_attempt = 0;
    loadFromCache();
    openSocket();
}

bool AgentSession::restoreSession(const QUrl& url, const QString& username)
{
    if (!m_cache || m_cache->token().isEmpty() || m_cache->agent().username != username)
        return false;
    m_url = url;
    m_username = username;
    m_password.clear();
    m_token = m_cache->token();
    m_attempt = 0;
    loadFromCache();
    openSocket();
    return true;
}

void AgentSession::loadFromCache()
{
    if (!m_cache || !m_cache->isOpen() || m_cache->agent().username != m_username)
        return;
    m_agent = m_cache->agent();
    m_lastSeq = m_cache->lastSeq();
    m_working.reset(m_cache->conversations(), m_cache->templates(), m_cache->agents());
    Q_EMIT snapshotLoaded();
    Q_EMIT templatesChanged(m_working.templates());
    Q_EMIT agentsChanged(m_working.agents());
}

void AgentSession::logout()
{
    m_reconnectTimer.stop();
    m_password.clear();
    m_token.clear();
    if (m_cache)
        m_cache->setToken({});
    if (m_socket && m_state == State::Online)
        transmit({QJsonValue(), Protocol::Op::Logout.toString(), {}}, {});
    stopWithoutReconnect();
    // Nothing more goes out for this agent: what was waiting is shown as not sent.
    const Protocol::Error loggedOut {
        Protocol::ErrorCode::Unauthenticated, tr("Not sent: you logged out"), {}};
    for (const auto& outgoing : std::exchange(m_queued, {}))
        failRequest(outgoing, loggedOut);
    for (auto entry : m_pending.takeAll()) {
        entry.echo.status = u"failed"_s;
        entry.echo.errorCode = Protocol::errorCodeName(loggedOut.code);
        entry.echo.errorMessage = loggedOut.message;
        Q_EMIT messageUpdated(entry.echo);
    }
    setState(State::Offline);
}

void AgentSession::reconnectNow()
{
    if (m_state == State::Reconnecting) {
        m_reconnectTimer.stop();
        openSocket();
    }
}

int AgentSession::reconnectInSeconds() const
{
    if (m_state != State::Reconnecting || !m_reconnectTimer.isActive())
        return 0;
    return int((m_reconnectTimer.remainingTime() + 999) / 1000);
}

QDateTime AgentSession::serverNow() const
{
    return m_clock->now().addMSecs(m_clockOffset.count());
}

std::optional<Protocol::ConversationInfo> AgentSession::conversation(qint64 id) const
{
    return m_working.conversation(id);
}

QList<Protocol::MessageInfo> AgentSession::pendingMessages(qint64 conversationId) const
{
    QList<Protocol::MessageInfo> echoes;
    for (const Protocol::MessageInfo& echo : m_uploading) {
        if (echo.conversationId == conversationId)
            echoes.append(echo);
    }
    return echoes + m_pending.echoes(conversationId);
}

QList<Protocol::MessageInfo> AgentSession::cachedMessages(qint64 conversationId) const
{
    return m_cache ? m_cache->recentMessages(conversationId) : QList<Protocol::MessageInfo> {};
}

void AgentSession::setState(State state)
{
    if (m_state == state)
        return;
    qCDebug(lcClient) << "session state" << state;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void AgentSession::openSocket()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->deleteLater();
    }
    m_stopping = false;
    m_lastSocketError.clear();
    m_socket = new QWebSocket(u"atendo/0.1.0"_s, QWebSocketProtocol::VersionLatest, this);
    m_socket->setMaxAllowedIncomingMessageSize(quint64(Protocol::MaxFrameBytes));
    connect(m_socket, &QWebSocket::connected, this, &AgentSession::onConnected);
    connect(m_socket, &QWebSocket::disconnected, this, &AgentSession::onDisconnected);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &AgentSession::onTextMessage);
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
        [this](QAbstractSocket::SocketError) { m_lastSocketError = m_socket->errorString(); });
#ifndef QT_NO_SSL
    connect(m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError>& errors) {
        QStringList texts;
        for (const auto& error : errors)
            texts.append(error.errorString());
        m_lastSocketError = tr("TLS problem: %1").arg(texts.join(u"; "_s));
    });
#endif
    setState(State::Connecting);
    m_socket->open(m_url);
}

void AgentSession::onConnected()
{
    // The server speaks first (hello); log in or resume once it has.
    setState(State::Authenticating);
}

void AgentSession::onDisconnected()
{
    m_pingTimer.stop();
    m_pingInFlight = 0;
    m_awaitingSnapshot = false;
    finishCatchUp(); // what the replay brought so far is applied and kept
    requeueAfterDrop();
    if (m_stopping) {
        setState(State::Offline);
        return;
    }
    if (m_token.isEmpty()) {
        // Never logged in on this server: there is nothing to resume, so say why and stop.
        const QString why
            = m_lastSocketError.isEmpty() ? tr("The server closed the connection") : m_lastSocketError;
        qCWarning(lcClient) << "cannot reach" << m_url.toDisplayString() << why;
        m_password.clear();
        setState(State::Offline);
        Q_EMIT connectionFailed(why);
        return;
    }
    scheduleReconnect();
}

void AgentSession::scheduleReconnect()
{
    const auto delay = m_backoff.delay(m_attempt++, m_retryAfter);
    m_retryAfter = 0ms;
    qCInfo(lcClient) << "connection lost" << m_lastSocketError << "- reconnecting in" << delay.count()
                     << "ms";
    m_reconnectTimer.start(delay);
    setState(State::Reconnecting);
}

void AgentSession::stopWithoutReconnect()
{
    m_stopping = true;
    m_reconnectTimer.stop();
    if (m_socket && m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->close();
}

void AgentSession::dropAndResume(const QString& why)
{
    qCWarning(lcClient) << "dropping the connection to resume:" << why;
    if (m_socket)
        m_socket->abort();
}

void AgentSession::onTextMessage(const QString& text)
{
    auto decoded = Protocol::FrameCodec::decodeServerFrame(text.toUtf8());
    if (const auto* problem = std::get_if<QString>(&decoded)) {
        qCWarning(lcClient) << "ignoring a frame:" << *problem;
        return;
    }
    const auto items = std::get<QList<Protocol::ServerFrameItem>>(std::move(decoded));
    beginBatch();
    const auto endOfFrame = qScopeGuard([this, seqBefore = m_lastSeq] { endFrame(seqBefore); });
    for (const auto& item : items) {
        if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
            return; // a reply earlier in this frame closed the link
        if (const auto* reply = std::get_if<Protocol::Reply>(&item))
            handleReply(*reply);
        else
            handleEvent(std::get<Protocol::Event>(item));
    }
}

void AgentSession::handleHello(const Protocol::Event& hello)
{
    const int version = hello.data.value(u"protocol"_s).toInt();
    if (version != Protocol::Version) {
        stopWithoutReconnect();
        Q_EMIT loginFailed(Protocol::ErrorCode::VersionMismatch,
            tr("The server speaks protocol version %1; this console speaks version %2")
                .arg(version)
                .arg(Protocol::Version));
        return;
    }
    const QDateTime serverTime = Protocol::fromWireTime(hello.data.value(u"time"_s));
    if (serverTime.isValid())
        m_clockOffset = std::chrono::milliseconds(m_clock->now().msecsTo(serverTime));
    if (!m_token.isEmpty())
        sendResume();
    else if (!m_password.isEmpty())
        sendLogin();
    else
        stopWithoutReconnect();
}

void AgentSession::updateClockOffset(const QDateTime& serverTime, const QDateTime& sentAt)
{
    if (!serverTime.isValid())
        return;
    // The server read its clock about half a round trip before the answer arrived.
    const QDateTime receivedAt = m_clock->now();
    const qint64 halfTrip = sentAt.isValid() ? sentAt.msecsTo(receivedAt) / 2 : 0;
    m_clockOffset = std::chrono::milliseconds(receivedAt.msecsTo(serverTime) + halfTrip);
}

void AgentSession::sendLogin()
{
    const QJsonObject args {{u"username"_s, m_username}, {u"password"_s, m_password},
        {u"protocol"_s, Protocol::Version}, {u"client"_s, u"atendo/0.1.0"_s}};
    transmit({QJsonValue(), Protocol::Op::Login.toString(), args}, [this](const Protocol::Reply& reply) {
        m_password.clear(); // right or wrong, it is never needed again
        if (!reply.isOk()) {
            stopWithoutReconnect();
            Q_EMIT loginFailed(reply.err->code, reply.err->message);
            return;
        }
        m_token = reply.ok.value(u"token"_s).toString();
        m_agent = Protocol::AgentInfo::fromJson(reply.ok.value(u"agent"_s).toObject()).value_or(m_agent);
        applyRateCard(reply.ok.value(u"rate_card"_s));
        if (m_cache) {
            m_cache->setToken(m_token);
            m_cache->setAgent(m_agent);
        }
        requestSnapshot();
    });
}

void AgentSession::sendResume()
{
    const QJsonObject args {
        {u"token"_s, m_token}, {u"last_seq"_s, m_lastSeq}, {u"protocol"_s, Protocol::Version}};
    transmit({QJsonValue(), Protocol::Op::Resume.toString(), args}, [this](const Protocol::Reply& reply) {
        if (!reply.isOk()) {
            if (reply.err->code == Protocol::ErrorCode::RateLimited
                || reply.err->code == Protocol::ErrorCode::Internal) {
                m_retryAfter = BackoffPolicy::retryAfter(*reply.err);
                dropAndResume(reply.err->message);
                return;
            }
            m_token.clear();
            if (m_cache)
                m_cache->setToken({});
            stopWithoutReconnect();
            Q_EMIT loginFailed(reply.err->code, reply.err->message);
            return;
        }
        m_agent = Protocol::AgentInfo::fromJson(reply.ok.value(u"agent"_s).toObject()).value_or(m_agent);
        applyRateCard(reply.ok.value(u"rate_card"_s));
        if (reply.ok.value(u"resync"_s).toBool()) {
            requestSnapshot();
        } else {
            startCatchUp(reply.ok.value(u"last_seq"_s).toInteger());
            goOnline();
        }
    });
}

void AgentSession::applyRateCard(const QJsonValue& card)
{
    // A server that sends no card (or an older server without the field) leaves
    // the console on its own card; a card it cannot parse is treated the same.
    const QString version = card.toObject().value(u"version"_s).toString();
    if (m_rateCard && version == m_rateCardVersion && card.isObject())
        return;
    QString error;
    std::optional<RateCard> parsed;
    if (card.isObject())
        parsed = RateCard::fromJson(QJsonDocument(card.toObject()).toJson(QJsonDocument::Compact), &error);
    if (card.isObject() && !parsed)
        qCWarning(lcClient) << "the server's rate card is unusable:" << error;
    if (!parsed && !m_rateCard)
        return;
    m_rateCard = parsed;
    m_rateCardVersion = parsed ? version : QString();
    Q_EMIT rateCardChanged();
}

void AgentSession::requestSnapshot()
{
    m_awaitingSnapshot = true;
    transmit({QJsonValue(), Protocol::Op::Snapshot.toString(), {}}, [this](const Protocol::Reply& reply) {
        if (!reply.isOk()) {
            dropAndResume(u"snapshot failed: "_s + reply.err->message);
            return;
        }
        applySnapshotReply(reply.ok);
        goOnline();
    });
}

void AgentSession::goOnline()
{
    m_awaitingSnapshot = false;
    m_attempt = 0;
    setState(State::Online);
    // Events that arrived while logging in or waiting for the snapshot, in seq order.
    auto buffered = std::exchange(m_buffered, {});
    std::stable_sort(
        buffered.begin(), buffered.end(), [](const auto& a, const auto& b) { return a.seq < b.seq; });
    for (const auto& event : std::as_const(buffered))
        applyJournalled(event);
    if (m_state != State::Online)
        return;
    flushQueued();
    m_pingTimer.start();
}

void AgentSession::onPingTimer()
{
    if (m_pingInFlight != 0) {
        dropAndResume(u"no answer to the last ping"_s);
        return;
    }
    m_pingInFlight = transmit({QJsonValue(), Protocol::Op::Ping.toString(), {}},
        [this](const Protocol::Reply&) { m_pingInFlight = 0; });
}

} // namespace Atendo

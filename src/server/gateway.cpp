#include "server/gateway.h"

#include "core/clock.h"
#include "protocol/framecodec.h"
#include "protocol/ops.h"
#include "protocol/protocol.h"
#include "protocol/wiretime.h"
#include "server/serverconfig.h"
#include "server/serverlogging.h"

#include <QFile>
#include <QSslConfiguration>
#include <QSslKey>
#include <QWebSocket>
#include <QWebSocketServer>

namespace Atendo {

using namespace Qt::StringLiterals;

Gateway::Gateway(const ServerConfig& config, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_config(config)
    , m_clock(clock)
    , m_server(new QWebSocketServer(u"atendo-server"_s,
          config.tlsEnabled() ? QWebSocketServer::SecureMode : QWebSocketServer::NonSecureMode, this))
{
    connect(m_server, &QWebSocketServer::newConnection, this, &Gateway::onNewConnection);
    m_tick.setSingleShot(true);
    m_tick.setInterval(config.coalesceMs);
    connect(&m_tick, &QTimer::timeout, this, &Gateway::flushAll);
}

Gateway::~Gateway()
{
    // Connections are children; drop them first so no closed() signal reaches a
    // half-destroyed gateway.
    for (ClientConnection* connection : std::as_const(m_connections))
        disconnect(connection, nullptr, this, nullptr);
}

bool Gateway::configureTls(QString* error)
{
    QFile certFile(m_config.tlsCertificate);
    QFile keyFile(m_config.tlsPrivateKey);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        *error = u"cannot read the TLS certificate or key"_s;
        return false;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    const QByteArray keyPem = keyFile.readAll();
    const QSslKey rsaKey(keyPem, QSsl::Rsa, QSsl::Pem);
    const QSslKey ecKey = rsaKey.isNull() ? QSslKey(keyPem, QSsl::Ec, QSsl::Pem) : rsaKey;
    if (chain.isEmpty() || ecKey.isNull()) {
        *error = u"the TLS certificate or key is not valid PEM"_s;
        return false;
    }
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setLocalCertificateChain(chain);
    ssl.setPrivateKey(ecKey);
    ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server->setSslConfiguration(ssl);
    return true;
}

bool Gateway::listen(QString* error)
{
    if (m_config.tlsEnabled() && !configureTls(error))
        return false;
    if (!m_server->listen(m_config.consoleAddress, m_config.consolePort)) {
        *error = u"console port: %1"_s.arg(m_server->errorString());
        return false;
    }
    qCInfo(lcGateway) << "consoles on" << (m_config.tlsEnabled() ? "wss" : "ws") << m_server->serverAddress()
                      << m_server->serverPort();
    return true;
}

quint16 Gateway::port() const
{
    return m_server->serverPort();
}

void Gateway::onNewConnection()
{
    while (QWebSocket* socket = m_server->nextPendingConnection()) {
        const ClientConnection::Limits limits {
            m_config.maxFrameBytes, m_config.requestsPerSecond, m_config.requestBurst};
        auto* connection = new ClientConnection(socket, limits, m_clock, this);
        connection->setStatusAudience(&m_audience);
        m_connections.append(connection);
        connect(connection, &ClientConnection::requestReceived, this,
            [this](ClientConnection* from, const Protocol::Request& request) {
                if (m_handler)
                    m_handler(*from, request);
            });
        connect(connection, &ClientConnection::flushWanted, this, &Gateway::scheduleTick);
        connect(connection, &ClientConnection::closed, this, [this](ClientConnection* gone) {
            m_connections.removeOne(gone);
            Q_EMIT connectionClosed(gone);
            gone->deleteLater();
        });
        const QDateTime now = m_clock.now();
        connection->sendEvent(Protocol::Event {0, Protocol::Ev::Hello, now,
            QJsonObject {{u"protocol"_s, Protocol::Version},
                {u"server"_s, u"atendo-server/" ATENDO_VERSION ""_s}, {u"time"_s, Protocol::toWireTime(now)},
                {u"max_frame"_s, qint64(m_config.maxFrameBytes)}}});
        connection->flush();
    }
}

void Gateway::broadcast(const Protocol::Event& event)
{
    m_audience.learn(event);
    const StatusAudience::Decision decision = m_audience.decide(event);
    // Encoded once (wire time included); every console queues the same bytes,
    // or the same status stand-in (no message), encoded on first use.
    const QByteArray item = Protocol::FrameCodec::encode(event);
    QByteArray stub;
    for (ClientConnection* connection : std::as_const(m_connections)) {
        if (!connection->isAuthenticated())
            continue;
        if (decision.full(
                connection->viewing(), connection->identity().agent.id, connection->seesEveryStatus())) {
            connection->sendEncoded(event.seq, item);
            continue;
        }
        if (stub.isNull())
            stub = Protocol::FrameCodec::encode(Protocol::FrameCodec::elided(event, decision.conversationId));
        connection->sendEncoded(event.seq, stub);
    }
}

QList<ClientConnection*> Gateway::connectionsOf(qint64 agentId) const
{
    QList<ClientConnection*> result;
    for (ClientConnection* connection : m_connections) {
        if (connection->isAuthenticated() && connection->identity().agent.id == agentId)
            result.append(connection);
    }
    return result;
}

void Gateway::scheduleTick()
{
    if (!m_tick.isActive())
        m_tick.start();
}

namespace {

// Same items in the same order, shared: consoles fed by the same broadcasts.
// Comparing the shared data's address is enough (and costs nothing).
bool sameItems(const QList<QByteArray>& a, const QList<QByteArray>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).constData() != b.at(i).constData() || a.at(i).size() != b.at(i).size())
            return false;
    }
    return true;
}

} // namespace

void Gateway::flushAll()
{
    m_tick.stop();
    // Group the consoles by what they hold; usually one group (all in step),
    // plus one per console with a reply or a replay of its own.
    QList<QList<ClientConnection*>> groups;
    for (ClientConnection* connection : std::as_const(m_connections)) {
        if (connection->pending().isEmpty())
            continue;
        auto group = std::find_if(groups.begin(), groups.end(), [connection](const auto& members) {
            return sameItems(members.constFirst()->pending(), connection->pending());
        });
        if (group == groups.end())
            groups.append({connection});
        else
            group->append(connection);
    }
    for (const QList<ClientConnection*>& members : std::as_const(groups)) {
        // One QString for the group: implicitly shared by every socket's send.
        const QString frame
            = QString::fromUtf8(Protocol::FrameCodec::joinEncoded(members.constFirst()->pending()));
        for (ClientConnection* connection : members)
            connection->sendPendingAs(frame);
        ++m_framesBuilt;
        m_framesSent += members.size();
    }
}

void Gateway::closeAll()
{
    const QList<ClientConnection*> all = m_connections;
    for (ClientConnection* connection : all)
        connection->close();
    m_server->close();
}

} // namespace Atendo

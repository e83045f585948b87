#include "server/gateway.h"

#include "core/clock.h"
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
            m_config.maxFrameBytes, m_config.requestsPerSecond, m_config.requestBurst, m_config.coalesceMs};
        auto* connection = new ClientConnection(socket, limits, m_clock, this);
        m_connections.append(connection);
        connect(connection, &ClientConnection::requestReceived, this,
            [this](ClientConnection* from, const Protocol::Request& request) {
                if (m_handler)
                    m_handler(*from, request);
            });
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
    for (ClientConnection* connection : std::as_const(m_connections)) {
        if (connection->isAuthenticated())
            connection->sendEvent(event);
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

void Gateway::flushAll()
{
    for (ClientConnection* connection : std::as_const(m_connections))
        connection->flush();
}

void Gateway::closeAll()
{
    const QList<ClientConnection*> all = m_connections;
    for (ClientConnection* connection : all)
        connection->close();
    m_server->close();
}

} // namespace Atendo

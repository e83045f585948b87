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

namespace Atendo {

using namespace Qt::StringLiterals;

Gateway::Gateway(const ServerConfig& config, const Clock& clock, QObject* parent)
    : QObject(parent), m_config(config), m_clock(clock)
{
    m_tick.setSingleShot(true);
    m_tick.setInterval(config.coalesceMs);
    connect(&m_tick, &QTimer::timeout, this, &Gateway::flushAll);
    m_socketThread.setObjectName(u"atendo-sockets"_s);
}

Gateway::~Gateway()
{
    // The hub and its sockets are deleted on their own thread when it ends.
    m_socketThread.quit();
    m_socketThread.wait();
}

void Gateway::onHub(const std::function<void()>& work)
{
    if (m_socketThread.isRunning())
        QMetaObject::invokeMethod(m_hub, work, Qt::BlockingQueuedConnection);
    else
        work();
}

bool Gateway::configureTls(SocketHub::Settings* settings, QString* error)
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
    settings->tls = ssl;
    return true;
}

bool Gateway::listen(QString* error)
{
    SocketHub::Settings settings;
    settings.address = m_config.consoleAddress;
    settings.port = m_config.consolePort;
    settings.maxIncomingBytes = quint64(m_config.maxFrameBytes) * 2;
    settings.maxBufferedBytes = m_config.maxBufferedBytes;
    settings.stallMs = m_config.sendStallMs;
    if (m_config.tlsEnabled() && !configureTls(&settings, error))
        return false;
    m_hub = new SocketHub(std::move(settings));
    connect(m_hub, &SocketHub::opened, this, &Gateway::onOpened);
    connect(m_hub, &SocketHub::closed, this, &Gateway::onClosed);
    connect(m_hub, &SocketHub::textReceived, this, [this](quint64 id, const QString& text) {
        if (ClientConnection* connection = m_byId.value(id))
            connection->receiveText(text);
    });
    connect(m_hub, &SocketHub::binaryReceived, this, [this](quint64 id) {
        if (ClientConnection* connection = m_byId.value(id))
            connection->receiveBinary();
    });
    m_hub->moveToThread(&m_socketThread);
    connect(&m_socketThread, &QThread::finished, m_hub, &QObject::deleteLater);
    m_socketThread.start();
    bool listening = false;
    onHub([&] {
        listening = m_hub->listen(error);
        m_port = m_hub->port();
    });
    if (!listening)
        return false;
    qCInfo(lcGateway) << "consoles on" << (m_config.tlsEnabled() ? "wss" : "ws") << m_config.consoleAddress
                      << port();
    return true;
}

quint16 Gateway::port() const
{
    return m_port;
}

void Gateway::onOpened(quint64 id)
{
    const ClientConnection::Limits limits {
        m_config.maxFrameBytes, m_config.requestsPerSecond, m_config.requestBurst};
    auto* connection = new ClientConnection(id, limits, m_clock, this);
    connection->setMessageAudience(&m_audience);
    m_connections.append(connection);
    m_byId.insert(id, connection);
    connect(connection, &ClientConnection::requestReceived, this,
        [this](ClientConnection* from, const Protocol::Request& request) {
            if (m_handler)
                m_handler(*from, request);
        });
    connect(connection, &ClientConnection::flushWanted, this, &Gateway::scheduleTick);
    connect(connection, &ClientConnection::frameReady, this,
        [this](ClientConnection* from, const QList<QByteArray>& items) {
            post({{{from->id()}, items}});
        });
    connect(connection, &ClientConnection::closeRequested, this,
        [this](ClientConnection* from, const QString& reason) {
            QMetaObject::invokeMethod(
                m_hub, [hub = m_hub, id = from->id(), reason] { hub->closeSocket(id, reason); });
        });
    const QDateTime now = m_clock.now();
    connection->sendEvent(Protocol::Event {0, Protocol::Ev::Hello, now,
        QJsonObject {{u"protocol"_s, Protocol::Version}, {u"server"_s, u"atendo-server/" ATENDO_VERSION ""_s},
            {u"time"_s, Protocol::toWireTime(now)}, {u"max_frame"_s, qint64(m_config.maxFrameBytes)}}});
    connection->flush();
}

void Gateway::onClosed(quint64 id)
{
    ClientConnection* gone = m_byId.take(id);
    if (!gone)
        return;
    m_connections.removeOne(gone);
    Q_EMIT connectionClosed(gone);
    gone->deleteLater();
}

void Gateway::post(QList<SocketHub::Delivery> deliveries)
{
    if (!m_hub || deliveries.isEmpty())
        return;
    // Queued to the hub's thread; the frames are implicitly shared, not copied.
    QMetaObject::invokeMethod(
        m_hub, [hub = m_hub, deliveries = std::move(deliveries)] { hub->deliver(deliveries); });
}

void Gateway::broadcast(const Protocol::Event& event)
{
    broadcast(event, Protocol::FrameCodec::encode(event));
}

void Gateway::broadcast(const Protocol::Event& event, const QByteArray& item)
{
    m_audience.learn(event);
    const MessageAudience::Decision decision = m_audience.decide(event);
    // Encoded once (wire time included); every console queues the same bytes,
    // or the same stand-in (no message), encoded on first use.
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
    QList<SocketHub::Delivery> deliveries;
    deliveries.reserve(groups.size());
    for (const QList<ClientConnection*>& members : std::as_const(groups)) {
        // The group's items, shared (not copied); the hub makes the frame once.
        SocketHub::Delivery delivery {{}, members.constFirst()->pending()};
        delivery.ids.reserve(members.size());
        for (ClientConnection* connection : members) {
            delivery.ids.append(connection->id());
            connection->markPendingSent();
        }
        deliveries.append(std::move(delivery));
        ++m_framesBuilt;
        m_framesSent += members.size();
    }
    post(std::move(deliveries));
}

void Gateway::closeAll()
{
    const QList<ClientConnection*> all = m_connections;
    for (ClientConnection* connection : all)
        connection->flush();
    // Waits until every socket has its last frames and a close frame handed to
    // the kernel, so a graceful stop loses nothing already sent.
    if (m_hub)
        onHub([hub = m_hub] { hub->closeAll(); });
}

} // namespace Atendo

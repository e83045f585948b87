#include "sandbox/sandbox.h"

#include "sandbox/controlapi.h"
#include "sandbox/customersimulator.h"
#include "sandbox/graphapi.h"
#include "sandbox/inboundmessages.h"
#include "sandbox/mediastore.h"
#include "sandbox/outboundmessages.h"
#include "sandbox/sandboxclock.h"
#include "sandbox/sandboxlogging.h"
#include "sandbox/statussimulator.h"
#include "sandbox/templatecatalog.h"
#include "sandbox/wamid.h"
#include "sandbox/webhookpayloads.h"
#include "sandbox/windowtracker.h"

#include <QFile>
#include <QHttpServer>
#include <QTcpServer>

namespace Atendo {

using namespace Qt::StringLiterals;

namespace {

QByteArray resource(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qCCritical(lcSandbox) << "missing resource" << path;
    return file.readAll();
}

quint32 pickSeed(quint32 configured)
{
    return configured != 0 ? configured : QRandomGenerator::system()->bounded(1u, 0x7fffffffu);
}

} // namespace

Sandbox::Sandbox(SandboxConfig config, const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_seed(pickSeed(m_config.seed))
    , m_random(m_seed)
    , m_clock(std::make_unique<SandboxClock>(clock))
    , m_windows(std::make_unique<WindowTracker>())
    , m_templates(std::make_unique<TemplateCatalog>())
    , m_media(std::make_unique<MediaStore>(m_random))
    , m_dispatcher(new WebhookDispatcher(m_config, *m_clock, m_random, this))
    , m_statuses(new StatusSimulator(m_config, *m_clock, *m_dispatcher, this))
    , m_outbound(
          new OutboundMessages(m_config, *m_clock, m_random, *m_templates, *m_windows, *m_statuses, this))
    , m_inbound(std::make_unique<InboundMessages>(
          m_config, *m_clock, m_random, *m_windows, *m_media, *m_dispatcher))
    , m_customers(new CustomerSimulator(*m_clock, m_random, *m_inbound, this))
    , m_http(new QHttpServer(this))
{
    if (!m_templates->load(resource(u":/sandbox/templates.json"_s)))
        qCCritical(lcSandbox) << "seed templates are malformed";
    if (!m_customers->load(resource(u":/sandbox/personas.json"_s)))
        qCCritical(lcSandbox) << "personas are malformed";

    connect(m_dispatcher, &WebhookDispatcher::attempted, this, &Sandbox::webhookAttempted);
    connect(m_dispatcher, &WebhookDispatcher::handshakeFinished, this, [this](bool verified) {
        m_handshake = verified ? Handshake::Verified : Handshake::Failed;
        Q_EMIT handshakeFinished(verified);
    });
    m_outbound->setMediaStore(m_media.get());
    m_outbound->setRecipientResolver(
        [this](const QString& userId) { return m_inbound->waIdForUserId(userId); });
    connect(m_outbound, &OutboundMessages::accepted, this, &Sandbox::messageAccepted);
    connect(m_outbound, &OutboundMessages::accepted, m_customers, &CustomerSimulator::businessMessage);

    // Control routes first: QHttpServer takes the first rule that matches, and
    // /sandbox/clock would otherwise look like GET /{version}/{media_id}.
    m_control = std::make_unique<ControlApi>(*this, *m_http);
    m_graph = std::make_unique<GraphApi>(*this, *m_http);
}

Sandbox::~Sandbox()
{
    // Stop serving and simulating before the plain members the children refer to go away.
    delete m_http;
    delete m_customers;
    delete m_outbound;
    delete m_statuses;
    delete m_dispatcher;
}

bool Sandbox::listen(const QHostAddress& address, quint16 port)
{
    m_port = m_http->listen(address, port);
    if (m_port == 0) {
        qCCritical(lcSandbox) << "cannot listen on" << address << port;
        return false;
    }
    qCInfo(lcSandbox).noquote() << "listening on" << graphBaseUrl().toString() << "- phone number id"
                                << m_config.phoneNumberId << "- seed" << m_seed;
    if (m_config.webhookUrl.isValid())
        startHandshake();
    if (m_config.seedHistory)
        m_customers->seedHistory();
    m_customers->setRate(m_config.customers);
    return true;
}

QUrl Sandbox::graphBaseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    const QHostAddress host = m_http->servers().isEmpty() ? QHostAddress(QHostAddress::LocalHost)
                                                          : m_http->servers().first()->serverAddress();
    const bool any
        = host == QHostAddress::Any || host == QHostAddress::AnyIPv4 || host == QHostAddress::AnyIPv6;
    url.setHost(any ? u"127.0.0.1"_s : host.toString());
    url.setPort(m_port);
    return url;
}

void Sandbox::setWebhookUrl(const QUrl& url)
{
    m_config.webhookUrl = url;
    m_dispatcher->setUrl(url);
    if (m_port != 0)
        startHandshake();
}

void Sandbox::startHandshake()
{
    m_dispatcher->setUrl(m_config.webhookUrl);
    if (!m_config.handshake)
        return;
    m_handshake = Handshake::Pending;
    m_dispatcher->handshake(m_config.verifyToken, QString::number(m_random.bounded(1000000000, 2147483647)));
}

QDateTime Sandbox::now() const
{
    return m_clock->now();
}

void Sandbox::advanceClock(qint64 seconds)
{
    m_clock->advance(seconds);
}

qint64 Sandbox::clockOffsetSeconds() const
{
    return m_clock->offsetSeconds();
}

QString Sandbox::injectInbound(const QJsonObject& request, QString* error)
{
    const InboundMessages::Result result = m_inbound->inject(request);
    if (error)
        *error = result.error;
    return result.wamid;
}

QList<SentMessage> Sandbox::sentMessages() const
{
    return m_outbound->sent();
}

QJsonArray Sandbox::reads() const
{
    return m_outbound->reads();
}

QList<WebhookAttempt> Sandbox::webhookLog() const
{
    return m_dispatcher->log();
}

int Sandbox::setTemplateStatus(
    const QString& name, const QString& language, const QString& status, const QString& reason)
{
    const WebhookPayloads payloads(m_config);
    const QList<QJsonObject> changed = m_templates->setStatus(name, language, status, reason);
    for (const QJsonObject& node : changed)
        m_dispatcher->enqueue(payloads.templateStatus(node, status, reason));
    return int(changed.size());
}

int Sandbox::setTemplateQuality(const QString& name, const QString& language, const QString& score)
{
    const WebhookPayloads payloads(m_config);
    const auto changed = m_templates->setQuality(name, language, score);
    for (const auto& [node, previous] : changed)
        m_dispatcher->enqueue(payloads.templateQuality(node, previous));
    return int(changed.size());
}

void Sandbox::setMarketingPreference(const QString& waId, bool stopped)
{
    m_outbound->setMarketingStopped(waId, stopped);
    m_dispatcher->enqueue(WebhookPayloads(m_config).userPreference(
        m_inbound->contact(waId), stopped ? u"stop"_s : u"resume"_s, m_clock->nowSeconds()));
}

void Sandbox::setCustomerRate(CustomerRate rate)
{
    m_config.customers = rate;
    m_customers->setRate(rate);
}

QString Sandbox::fbtraceId()
{
    static const QString alphabet = u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"_s;
    QString id;
    for (int i = 0; i < 23; ++i)
        id.append(alphabet.at(m_random.bounded(int(alphabet.size()))));
    return id;
}

QString Sandbox::newGraphId()
{
    return Wamid::graphId(m_random);
}

} // namespace Atendo

#include "server/server.h"

#include "core/clock.h"
#include "server/serverlogging.h"
#include "server/serverparts.h"
#include "store/conversationrepository.h"
#include "store/outbox.h"

#include <QEventLoop>
#include <QFile>

namespace Atendo {

using namespace Qt::StringLiterals;

Server::Server(const ServerConfig& config, const Clock* clock, QObject* parent)
    : QObject(parent), m_config(config), m_clock(clock), m_parts(std::make_unique<ServerParts>())
{ }

Server::~Server()
{
    if (m_parts->gateway)
        m_parts->gateway->closeAll();
}

Database& Server::database()
{
    return *m_parts->database;
}

TemplateSync& Server::templates()
{
    return *m_parts->templates;
}

Metrics& Server::metrics()
{
    return *m_parts->metrics;
}

quint16 Server::consolePort() const
{
    return m_parts->gateway ? m_parts->gateway->port() : 0;
}

quint16 Server::httpPort() const
{
    return m_parts->http ? m_parts->http->port() : 0;
}

std::optional<RateCard> Server::loadRateCard() const
{
    if (m_config.rateCardPath.isEmpty())
        return std::nullopt;
    QFile file(m_config.rateCardPath);
    QString error;
    std::optional<RateCard> card;
    if (file.open(QIODevice::ReadOnly))
        card = RateCard::fromJson(file.readAll(), &error);
    else
        error = file.errorString();
    if (!card)
        qCWarning(lcServer) << "rate card" << m_config.rateCardPath << "not loaded:" << error;
    return card;
}

bool Server::openDatabase(QString* error)
{
    m_parts->database = Database::open(m_config.database, error);
    if (!m_parts->database)
        return false;
    m_parts->database->setClock(m_clock);
    return m_parts->database->migrate(error);
}

void Server::buildParts()
{
    ServerParts& p = *m_parts;
    p.journal = std::make_unique<Journal>(*p.database);
    p.hasher = std::make_unique<PasswordHasher>(m_config.pbkdf2Iterations);
    p.sessions = std::make_unique<SessionManager>(*p.database, *m_clock, *p.hasher, m_config.sessionHours,
        m_config.loginFailuresAllowed, m_config.loginLockoutSeconds);
    p.presence = std::make_unique<PresenceTracker>();
    p.metrics = std::make_unique<Metrics>();
    p.gateway = std::make_unique<Gateway>(m_config, *m_clock);
    p.bus = std::make_unique<EventBus>(*p.journal, *p.gateway, *m_clock);
    p.wire = std::make_unique<WireMapper>(*p.database, *p.presence);
    p.dispatcher = std::make_unique<Dispatcher>();

    ServerContext& c = p.context;
    c.config = &m_config;
    c.clock = m_clock;
    c.database = p.database.get();
    c.gateway = p.gateway.get();
    c.bus = p.bus.get();
    c.wire = p.wire.get();
    c.presence = p.presence.get();
    c.sessions = p.sessions.get();
    c.metrics = p.metrics.get();

    p.conversations = std::make_unique<ConversationService>(c);
    c.conversations = p.conversations.get();
    p.consent = std::make_unique<ConsentService>(c);
    c.consent = p.consent.get();
    p.outbox = std::make_unique<OutboxWorker>(c);
    c.outbox = p.outbox.get();
    p.templates = std::make_unique<TemplateSync>(c);
    c.templates = p.templates.get();
    p.sends = std::make_unique<SendService>(c);
    c.sends = p.sends.get();
    p.inbound = std::make_unique<InboundProcessor>(c, loadRateCard());
    connect(p.outbox.get(), &OutboxWorker::wamidRecorded, this,
        [&p](const QString& wamid) { p.inbound->applyPending(wamid); });
    connect(p.outbox.get(), &OutboxWorker::templatesOutdated, this, [&p] { p.templates->syncNow(); });
    p.webhooks = std::make_unique<WebhookQueue>(c, *p.inbound);
    p.webhooks->setTemplateSyncRequest([&p] { p.templates->syncNow(); });
    p.optIns = std::make_unique<OptInApi>(c);
    p.http = std::make_unique<HttpEndpoint>(c, *p.webhooks, *p.optIns);
    p.media = std::make_unique<MediaEndpoint>(c, p.http->http(), [&p] { return p.http->port(); });

    p.sessionOps = std::make_unique<SessionOps>(c);
    p.sessionOps->registerOn(*p.dispatcher);
    p.readOps = std::make_unique<ReadOps>(c);
    p.readOps->registerOn(*p.dispatcher);
    p.conversationOps = std::make_unique<ConversationOps>(c);
    p.conversationOps->registerOn(*p.dispatcher);
    p.sendOps = std::make_unique<SendOps>(c);
    p.sendOps->registerOn(*p.dispatcher);
    p.mediaOps = std::make_unique<MediaOps>(c, *p.media);
    p.mediaOps->registerOn(*p.dispatcher);

    // The team leads' board follows every delivered event; no query per change.
    p.board = std::make_unique<BoardService>(c);
    p.bus->addObserver([&p](const Protocol::Event& event) { p.board->observe(event); });
    const std::optional<RateCard> rateCard = loadRateCard();
    p.boardOps = std::make_unique<BoardOps>(c, *p.board, rateCard ? rateCard->currency() : u"USD"_s);
    p.boardOps->registerOn(*p.dispatcher);
    p.supervisionOps = std::make_unique<SupervisionOps>(c);
    p.supervisionOps->registerOn(*p.dispatcher);

    p.gateway->setRequestHandler([&p](ClientConnection& connection, const Protocol::Request& request) {
        p.metrics->increment(u"atendo_requests_total"_s);
        p.dispatcher->dispatch(connection, request);
    });
    connect(p.gateway.get(), &Gateway::connectionClosed, this, [&p](ClientConnection* connection) {
        p.board->unsubscribe(*connection);
        p.sessionOps->connectionClosed(*connection);
    });
    p.metrics->addGauge(u"atendo_console_connections"_s, u"Connected consoles"_s,
        [&p] { return double(p.gateway->connections().size()); });
    p.metrics->addGauge(u"atendo_console_dropped_slow"_s,
        u"Consoles dropped since start because they stopped reading"_s,
        [&p] { return double(p.gateway->slowConsolesDropped()); });
    p.metrics->addGauge(u"atendo_events_published"_s, u"Journalled events pushed since start"_s,
        [&p] { return double(p.bus->publishedCount()); });
    p.metrics->addGauge(u"atendo_outbox_depth"_s, u"Sends waiting or in flight"_s,
        [&p] { return double(Outbox(*p.database).depth()); });
    p.metrics->addGauge(u"atendo_webhook_inbox_pending"_s, u"Webhooks answered but not applied yet"_s,
        [&p] { return double(p.webhooks->pending()); });

    // Old journal entries go; a console that was away longer gets a resync.
    p.pruneTimer.setInterval(std::chrono::minutes(10));
    connect(&p.pruneTimer, &QTimer::timeout, this, [this] {
        m_parts->journal->pruneBefore(m_clock->now().addSecs(-qint64(m_config.journalRetentionHours) * 3600));
        m_parts->webhooks->prune();
    });
}

bool Server::start(QString* error)
{
    QString scratch;
    QString& why = error ? *error : scratch;
    if (!openDatabase(&why))
        return false;
    buildParts();
    // Webhooks acknowledged before a crash or stop come before any new one.
    m_parts->webhooks->drainAll();
    m_parts->webhooks->prune();
    for (const ConversationListItem& item : ConversationRepository(*m_parts->database).listWorkingSet())
        m_parts->gateway->audience().assign(item.conversation.id, item.conversation.assigneeId);
    if (!m_parts->gateway->listen(&why) || !m_parts->http->listen(&why))
        return false;
    m_parts->pruneTimer.start();
    m_parts->outbox->start();
    m_parts->templates->start();
    qCInfo(lcServer) << "atendo-server started";
    return true;
}

void Server::shutdown(int timeoutMs)
{
    if (m_parts->outbox) {
        m_parts->outbox->stop();
        m_parts->templates->stop();
        // Sends already on the wire finish, so their wamid is recorded and a
        // restart does not send them again.
        if (m_parts->outbox->inFlight() > 0) {
            QEventLoop loop;
            QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
            connect(m_parts->outbox.get(), &OutboxWorker::idle, &loop, &QEventLoop::quit);
            loop.exec();
        }
    }
    // Acknowledged webhooks are applied now rather than at the next start.
    if (m_parts->webhooks)
        m_parts->webhooks->drainAll();
    if (m_parts->gateway) {
        m_parts->gateway->flushAll();
        m_parts->gateway->closeAll();
    }
    qCInfo(lcServer) << "atendo-server stopped";
}

} // namespace Atendo

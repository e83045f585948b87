#pragma once

#include "server/auditlog.h"
#include "server/boardops.h"
#include "server/boardservice.h"
#include "server/consentservice.h"
#include "server/conversationops.h"
#include "server/conversationservice.h"
#include "server/dispatcher.h"
#include "server/eventbus.h"
#include "server/gateway.h"
#include "server/httpendpoint.h"
#include "server/inboundprocessor.h"
#include "server/mediaendpoint.h"
#include "server/mediaops.h"
#include "server/metrics.h"
#include "server/optinapi.h"
#include "server/outboxworker.h"
#include "server/passwordhasher.h"
#include "server/presencetracker.h"
#include "server/readops.h"
#include "server/sendops.h"
#include "server/sendservice.h"
#include "server/servercontext.h"
#include "server/sessionmanager.h"
#include "server/sessionops.h"
#include "server/supervisionops.h"
#include "server/templatesync.h"
#include "server/webhookqueue.h"
#include "server/wiremapper.h"
#include "store/database.h"
#include "store/journal.h"

#include <QTimer>

#include <memory>

namespace Atendo {

// What Server owns, in construction order (destroyed in reverse).
struct ServerParts
{
    std::unique_ptr<Database> database;
    std::unique_ptr<Journal> journal;
    std::unique_ptr<PasswordHasher> hasher;
    std::unique_ptr<SessionManager> sessions;
    std::unique_ptr<PresenceTracker> presence;
    std::unique_ptr<Metrics> metrics;
    std::unique_ptr<Gateway> gateway;
    std::unique_ptr<EventBus> bus;
    std::unique_ptr<WireMapper> wire;
    std::unique_ptr<ConversationService> conversations;
    std::unique_ptr<ConsentService> consent;
    std::unique_ptr<OutboxWorker> outbox;
    std::unique_ptr<TemplateSync> templates;
    std::unique_ptr<SendService> sends;
    std::unique_ptr<InboundProcessor> inbound;
    std::unique_ptr<WebhookQueue> webhooks;
    std::unique_ptr<OptInApi> optIns;
    std::unique_ptr<HttpEndpoint> http;
    std::unique_ptr<MediaEndpoint> media;
    std::unique_ptr<Dispatcher> dispatcher;
    std::unique_ptr<SessionOps> sessionOps;
    std::unique_ptr<ReadOps> readOps;
    std::unique_ptr<ConversationOps> conversationOps;
    std::unique_ptr<SendOps> sendOps;
    std::unique_ptr<MediaOps> mediaOps;
    std::unique_ptr<BoardService> board;
    std::unique_ptr<BoardOps> boardOps;
    std::unique_ptr<SupervisionOps> supervisionOps;
    QTimer pruneTimer;
    ServerContext context;
};

} // namespace Atendo

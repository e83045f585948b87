#include "server/serverlogging.h"

Q_LOGGING_CATEGORY(lcServer, "atendo.server")
Q_LOGGING_CATEGORY(lcGateway, "atendo.server.gateway")
Q_LOGGING_CATEGORY(lcWebhook, "atendo.server.webhook")
Q_LOGGING_CATEGORY(lcOutbox, "atendo.server.outbox")

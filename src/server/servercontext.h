#pragma once

namespace Atendo {

class Clock;
class ConsentService;
class ConversationService;
class Database;
class EventBus;
class Gateway;
class Metrics;
class OutboxWorker;
class PresenceTracker;
class SendService;
class SessionManager;
class TemplateSync;
class WireMapper;
struct ServerConfig;

// The parts a handler or service may reach, owned by Server. Plain pointers:
// Server builds them in order and outlives every user.
struct ServerContext
{
    const ServerConfig* config = nullptr;
    const Clock* clock = nullptr;
    Database* database = nullptr;
    Gateway* gateway = nullptr;
    EventBus* bus = nullptr;
    WireMapper* wire = nullptr;
    PresenceTracker* presence = nullptr;
    SessionManager* sessions = nullptr;
    ConversationService* conversations = nullptr;
    SendService* sends = nullptr;
    ConsentService* consent = nullptr;
    OutboxWorker* outbox = nullptr;
    TemplateSync* templates = nullptr;
    Metrics* metrics = nullptr;
};

} // namespace Atendo

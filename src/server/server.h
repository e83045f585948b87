#pragma once

#include "core/ratecard.h"
#include "server/serverconfig.h"

#include <QObject>

#include <memory>

namespace Atendo {

class Clock;
class Database;
class Dispatcher;
class EventBus;
class Gateway;
class Journal;
class Metrics;
class PasswordHasher;
class PresenceTracker;
class SessionManager;
class TemplateSync;
class WireMapper;
struct ServerParts;

// atendo-server in one object, constructible in-process (tests run it on
// 127.0.0.1 port 0 next to the sandbox): database, console gateway, webhook
// endpoint, services, outbox worker and template sync.
class Server : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Server)

public:
    Server(const ServerConfig& config, const Clock* clock, QObject* parent = nullptr);
    ~Server() override;

    bool start(QString* error);
    // Stops taking work, lets in-flight sends finish (up to `timeoutMs`),
    // sends what consoles have queued, and closes.
    void shutdown(int timeoutMs = 5000);

    [[nodiscard]] quint16 consolePort() const;
    [[nodiscard]] quint16 httpPort() const;
    [[nodiscard]] const ServerConfig& config() const { return m_config; }
    [[nodiscard]] Database& database();
    [[nodiscard]] Metrics& metrics();
    // Started by start(); tests wait for its first run to finish.
    [[nodiscard]] TemplateSync& templates();

private:
    bool openDatabase(QString* error);
    void buildParts();
    [[nodiscard]] std::optional<RateCard> loadRateCard() const;

    ServerConfig m_config;
    const Clock* m_clock;
    std::unique_ptr<ServerParts> m_parts;
};

} // namespace Atendo

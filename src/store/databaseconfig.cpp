#include "store/databaseconfig.h"

#include <QStringList>

namespace Atendo {

DatabaseConfig DatabaseConfig::fromPgSpec(const QString& spec)
{
    DatabaseConfig config;
    const QStringList parts = spec.trimmed().split(u':');
    bool portOk = false;
    const int port = parts.size() == 4 ? parts.at(1).toInt(&portOk) : 0;
    if (!portOk || port <= 0 || port > 65535 || parts.at(0).isEmpty() || parts.at(2).isEmpty()
        || parts.at(3).isEmpty()) {
        config.driver.clear();
        return config;
    }
    config.driver = QStringLiteral("postgres");
    config.host = parts.at(0);
    config.port = port;
    config.name = parts.at(2);
    config.user = parts.at(3);
    return config;
}

DatabaseConfig DatabaseConfig::sqlite(const QString& path)
{
    DatabaseConfig config;
    config.path = path;
    return config;
}

} // namespace Atendo

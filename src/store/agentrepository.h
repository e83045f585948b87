#pragma once

#include "store/agentrow.h"

#include <QList>
#include <QString>

#include <optional>

namespace Atendo {

class Database;

class AgentRepository
{
public:
    explicit AgentRepository(Database& db);

    // The new agent's id; 0 when it could not be stored (e.g. username taken).
    qint64 create(const QString& username, const QString& displayName, const QString& role,
        const QString& passwordHash, int capacity);
    [[nodiscard]] std::optional<AgentRow> findById(qint64 id);
    [[nodiscard]] std::optional<AgentRow> findByUsername(const QString& username);
    // Every agent, by id.
    [[nodiscard]] QList<AgentRow> list();
    bool setPassword(qint64 id, const QString& passwordHash);
    bool setCapacity(qint64 id, int capacity);
    bool setDisabled(qint64 id, bool disabled);

private:
    Database& m_db;
};

} // namespace Atendo

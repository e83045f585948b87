#pragma once

#include "store/sessionrow.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Atendo {

class Database;

class SessionRepository
{
public:
    explicit SessionRepository(Database& db);

    qint64 create(qint64 agentId, const QString& tokenHash, const QDateTime& expiresAt);
    // The session with this token hash when it is not revoked and expires after `now`.
    [[nodiscard]] std::optional<SessionRow> findValid(const QString& tokenHash, const QDateTime& now);
    bool extend(qint64 id, const QDateTime& expiresAt);
    bool revoke(qint64 id);

private:
    Database& m_db;
};

} // namespace Atendo

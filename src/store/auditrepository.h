#pragma once

#include "store/auditentry.h"

#include <QDateTime>
#include <QList>

namespace Atendo {

class Database;

// The audit trail of supervision actions: append-only.
class AuditRepository
{
public:
    explicit AuditRepository(Database& db);

    // The new entry's id; 0 on a database error.
    qint64 append(const AuditEntry& entry);
    // A conversation's entries, oldest first.
    [[nodiscard]] QList<AuditEntry> forConversation(qint64 conversationId);
    // Every entry with from <= at < to, oldest first.
    [[nodiscard]] QList<AuditEntry> between(const QDateTime& from, const QDateTime& to);

private:
    Database& m_db;
};

} // namespace Atendo

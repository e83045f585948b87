#pragma once

#include "store/webhookinboxrow.h"

#include <QDateTime>
#include <QList>

namespace Atendo {

class Database;

// Webhook bodies are stored here (committed) before Meta gets its 200, and
// applied afterwards in id order; a row is marked processed in the same
// transaction as its effects, so an acknowledged webhook survives a crash.
class WebhookInbox
{
public:
    explicit WebhookInbox(Database& db);

    // The new row's id; 0 on a database error.
    qint64 append(const QByteArray& body, const QDateTime& receivedAt);
    // Unprocessed rows with id > afterId, oldest first, at most `limit`.
    [[nodiscard]] QList<WebhookInboxRow> pending(qint64 afterId, int limit);
    [[nodiscard]] qint64 pendingCount();
    bool markProcessed(qint64 id, const QDateTime& at);
    // Marks every unprocessed row with firstId <= id <= lastId in one
    // statement (a turn of the queue: consecutive pending rows); the number
    // marked, -1 on error.
    qint64 markProcessed(qint64 firstId, qint64 lastId, const QDateTime& at);
    // Deletes rows processed before `at`; the number deleted (-1 on error).
    // Unprocessed rows are never deleted, however old.
    int pruneProcessedBefore(const QDateTime& at);

private:
    Database& m_db;
};

} // namespace Atendo

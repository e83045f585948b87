#pragma once

#include "store/outboxitem.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Atendo {

class Database;

// Graph API sends, persisted before they go out so that a crash loses none.
class Outbox
{
public:
    explicit Outbox(Database& db);

    qint64 enqueue(qint64 messageId, const QString& requestJson, const QDateTime& notBefore);
    // Takes up to `limit` pending items due at `now` (oldest first), marks them
    // inflight and counts an attempt, in one statement. Two claimers never get the
    // same item (on PostgreSQL the rows are locked with FOR UPDATE SKIP LOCKED).
    [[nodiscard]] QList<OutboxItem> claimDue(const QDateTime& now, int limit);
    bool complete(qint64 id);
    // Back to pending, not to be claimed before `notBefore`.
    bool retryLater(qint64 id, const QDateTime& notBefore, const QString& error);
    bool fail(qint64 id, const QString& error);
    // Pending plus inflight items.
    [[nodiscard]] int depth();
    [[nodiscard]] std::optional<OutboxItem> findById(qint64 id);
    // At start-up: items a crash left inflight go back to pending, unless their
    // message already has a wamid (Meta accepted it), which completes them. The
    // number put back to pending (-1 on error).
    int requeueInflight();

private:
    Database& m_db;
};

} // namespace Atendo

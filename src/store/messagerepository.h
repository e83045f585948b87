#pragma once

#include "store/messagerow.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Atendo {

class Database;

class MessageRepository
{
public:
    explicit MessageRepository(Database& db);

    // Deduplicates on the wamid: the same wamid twice gives the first row's id and
    // inserted=false. id 0 on a database error.
    MessageInsert insertInbound(const MessageRow& row);
    // Deduplicates on the idempotency key: a retried send returns the existing row's
    // id and inserted=false.
    MessageInsert insertOutbound(const MessageRow& row);
    [[nodiscard]] std::optional<MessageRow> findById(qint64 id);
    [[nodiscard]] std::optional<MessageRow> findByWamid(const QString& wamid);
    [[nodiscard]] std::optional<MessageRow> findByKey(const QString& idempotencyKey);
    bool setWamid(qint64 id, const QString& wamid);
    // Moves the status forward only: queued < sent < delivered < read; failed
    // replaces anything but read and is never replaced. True when the row changed.
    bool updateStatus(
        qint64 id, const QString& status, const QString& errorCode, const QString& errorMessage);
    // updateStatus() by wamid for an outbound message, in one statement: the row
    // afterwards, or nullopt when nothing changed (unknown wamid, not outbound,
    // or a status that does not move it forward).
    [[nodiscard]] std::optional<MessageStatusTarget> advanceStatus(
        const QString& wamid, const QString& status, const QString& errorCode, const QString& errorMessage);
    // The status target by wamid (nullopt for an unknown one) and whether this
    // status moved it forward (it then carries the new status): what a status
    // webhook needs, in as few statements as the database allows.
    [[nodiscard]] StatusChange applyStatus(
        const QString& wamid, const QString& status, const QString& errorCode, const QString& errorMessage);
    // The message with this wamid and its contact's phone.
    [[nodiscard]] std::optional<MessageStatusTarget> findStatusTarget(const QString& wamid);
    bool setPricing(qint64 id, const QString& pricingJson);
    // Up to `limit` messages older than `beforeId` (0 = the newest), oldest first.
    [[nodiscard]] MessagePage page(qint64 conversationId, qint64 beforeId, int limit);

    // The statuses `status` may replace (empty for an unknown or terminal status).
    [[nodiscard]] static QStringList replaceableBy(const QString& status);

private:
    MessageInsert insertDeduplicated(const MessageRow& row, bool inbound);

    Database& m_db;
};

} // namespace Atendo

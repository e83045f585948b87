#pragma once

#include "store/conversationlistitem.h"
#include "store/conversationrow.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class QSqlQuery;

namespace Atendo {

class Database;

class ConversationRepository
{
public:
    explicit ConversationRepository(Database& db);

    // A new open conversation in the queue; nullopt on a database error.
    std::optional<ConversationRow> create(qint64 contactId, const QDateTime& now);
    [[nodiscard]] std::optional<ConversationRow> findById(qint64 id);
    // The contact's newest conversation, whatever its state.
    [[nodiscard]] std::optional<ConversationRow> latestForContact(qint64 contactId);

    // Atomic compare-and-set: true only for the one caller that took a queued
    // conversation; everyone else (and a second claim) gets false.
    bool claim(qint64 id, qint64 agentId);
    // Assigns unconditionally (transfer, take-over); 0 puts it back in the queue.
    bool setAssignee(qint64 id, qint64 agentId);
    // Sets the state; `at` becomes resolved_at for "resolved" (cleared otherwise).
    bool setState(qint64 id, const QString& state, const QDateTime& at);
    // A customer message arrived: the window and free-entry-point expiries only
    // move forward (the later of stored and given is kept, so a late webhook never
    // shortens the window), unread grows by one, waitingSince is set if unset.
    bool recordInbound(qint64 id, const QDateTime& customerAt, const QDateTime& windowExpiresAt,
        const QDateTime& fepExpiresAt, const QString& preview, const QDateTime& receivedAt);
    // The same, giving the conversation as it is afterwards (nullopt: no such id).
    std::optional<ConversationRow> recordInboundRow(qint64 id, const QDateTime& customerAt,
        const QDateTime& windowExpiresAt, const QDateTime& fepExpiresAt, const QString& preview,
        const QDateTime& receivedAt);
    // The same for a conversation read in this transaction (`before`): on
    // SQLite the row afterwards is worked out from it instead of read again.
    std::optional<ConversationRow> recordInboundRow(const ConversationRow& before,
        const QDateTime& customerAt, const QDateTime& windowExpiresAt, const QDateTime& fepExpiresAt,
        const QString& preview, const QDateTime& receivedAt);
    // An agent message or note: preview and activity; "out" clears waitingSince.
    bool recordOutbound(qint64 id, const QString& preview, const QString& direction, const QDateTime& at);
    bool markRead(qint64 id);

    // Every open or pending conversation with its contact (one query), newest first.
    [[nodiscard]] QList<ConversationListItem> listWorkingSet();
    // A page in (last activity desc, id desc) order after `before` (null = first page).
    [[nodiscard]] ConversationPage list(
        ConversationScope scope, qint64 agentId, const ConversationCursor& before, int limit);
    // Conversations whose contact name, phone or any message text contains
    // `query` (case-insensitive for ASCII; % and _ match literally).
    [[nodiscard]] QList<ConversationListItem> search(const QString& query, int limit);
    // agent id -> number of open or pending conversations assigned to them.
    [[nodiscard]] QHash<qint64, int> countOpenByAgent();

private:
    // recordInbound()'s UPDATE, prepared and bound (with RETURNING the row).
    QSqlQuery& recordInboundQuery(bool returning, qint64 id, const QDateTime& customerAt,
        const QDateTime& windowExpiresAt, const QDateTime& fepExpiresAt, const QString& preview,
        const QDateTime& receivedAt);

    Database& m_db;
};

} // namespace Atendo

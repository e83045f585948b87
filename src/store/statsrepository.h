#pragma once

#include "store/journalentry.h"
#include "store/statsrows.h"

#include <QDateTime>
#include <QList>
#include <QSet>

namespace Atendo {

class Database;

// The reads behind team leads' board and statistics: each answers a whole
// period in one query (never one per conversation). Ranges are half-open,
// from <= at < to. The server aggregates; nothing here decides a rule.
class StatsRepository
{
public:
    explicit StatsRepository(Database& db);

    // Outbound template messages created in the range, with their billing row.
    [[nodiscard]] QList<TemplateSendRow> templateSends(const QDateTime& from, const QDateTime& to);
    // Failed outbound messages created in the range, by error code.
    [[nodiscard]] QList<FailureCount> failuresByCode(const QDateTime& from, const QDateTime& to);
    // Consent events of one kind ("opt_out", ...) in the range.
    [[nodiscard]] int consentEvents(const QString& kind, const QDateTime& from, const QDateTime& to);
    // Customer and agent messages stored in the range, per UTC hour, oldest first.
    [[nodiscard]] QList<HourVolume> volumePerHour(const QDateTime& from, const QDateTime& to);
    // Every customer message and agent reply before `to` of the conversations that
    // got a reply in the range, by conversation then in order.
    [[nodiscard]] QList<ReplyEvent> replyTimeline(const QDateTime& from, const QDateTime& to);
    // Open or pending conversations that an agent has answered at least once.
    [[nodiscard]] QSet<qint64> answeredOpenConversations();
    // Journal entries named `ev` at or after `since`, oldest first.
    [[nodiscard]] QList<JournalEntry> journalSince(const QString& ev, const QDateTime& since);

private:
    Database& m_db;
};

} // namespace Atendo

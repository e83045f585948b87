#pragma once

#include "store/journalentry.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Atendo {

class Database;

// The persistent event journal consoles resume from: seq is strictly increasing
// and never reused, even after pruning.
class Journal
{
public:
    explicit Journal(Database& db);

    // The new entry's seq; 0 on a database error.
    qint64 append(const QString& ev, const QJsonObject& data, const QDateTime& at);
    // The same with the data already encoded as compact JSON (the server
    // encodes it once for the journal and the consoles).
    qint64 appendEncoded(const QString& ev, const QByteArray& compactData, const QDateTime& at);
    // Entries with seq > `seq`, oldest first, at most `limit`.
    [[nodiscard]] QList<JournalEntry> readAfter(qint64 seq, int limit);
    // Highest seq stored; 0 when empty.
    [[nodiscard]] qint64 head();
    // Lowest seq still stored; 0 when empty. A console whose last seq is below
    // oldestSeq() - 1 missed pruned entries and needs a resync.
    [[nodiscard]] qint64 oldestSeq();
    // Deletes entries older than `at`; the number deleted (-1 on error).
    int pruneBefore(const QDateTime& at);

private:
    Database& m_db;
};

} // namespace Atendo

#pragma once

#include <QDateTime>
#include <QString>

namespace Atendo {

class Database;

// Every delivery status Meta reported, once per (wamid, status): webhooks are
// delivered at least once, and a repeat must not be processed twice.
class StatusLog
{
public:
    explicit StatusLog(Database& db);

    // True when this (wamid, status) is new and was recorded; false when it was
    // already seen (or on a database error).
    bool record(const QString& wamid, const QString& status, const QDateTime& at, const QString& rawJson);
    // Takes a record back (a status recorded before its message was found to be
    // unknown, so that it counts as new when it is applied later).
    bool forget(const QString& wamid, const QString& status);

private:
    Database& m_db;
};

} // namespace Atendo

#pragma once

#include <QString>

namespace Atendo {

// The team leads' board ([board] in server.ini): alert thresholds, how often
// time-based alerts are re-evaluated, and what "today" means.
struct BoardConfig
{
    int tickMs = 5000; // re-evaluation as time passes
    int minPushMs = 1000; // at most one board event per session this often
    int waitingMinutes = 10; // customer_waiting
    int windowClosingMinutes = 60; // window_closing
    int outboxBacklog = 200; // outbox_backlog: depth above this
    int metaErrorsPerHour = 10; // meta_errors: Meta failures in the last hour above this
    QString timezone = QStringLiteral("UTC"); // IANA id; "today" starts at 00:00 here
};

} // namespace Atendo

#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Atendo {

// One server event as consoles receive it ({seq, ev, at, data}).
struct JournalEntry
{
    qint64 seq {0};
    QString ev;
    QDateTime at;
    QJsonObject data;

    bool operator==(const JournalEntry&) const = default;
};

} // namespace Atendo

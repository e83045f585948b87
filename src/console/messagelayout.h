#pragma once

#include <QRect>
#include <QSize>
#include <QString>

namespace Atendo {

// Where each part of one message row goes. Computed once per (width, message) by
// MessageDelegate::layout() and used by both sizeHint() and paint(), so the two
// can never disagree (Ruqola's pattern).
struct MessageLayout
{
    bool outgoing {false};
    bool note {false};
    QSize size; // the whole row, separator included

    QRect daySeparator; // empty when the previous message is from the same day
    QString dayText;

    QRect bubble;
    QRect author; // agent name on outgoing messages, "Internal note" on notes
    QString authorText;
    QRect badge; // "Template · name"
    QString badgeText;
    QRect quote; // the message replied to
    QString quoteText;
    QRect media; // placeholder: kind, file name, size; location with its map link
    QString mediaText;
    QRect text;
    QString bodyText;
    QRect footer; // time, then ticks for outgoing
    QString timeText;
    QRect ticks;
    QRect reaction;
    QString reactionText;
};

} // namespace Atendo

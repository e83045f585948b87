#pragma once

#include <QStringView>

namespace Atendo::Bench {

// What a receive-only bench console learns from a frame without parsing it.
class FrameScan
{
public:
    // The seq of the frame's last journalled event: the number after the last
    // `"seq":` in the text, found by scanning back from the end; 0 if none.
    //
    // Why this cannot be fooled: inside a JSON string every `"` is escaped, so
    // a customer's text holding "seq": reads `\"seq\":` on the wire and never
    // matches; `"last_seq":` (a reply's field) does not match either, since the
    // needle starts with the quote. Only a key named exactly "seq" matches, and
    // the protocol has one: an event's own (no data object and no reply field
    // is named so). A frame's events are in seq order, so the last match is the
    // frame's highest seq, whether the server writes "seq" first or last in an
    // event (QJsonObject sorts it last). Ephemeral events (presence) carry no
    // seq and are skipped by the same scan.
    [[nodiscard]] static qint64 lastSeq(QStringView text);
    // The UTF-8 size of `text`: what went over the socket for this frame's payload.
    [[nodiscard]] static qint64 utf8Size(QStringView text);
};

} // namespace Atendo::Bench

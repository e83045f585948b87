#pragma once

#include "protocol/frames.h"

#include <QByteArray>
#include <QList>

#include <variant>

namespace Atendo::Protocol {

// What a malformed frame turns into: the error to answer with, and the request
// id when the frame got far enough to have one (so the reply can carry "re").
struct FrameError
{
    Error error;
    QJsonValue id;
};

using ServerFrameItem = std::variant<Reply, Event>;

// JSON text codec for both directions. Decoding never throws and never trusts
// its input: wrong types, missing fields and oversized frames become errors.
class FrameCodec
{
public:
    // Server side.
    [[nodiscard]] static std::variant<Request, FrameError> decodeRequest(const QByteArray& utf8);
    [[nodiscard]] static QByteArray encode(const Reply& reply);
    [[nodiscard]] static QByteArray encode(const Event& event);
    // The same bytes as encode(event) for a journalled event whose data is
    // already encoded (compact JSON, as the journal stores it): the server
    // encodes each event's data once, for the journal and the consoles alike.
    [[nodiscard]] static QByteArray encode(const Event& event, const QByteArray& compactData);
    // Several events in one frame (a JSON array), so a busy server sends one
    // frame per console per tick instead of one per event.
    [[nodiscard]] static QByteArray encode(const QList<Event>& events);
    // A frame from items already encoded one by one (compact JSON objects):
    // the item itself when alone, else `[a,b,...]` — the same bytes encode()
    // gives for the list, without building a QJsonArray per console.
    [[nodiscard]] static QByteArray joinEncoded(const QList<QByteArray>& items);
    // The stand-in for a journalled `message.created` or `message.status` a
    // console does not need (docs/protocol.md, "Elided message events"): same
    // seq, time and name, its data only the conversation, so the console's seq
    // stays contiguous.
    [[nodiscard]] static Event elided(const Event& event, qint64 conversationId);

    // Client side.
    [[nodiscard]] static QByteArray encode(const Request& request);
    // A server frame is one reply or event object, or an array of them.
    [[nodiscard]] static std::variant<QList<ServerFrameItem>, QString> decodeServerFrame(
        const QByteArray& utf8);

    [[nodiscard]] static QJsonObject toJson(const Reply& reply);
    [[nodiscard]] static QJsonObject toJson(const Event& event);
    [[nodiscard]] static QJsonObject toJson(const Request& request);
    [[nodiscard]] static std::optional<ServerFrameItem> serverItemFromJson(const QJsonObject& object);
};

} // namespace Atendo::Protocol

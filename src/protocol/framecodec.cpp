#include "protocol/framecodec.h"

#include "protocol/protocol.h"
#include "protocol/wiretime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Atendo::Protocol {
namespace {

using namespace Qt::StringLiterals;

FrameError badRequest(const QString& message, const QJsonValue& id = {})
{
    return FrameError {Error {ErrorCode::BadRequest, message, {}}, id};
}

bool isValidId(const QJsonValue& id)
{
    return (id.isString() && !id.toString().isEmpty()) || id.isDouble();
}

QJsonObject errorToJson(const Error& error)
{
    QJsonObject err {{u"code"_s, errorCodeName(error.code)}, {u"message"_s, error.message}};
    if (!error.details.isEmpty())
        err.insert(u"details"_s, error.details);
    return err;
}

std::optional<Error> errorFromJson(const QJsonValue& value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject err = value.toObject();
    const auto code = errorCodeFromName(err.value(u"code"_s).toString());
    // An unknown code from a newer server is still an error, shown as internal.
    return Error {code.value_or(ErrorCode::Internal), err.value(u"message"_s).toString(),
        err.value(u"details"_s).toObject()};
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

Reply Reply::success(const QJsonValue& re, const QJsonObject& ok)
{
    return Reply {re, ok, std::nullopt};
}

Reply Reply::failure(const QJsonValue& re, ErrorCode code, const QString& message, const QJsonObject& details)
{
    return Reply {re, {}, Error {code, message, details}};
}

std::variant<Request, FrameError> FrameCodec::decodeRequest(const QByteArray& utf8)
{
    if (utf8.size() > MaxFrameBytes) {
        return FrameError {
            Error {ErrorCode::FrameTooLarge,
                u"frame of %1 bytes exceeds the limit of %2"_s.arg(utf8.size()).arg(MaxFrameBytes), {}},
            {}};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return badRequest(u"malformed JSON: %1"_s.arg(parseError.errorString()));
    if (!doc.isObject())
        return badRequest(u"a request must be a JSON object"_s);

    const QJsonObject object = doc.object();
    const QJsonValue id = object.value(u"id"_s);
    if (!isValidId(id))
        return badRequest(u"\"id\" must be a non-empty string or a number"_s);
    const QJsonValue op = object.value(u"op"_s);
    if (!op.isString() || op.toString().isEmpty())
        return badRequest(u"\"op\" must be a non-empty string"_s, id);
    const QJsonValue args = object.value(u"args"_s);
    if (!args.isUndefined() && !args.isNull() && !args.isObject())
        return badRequest(u"\"args\" must be an object"_s, id);
    return Request {id, op.toString(), args.toObject()};
}

QJsonObject FrameCodec::toJson(const Reply& reply)
{
    QJsonObject object {{u"re"_s, reply.re}};
    if (reply.err)
        object.insert(u"err"_s, errorToJson(*reply.err));
    else
        object.insert(u"ok"_s, reply.ok);
    return object;
}

QJsonObject FrameCodec::toJson(const Event& event)
{
    QJsonObject object {{u"ev"_s, event.ev}, {u"at"_s, toWireTime(event.at)}, {u"data"_s, event.data}};
    if (event.isJournalled())
        object.insert(u"seq"_s, event.seq);
    return object;
}

QJsonObject FrameCodec::toJson(const Request& request)
{
    return QJsonObject {{u"id"_s, request.id}, {u"op"_s, request.op}, {u"args"_s, request.args}};
}

QByteArray FrameCodec::encode(const Reply& reply)
{
    return compact(toJson(reply));
}

QByteArray FrameCodec::encode(const Event& event)
{
    return compact(toJson(event));
}

QByteArray FrameCodec::encode(const Event& event, const QByteArray& compactData)
{
    // QJsonDocument writes keys in order: at, data, ev, seq. Event names are
    // plain identifiers; one needing escapes takes the general path.
    const QByteArray ev = event.ev.toUtf8();
    if (!event.isJournalled() || ev.contains('"') || ev.contains('\\'))
        return encode(event);
    const QByteArray at = toWireTime(event.at).toUtf8();
    const QByteArray seq = QByteArray::number(event.seq);
    QByteArray item;
    item.reserve(compactData.size() + at.size() + ev.size() + seq.size() + 32);
    item.append("{\"at\":\"").append(at).append("\",\"data\":").append(compactData);
    item.append(",\"ev\":\"").append(ev).append("\",\"seq\":").append(seq).append('}');
    return item;
}

QByteArray FrameCodec::encode(const QList<Event>& events)
{
    if (events.size() == 1)
        return encode(events.constFirst());
    QJsonArray array;
    for (const Event& event : events)
        array.append(toJson(event));
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QByteArray FrameCodec::joinEncoded(const QList<QByteArray>& items)
{
    if (items.size() == 1)
        return items.constFirst();
    qsizetype size = 2 + std::max<qsizetype>(0, items.size() - 1);
    for (const QByteArray& item : items)
        size += item.size();
    QByteArray frame;
    frame.reserve(size);
    frame.append('[');
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            frame.append(',');
        frame.append(items.at(i));
    }
    frame.append(']');
    return frame;
}

Event FrameCodec::elided(const Event& event, qint64 conversationId)
{
    return Event {event.seq, event.ev, event.at, QJsonObject {{u"conversation_id"_s, conversationId}}};
}

QByteArray FrameCodec::encode(const Request& request)
{
    return compact(toJson(request));
}

std::optional<ServerFrameItem> FrameCodec::serverItemFromJson(const QJsonObject& object)
{
    if (object.contains(u"re"_s)) {
        Reply reply {object.value(u"re"_s), object.value(u"ok"_s).toObject(), std::nullopt};
        if (object.contains(u"err"_s)) {
            reply.err = errorFromJson(object.value(u"err"_s));
            if (!reply.err)
                return std::nullopt;
        } else if (!object.value(u"ok"_s).isObject()) {
            return std::nullopt;
        }
        return reply;
    }
    const QJsonValue ev = object.value(u"ev"_s);
    if (!ev.isString() || ev.toString().isEmpty())
        return std::nullopt;
    const QJsonValue seq = object.value(u"seq"_s);
    if (!seq.isUndefined() && (!seq.isDouble() || seq.toInteger() <= 0))
        return std::nullopt;
    return Event {seq.toInteger(), ev.toString(), fromWireTime(object.value(u"at"_s)),
        object.value(u"data"_s).toObject()};
}

std::variant<QList<ServerFrameItem>, QString> FrameCodec::decodeServerFrame(const QByteArray& utf8)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return u"malformed JSON from server: %1"_s.arg(parseError.errorString());

    QJsonArray items;
    if (doc.isArray())
        items = doc.array();
    else if (doc.isObject())
        items.append(doc.object());
    else
        return u"empty frame from server"_s;

    QList<ServerFrameItem> decoded;
    decoded.reserve(items.size());
    for (const QJsonValue& item : std::as_const(items)) {
        const auto frame = item.isObject() ? serverItemFromJson(item.toObject()) : std::nullopt;
        if (!frame)
            return u"unrecognised item in server frame"_s;
        decoded.append(*frame);
    }
    return decoded;
}

} // namespace Atendo::Protocol

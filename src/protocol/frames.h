#pragma once

#include "protocol/errorcode.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace Atendo::Protocol {

// A client's request: {"id": …, "op": "…", "args": {…}}. The id is chosen by the
// client (string or number) and echoed back as "re" in the reply.
struct Request
{
    QJsonValue id;
    QString op;
    QJsonObject args;
};

struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QJsonObject details; // e.g. the failing template fields, retry_after_ms

    friend bool operator==(const Error&, const Error&) = default;
};

// The answer to exactly one request: {"re": id, "ok": {…}} or {"re": id, "err": {…}}.
struct Reply
{
    QJsonValue re;
    QJsonObject ok;
    std::optional<Error> err;

    [[nodiscard]] bool isOk() const { return !err.has_value(); }
    static Reply success(const QJsonValue& re, const QJsonObject& ok = {});
    static Reply failure(
        const QJsonValue& re, ErrorCode code, const QString& message, const QJsonObject& details = {});
};

// A server event: {"seq": n, "ev": "…", "at": "…", "data": {…}}. Journalled events
// carry a strictly increasing seq; ephemeral ones (hello, presence, typing,
// viewers, board updates) carry none (seq == 0 here) and are never replayed.
struct Event
{
    qint64 seq = 0;
    QString ev;
    QDateTime at;
    QJsonObject data;

    [[nodiscard]] bool isJournalled() const { return seq > 0; }
};

} // namespace Atendo::Protocol

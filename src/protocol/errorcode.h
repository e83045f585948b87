#pragma once

#include <QString>

#include <optional>

namespace Atendo::Protocol {

// Stable error codes: the console translates them, scripts branch on them.
// Never rename one; add new ones at the end.
enum class ErrorCode
{
    BadRequest, // malformed frame, wrong types, missing fields
    UnknownOp, // an op this server does not know
    FrameTooLarge, // a frame over MaxFrameBytes
    VersionMismatch, // the client speaks another protocol version
    Unauthenticated, // no valid session (log in or resume first)
    Forbidden, // the role does not allow the op
    NotFound, // the conversation, contact, message or template does not exist
    Conflict, // lost a race (e.g. another agent claimed first)
    NotAssigned, // the agent is not the conversation's assignee
    WindowClosed, // free-form outside the 24 h customer-service window
    ContactOptedOut, // the contact opted out: nothing may be sent
    NoOptIn, // a template to someone who never opted in and has no open window
    MarketingStopped, // marketing template to someone who stopped marketing messages
    TemplateNotApproved, // unknown, pending, rejected, paused or disabled template
    TemplateParamsInvalid, // a template variable missing or invalid
    RateLimited, // too many requests from this session; retry later
    Internal, // the server failed; nothing was changed
};

[[nodiscard]] QString errorCodeName(ErrorCode code);
[[nodiscard]] std::optional<ErrorCode> errorCodeFromName(const QString& name);

} // namespace Atendo::Protocol

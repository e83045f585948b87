#include "protocol/errorcode.h"

#include <array>
#include <utility>

namespace Atendo::Protocol {
namespace {

using namespace Qt::StringLiterals;

constexpr std::array<std::pair<ErrorCode, QLatin1StringView>, 17> Names {{
    {ErrorCode::BadRequest, "bad_request"_L1},
    {ErrorCode::UnknownOp, "unknown_op"_L1},
    {ErrorCode::FrameTooLarge, "frame_too_large"_L1},
    {ErrorCode::VersionMismatch, "version_mismatch"_L1},
    {ErrorCode::Unauthenticated, "unauthenticated"_L1},
    {ErrorCode::Forbidden, "forbidden"_L1},
    {ErrorCode::NotFound, "not_found"_L1},
    {ErrorCode::Conflict, "conflict"_L1},
    {ErrorCode::NotAssigned, "not_assigned"_L1},
    {ErrorCode::WindowClosed, "window_closed"_L1},
    {ErrorCode::ContactOptedOut, "contact_opted_out"_L1},
    {ErrorCode::NoOptIn, "no_opt_in"_L1},
    {ErrorCode::MarketingStopped, "marketing_stopped"_L1},
    {ErrorCode::TemplateNotApproved, "template_not_approved"_L1},
    {ErrorCode::TemplateParamsInvalid, "template_params_invalid"_L1},
    {ErrorCode::RateLimited, "rate_limited"_L1},
    {ErrorCode::Internal, "internal"_L1},
}};

} // namespace

QString errorCodeName(ErrorCode code)
{
    for (const auto& [value, name] : Names) {
        if (value == code)
            return name;
    }
    return u"internal"_s;
}

std::optional<ErrorCode> errorCodeFromName(const QString& name)
{
    for (const auto& [value, text] : Names) {
        if (text == name)
            return value;
    }
    return std::nullopt;
}

} // namespace Atendo::Protocol

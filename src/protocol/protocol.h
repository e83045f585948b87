#pragma once

#include <QLoggingCategory>

namespace Atendo::Protocol {

// The console⇄server wire contract, version 1 (docs/protocol.md).
// Bumped only for changes an older peer would misread; additions of fields,
// ops and events keep the version.
inline constexpr int Version = 1;

// Frames above this size are refused with `frame_too_large` and change nothing.
inline constexpr qsizetype MaxFrameBytes = 1024 * 1024;

// Paging bounds shared by every list op.
inline constexpr int DefaultPageSize = 50;
inline constexpr int MaxPageSize = 500;

} // namespace Atendo::Protocol

Q_DECLARE_LOGGING_CATEGORY(lcProtocol)

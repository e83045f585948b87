#pragma once

#include <QLoggingCategory>

namespace Atendo {

// The console's logging category ("atendo.console").
Q_DECLARE_LOGGING_CATEGORY(lcConsole)

} // namespace Atendo

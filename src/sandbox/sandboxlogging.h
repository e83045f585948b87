#pragma once

#include <QLoggingCategory>

namespace Atendo {
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
} // namespace Atendo

#include "sandbox/sandboxlogging.h"

namespace Atendo {
Q_LOGGING_CATEGORY(lcSandbox, "atendo.sandbox")
} // namespace Atendo

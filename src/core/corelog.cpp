#include "core/corelog.h"

namespace Atendo {

Q_LOGGING_CATEGORY(lcCore, "atendo.core")

} // namespace Atendo

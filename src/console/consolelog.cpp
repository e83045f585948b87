#include "console/consolelog.h"

namespace Atendo {

Q_LOGGING_CATEGORY(lcConsole, "atendo.console")

} // namespace Atendo

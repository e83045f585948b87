#include "store/storelog.h"

namespace Atendo {

Q_LOGGING_CATEGORY(lcStore, "atendo.store")

} // namespace Atendo

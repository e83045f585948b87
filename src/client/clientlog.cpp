#include "client/clientlog.h"

namespace Atendo {

Q_LOGGING_CATEGORY(lcClient, "atendo.client")

} // namespace Atendo

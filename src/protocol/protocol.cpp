#include "protocol/protocol.h"

Q_LOGGING_CATEGORY(lcProtocol, "atendo.protocol")

#pragma once

#include <QLoggingCategory>

namespace Atendo {

// The store's logging category ("atendo.store").
Q_DECLARE_LOGGING_CATEGORY(lcStore)

} // namespace Atendo

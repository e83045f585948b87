#pragma once

#include <QLoggingCategory>

namespace Atendo {

// The client library's logging category ("atendo.client").
Q_DECLARE_LOGGING_CATEGORY(lcClient)

} // namespace Atendo

#pragma once

#include <QLoggingCategory>

namespace Atendo {

// The core library's logging category ("atendo.core"). Core has no I/O, so it
// logs little; the category exists so nothing here ever needs a bare qDebug().
Q_DECLARE_LOGGING_CATEGORY(lcCore)

} // namespace Atendo

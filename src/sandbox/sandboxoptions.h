#pragma once

#include "sandbox/sandboxconfig.h"

#include <QString>
#include <QStringList>

namespace Atendo {

// The command line of atendo-sandbox: every SandboxConfig field as a flag, and
// the same keys in an INI file given with --config (flags win over the file).
class SandboxOptions
{
public:
    enum class Outcome
    {
        Run,
        ShowText,
        Error
    };

    struct Result
    {
        Outcome outcome = Outcome::Run;
        SandboxConfig config;
        QString text; // help/version text, or the error message
    };

    // arguments[0] is the program name, as in QCoreApplication::arguments().
    [[nodiscard]] static Result parse(const QStringList& arguments);

    // Applies one "key=value" setting (a flag name without the dashes). Returns
    // an error message, or an empty string when the value was accepted.
    [[nodiscard]] static QString apply(SandboxConfig& config, const QString& key, const QString& value);
};

} // namespace Atendo

#pragma once

#include "core/messagecategory.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Atendo {

// Translated wording shared by the team lead's models: durations, presence and
// states as a table cell reads them. The console's lupdate scans this file.
class LeadText
{
    Q_DECLARE_TR_FUNCTIONS(LeadText)

public:
    // "45 s", "3 min 20 s", "2 h 05 min", "3 d 4 h"; negative reads as 0.
    [[nodiscard]] static QString duration(qint64 seconds);
    // "—" when there is nothing to show.
    [[nodiscard]] static QString durationOrDash(const std::optional<qint64>& seconds);
    [[nodiscard]] static QString presence(const QString& presence);
    [[nodiscard]] static QString state(const QString& state);
    [[nodiscard]] static QString category(MessageCategory category);
    [[nodiscard]] static QString dash() { return QStringLiteral("—"); }
};

} // namespace Atendo

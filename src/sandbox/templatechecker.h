#pragma once

#include "sandbox/metaerror.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace Atendo {

// Checks the `template` object of a send against the stored template node the
// way Meta does: its own placeholder counting and parameter-format checks,
// deliberately independent of Atendo's core so that a bug there surfaces here
// as 132000 (count) or 132012 (format).
class TemplateChecker
{
public:
    [[nodiscard]] static std::optional<MetaError> check(const QJsonObject& node, const QJsonObject& request);

    // Distinct placeholder names in order of appearance: "1", "2" or "first_name".
    [[nodiscard]] static QStringList placeholders(const QString& text);

private:
    [[nodiscard]] static std::optional<MetaError> checkHeader(
        const QJsonObject& header, const QJsonObject& request, bool named);
    [[nodiscard]] static std::optional<MetaError> checkTextParams(
        const QString& where, const QString& text, const QJsonArray& params, bool named, bool headerOnlyText);
    [[nodiscard]] static std::optional<MetaError> checkButtons(
        const QJsonArray& buttons, const QJsonArray& requestComponents);
};

} // namespace Atendo

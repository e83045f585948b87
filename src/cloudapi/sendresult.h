#pragma once

#include "cloudapi/cloudapierror.h"

#include <QString>

#include <optional>

namespace Atendo {

// The answer to POST /{phone-number-id}/messages. Accepted is not delivered:
// delivery arrives later as status webhooks keyed on wamid.
struct SendResult
{
    QString wamid;
    QString waId; // may differ from input; absent for BSUID sends
    QString userId; // BSUID sends
    QString input;
    QString messageStatus; // accepted | held_for_quality_assessment, paced templates only
    std::optional<CloudApiError> error;

    [[nodiscard]] bool ok() const { return !error.has_value(); }
};

} // namespace Atendo

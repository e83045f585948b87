#pragma once

#include "cloudapi/cloudapierror.h"
#include "cloudapi/inboundmessage.h"
#include "cloudapi/statusupdate.h"
#include "cloudapi/templatequalityevent.h"
#include "cloudapi/templatestatusevent.h"
#include "cloudapi/userpreferenceevent.h"

#include <QList>
#include <QStringList>

namespace Atendo {

// Everything one webhook POST carried, flattened across all entries and
// changes, in payload order (which is not the order things happened).
struct WebhookBatch
{
    QList<InboundMessage> messages;
    QList<StatusUpdate> statuses;
    QList<TemplateStatusEvent> templateStatuses;
    QList<TemplateQualityEvent> templateQualities;
    QList<UserPreferenceEvent> userPreferences;
    QList<CloudApiError> errors; // value.errors: system, app or account level
    QStringList warnings; // items skipped or not understood; never fatal

    [[nodiscard]] bool isEmpty() const
    {
        return messages.isEmpty() && statuses.isEmpty() && templateStatuses.isEmpty()
            && templateQualities.isEmpty() && userPreferences.isEmpty() && errors.isEmpty();
    }
};

} // namespace Atendo

#pragma once

#include <QString>

namespace Atendo {

// Where a webhook item came from: the entry id (the WABA) and the change's
// metadata (the business phone number). Every parsed item carries one, so a
// flattened batch loses nothing.
struct WebhookOrigin
{
    QString wabaId;
    QString phoneNumberId; // empty for template events, which are per WABA
    QString displayPhoneNumber;

    friend bool operator==(const WebhookOrigin&, const WebhookOrigin&) = default;
};

} // namespace Atendo

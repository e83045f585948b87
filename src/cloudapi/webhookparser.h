#pragma once

#include "cloudapi/webhookbatch.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Atendo {

// Either a batch or the reason the whole body was refused.
struct WebhookParseResult
{
    std::optional<WebhookBatch> batch;
    QString error;

    [[nodiscard]] bool ok() const { return batch.has_value(); }
};

// Turns a webhook POST body (already signature-checked) into typed values.
// Only a body that is not a whatsapp_business_account envelope at all is an
// error; anything odd inside it is skipped with a warning, never fatal, so one
// strange item does not make Meta redeliver the rest for 7 days.
class WebhookParser
{
public:
    // Meta documents payloads of up to 3 MB; a little headroom keeps a real one
    // from ever being refused while still bounding memory per request.
    static constexpr qsizetype maxBodySize = 4 * 1024 * 1024;

    [[nodiscard]] static WebhookParseResult parse(const QByteArray& rawBody);
};

} // namespace Atendo

#pragma once

#include <QByteArray>

namespace Atendo {

// X-Hub-Signature-256: "sha256=" + HMAC-SHA256(raw POST body, app secret) in hex.
// Always computed over the bytes exactly as they travelled, never re-serialized JSON.
class WebhookSignature
{
public:
    static constexpr QByteArrayView headerName = "X-Hub-Signature-256";

    // The header value the sandbox sends: "sha256=<64 lowercase hex digits>".
    [[nodiscard]] static QByteArray sign(const QByteArray& rawBody, const QByteArray& appSecret);

    // True only for a well-formed header whose digest matches. Hex case does not
    // matter; an empty secret never verifies (an unconfigured server must not
    // accept anything).
    [[nodiscard]] static bool verify(
        const QByteArray& rawBody, const QByteArray& header, const QByteArray& appSecret);
};

} // namespace Atendo

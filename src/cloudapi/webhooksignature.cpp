#include "cloudapi/webhooksignature.h"

#include <QMessageAuthenticationCode>

#include <optional>

namespace Atendo {

namespace {

constexpr QByteArrayView prefix = "sha256=";
constexpr qsizetype digestSize = 32;

std::optional<QByteArray> decodeHexDigest(QByteArrayView hex)
{
    if (hex.size() != digestSize * 2)
        return std::nullopt;
    // QByteArray::fromHex skips invalid characters silently, so check them first.
    for (char c : hex) {
        const bool isHex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        if (!isHex)
            return std::nullopt;
    }
    return QByteArray::fromHex(hex.toByteArray());
}

// Timing must not reveal how many leading bytes of a forged digest were right.
bool constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

QByteArray digest(const QByteArray& rawBody, const QByteArray& appSecret)
{
    return QMessageAuthenticationCode::hash(rawBody, appSecret, QCryptographicHash::Sha256);
}

} // namespace

QByteArray WebhookSignature::sign(const QByteArray& rawBody, const QByteArray& appSecret)
{
    QByteArray header = prefix.toByteArray();
    header.append(digest(rawBody, appSecret).toHex());
    return header;
}

bool WebhookSignature::verify(
    const QByteArray& rawBody, const QByteArray& header, const QByteArray& appSecret)
{
    if (appSecret.isEmpty())
        return false;
    const QByteArray value = header.trimmed();
    if (!value.startsWith(prefix))
        return false;
    const std::optional<QByteArray> received = decodeHexDigest(QByteArrayView(value).sliced(prefix.size()));
    if (!received)
        return false;
    return constantTimeEquals(*received, digest(rawBody, appSecret));
}

} // namespace Atendo

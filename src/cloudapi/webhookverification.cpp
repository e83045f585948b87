#include "cloudapi/webhookverification.h"

namespace Atendo {

using namespace Qt::StringLiterals;

namespace {

const QString modeKey = u"hub.mode"_s;
const QString tokenKey = u"hub.verify_token"_s;
const QString challengeKey = u"hub.challenge"_s;

// The verify token is a shared secret; do not leak its matching prefix by timing.
bool constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    unsigned char diff = a.size() == b.size() ? 0 : 1;
    const qsizetype n = qMin(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace

std::optional<QByteArray> WebhookVerification::answer(const QUrlQuery& query, const QString& verifyToken)
{
    if (verifyToken.isEmpty() || !query.hasQueryItem(challengeKey))
        return std::nullopt;
    if (query.queryItemValue(modeKey, QUrl::FullyDecoded) != u"subscribe")
        return std::nullopt;
    const QString token = query.queryItemValue(tokenKey, QUrl::FullyDecoded);
    if (!constantTimeEquals(token.toUtf8(), verifyToken.toUtf8()))
        return std::nullopt;
    const QString challenge = query.queryItemValue(challengeKey, QUrl::FullyDecoded);
    if (challenge.isEmpty())
        return std::nullopt;
    return challenge.toUtf8();
}

QUrlQuery WebhookVerification::challengeQuery(
    const QString& verifyToken, const QString& challenge, const QString& mode)
{
    QUrlQuery query;
    query.addQueryItem(modeKey, mode);
    query.addQueryItem(challengeKey, challenge);
    query.addQueryItem(tokenKey, verifyToken);
    return query;
}

} // namespace Atendo

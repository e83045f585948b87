#pragma once

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace Atendo {

// The GET handshake Meta performs when the callback URL or verify token is
// saved: echo hub.challenge when hub.mode=subscribe and hub.verify_token matches.
class WebhookVerification
{
public:
    // The body to answer with HTTP 200, exactly the challenge received; nullopt
    // means "answer 403". An empty configured token never verifies.
    [[nodiscard]] static std::optional<QByteArray> answer(const QUrlQuery& query, const QString& verifyToken);

    // The query Meta (or the sandbox imitating it) sends.
    [[nodiscard]] static QUrlQuery challengeQuery(const QString& verifyToken, const QString& challenge,
        const QString& mode = QStringLiteral("subscribe"));
};

} // namespace Atendo

#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace Atendo {

// The server's rate card as consoles receive it in the login and resume
// replies, so every console estimates prices from the one card the server
// bills with. Read once at start from `[whatsapp] rate_card`; a missing or
// invalid card is offered as null and consoles fall back to their own.
class RateCardOffer
{
public:
    explicit RateCardOffer(const QString& path);

    // The card's JSON (currency, effective_from, source, markets) plus
    // `version`, a short hash of its content; null when there is no card.
    [[nodiscard]] QJsonValue json() const;
    [[nodiscard]] QString version() const { return m_version; }

private:
    QJsonObject m_card;
    QString m_version;
};

} // namespace Atendo

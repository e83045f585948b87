#include "server/ratecardoffer.h"

#include "core/ratecard.h"
#include "server/serverlogging.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>

namespace Atendo {

using namespace Qt::StringLiterals;

namespace {
// Twelve hex digits tell two cards apart; the date alone would not when an
// operator corrects a price without moving effective_from.
constexpr int VersionHexDigits = 12;
} // namespace

RateCardOffer::RateCardOffer(const QString& path)
{
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcServer) << "rate card" << path << "not offered to consoles:" << file.errorString();
        return;
    }
    const QByteArray bytes = file.readAll();
    QString error;
    // Consoles parse it with the same RateCard: never offer what they would refuse.
    if (!RateCard::fromJson(bytes, &error)) {
        qCWarning(lcServer) << "rate card" << path << "not offered to consoles:" << error;
        return;
    }
    m_card = QJsonDocument::fromJson(bytes).object();
    m_card.remove(u"version"_s);
    const QByteArray canonical = QJsonDocument(m_card).toJson(QJsonDocument::Compact);
    m_version = QString::fromLatin1(
        QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex().left(VersionHexDigits));
    m_card.insert(u"version"_s, m_version);
}

QJsonValue RateCardOffer::json() const
{
    return m_card.isEmpty() ? QJsonValue() : QJsonValue(m_card);
}

} // namespace Atendo

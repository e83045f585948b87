#pragma once

#include "core/messagecategory.h"

#include <QByteArray>
#include <QDate>
#include <QMap>
#include <QString>

#include <optional>

namespace Atendo {

// Meta's per-message prices by market and category, loaded by the server from a
// file (resources/ratecard/ratecard.example.json); never hard-coded, because Meta
// changes them (cloudapi.md §5.4). Prices are integer micro-units of the currency
// (0.0625 USD = 62500) so that sums do not drift.
//
// JSON:
//   {"currency":"USD","effective_from":"2026-10-01","source":"...",
//    "markets":{"BR":{"marketing":0.0625,"utility":0.0068,"authentication":0.0068,
//                     "service":0},
//               "default":{...}}}
// Prices may be JSON numbers or decimal strings ("0.0625"); at most 6 decimals,
// never negative. A market may omit categories (no price known).
class RateCard
{
public:
    using Prices = QMap<MessageCategory, qint64>;

    // Parses the bytes; nullopt with *error set on malformed JSON, a missing
    // currency/effective_from/markets, an unknown category or a bad price.
    [[nodiscard]] static std::optional<RateCard> fromJson(const QByteArray& json, QString* error = nullptr);

    [[nodiscard]] QString currency() const { return m_currency; }
    [[nodiscard]] QDate effectiveFrom() const { return m_effectiveFrom; }
    [[nodiscard]] QString source() const { return m_source; }
    [[nodiscard]] const QMap<QString, Prices>& markets() const { return m_markets; }

    // The market of a recipient by country calling code: 55 "BR", 1 "NORTH_AMERICA",
    // 52 "MX", 34 "ES", 54 "AR", 57 "CO", 56 "CL", 51 "PE", 44 "UK", 49 "DE",
    // 91 "IN"; "OTHER" for any other (or invalid) number.
    [[nodiscard]] static QString marketForE164(const QString& e164);

    // The price in micro-units for `market`, falling back to the "default" market
    // when the card has no entry for it; nullopt when neither has the category.
    [[nodiscard]] std::optional<qint64> priceMicros(const QString& market, MessageCategory category) const;
    [[nodiscard]] std::optional<qint64> priceMicrosForE164(
        const QString& e164, MessageCategory category) const;

    // "USD 0.0625": at least two decimals, trailing zeros beyond them dropped
    // (62500 -> "0.0625", 1000000 -> "1.00", 0 -> "0.00").
    [[nodiscard]] static QString formatMicros(qint64 micros, const QString& currency);

    // A decimal amount ("0.0625", 0.0625) to micro-units; nullopt when negative,
    // not a number or with more than 6 decimals.
    [[nodiscard]] static std::optional<qint64> parseMicros(const QString& decimal);

private:
    QString m_currency;
    QDate m_effectiveFrom;
    QString m_source;
    QMap<QString, Prices> m_markets;
};

} // namespace Atendo

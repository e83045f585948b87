#include "core/ratecard.h"

#include "core/phonenumber.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Atendo {

namespace {

constexpr qint64 MicrosPerUnit = 1'000'000;

struct MarketCode
{
    const char16_t* callingCode;
    const char16_t* market;
};

// Meta prices by market; these are the markets the example card lists separately.
constexpr MarketCode Markets[]
    = {{u"55", u"BR"}, {u"1", u"NORTH_AMERICA"}, {u"52", u"MX"}, {u"34", u"ES"}, {u"54", u"AR"},
        {u"57", u"CO"}, {u"56", u"CL"}, {u"51", u"PE"}, {u"44", u"UK"}, {u"49", u"DE"}, {u"91", u"IN"}};

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = u"rate card: "_s + message;
    return false;
}

std::optional<qint64> microsFromJson(const QJsonValue& value)
{
    if (value.isString())
        return RateCard::parseMicros(value.toString());
    if (!value.isDouble())
        return std::nullopt;
    const double scaled = value.toDouble() * double(MicrosPerUnit);
    const double rounded = std::round(scaled);
    // More than six decimals cannot be represented; refuse rather than round silently.
    if (scaled < 0 || std::abs(scaled - rounded) > 1e-3 || rounded > 9e15)
        return std::nullopt;
    return qint64(rounded);
}

bool readPrices(const QString& market, const QJsonValue& value, RateCard::Prices* prices, QString* error)
{
    if (!value.isObject())
        return fail(error, u"market \"%1\" must be an object"_s.arg(market));
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const auto category = messageCategoryFromName(it.key());
        if (!category)
            return fail(error, u"market \"%1\": unknown category \"%2\""_s.arg(market, it.key()));
        const auto micros = microsFromJson(it.value());
        if (!micros)
            return fail(error, u"market \"%1\": bad price for \"%2\""_s.arg(market, it.key()));
        prices->insert(*category, *micros);
    }
    return true;
}

} // namespace

std::optional<qint64> RateCard::parseMicros(const QString& decimal)
{
    static const QRegularExpression pattern(u"\\A([0-9]{1,9})(?:\\.([0-9]{1,6}))?\\z"_s);
    const auto match = pattern.match(decimal.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 whole = match.captured(1).toLongLong();
    const qint64 fraction = match.captured(2).leftJustified(6, u'0').toLongLong();
    return whole * MicrosPerUnit + fraction;
}

std::optional<RateCard> RateCard::fromJson(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        fail(error, u"not a JSON object (%1)"_s.arg(parseError.errorString()));
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    RateCard card;
    card.m_currency = root.value(u"currency"_s).toString().trimmed();
    static const QRegularExpression currencyPattern(u"\\A[A-Z]{3}\\z"_s);
    if (!currencyPattern.match(card.m_currency).hasMatch()) {
        fail(error, u"\"currency\" must be an ISO 4217 code such as USD"_s);
        return std::nullopt;
    }
    card.m_effectiveFrom = QDate::fromString(root.value(u"effective_from"_s).toString(), Qt::ISODate);
    if (!card.m_effectiveFrom.isValid()) {
        fail(error, u"\"effective_from\" must be a date (YYYY-MM-DD)"_s);
        return std::nullopt;
    }
    card.m_source = root.value(u"source"_s).toString();
    const QJsonValue markets = root.value(u"markets"_s);
    if (!markets.isObject() || markets.toObject().isEmpty()) {
        fail(error, u"\"markets\" must be a non-empty object"_s);
        return std::nullopt;
    }
    const QJsonObject marketObject = markets.toObject();
    for (auto it = marketObject.constBegin(); it != marketObject.constEnd(); ++it) {
        Prices prices;
        if (!readPrices(it.key(), it.value(), &prices, error))
            return std::nullopt;
        card.m_markets.insert(it.key(), prices);
    }
    return card;
}

QString RateCard::marketForE164(const QString& e164)
{
    const QString code = PhoneNumber::countryCallingCode(e164);
    for (const MarketCode& entry : Markets) {
        if (code == QStringView(entry.callingCode))
            return QString::fromUtf16(entry.market);
    }
    return u"OTHER"_s;
}

std::optional<qint64> RateCard::priceMicros(const QString& market, MessageCategory category) const
{
    for (const QString& key : {market, u"default"_s}) {
        const auto it = m_markets.constFind(key);
        if (it != m_markets.cend() && it->contains(category))
            return it->value(category);
    }
    return std::nullopt;
}

std::optional<qint64> RateCard::priceMicrosForE164(const QString& e164, MessageCategory category) const
{
    return priceMicros(marketForE164(e164), category);
}

QString RateCard::formatMicros(qint64 micros, const QString& currency)
{
    const bool negative = micros < 0;
    const quint64 magnitude = negative ? quint64(-(micros + 1)) + 1 : quint64(micros);
    QString fraction = u"%1"_s.arg(qulonglong(magnitude % MicrosPerUnit), 6, 10, QChar(u'0'));
    while (fraction.size() > 2 && fraction.endsWith(u'0'))
        fraction.chop(1);
    const QString amount
        = (negative ? u"-"_s : QString()) + QString::number(magnitude / MicrosPerUnit) + u"."_s + fraction;
    return currency.isEmpty() ? amount : currency + u" "_s + amount;
}

} // namespace Atendo

#include "cloudapi/jsonfields.h"

#include <limits>

namespace Atendo::JsonFields {

namespace {

std::optional<qint64> integral(const QJsonValue& value)
{
    if (value.isString()) {
        bool ok = false;
        const qint64 n = value.toString().trimmed().toLongLong(&ok);
        return ok ? std::optional<qint64>(n) : std::nullopt;
    }
    if (value.isDouble()) {
        // Qt keeps integers exactly; toInteger() refuses fractions and out-of-range doubles.
        constexpr qint64 notIntegral = std::numeric_limits<qint64>::min();
        const qint64 n = value.toInteger(notIntegral);
        return n == notIntegral ? std::nullopt : std::optional<qint64>(n);
    }
    return std::nullopt;
}

} // namespace

QString string(const QJsonObject& object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (value.isString())
        return value.toString();
    if (const std::optional<qint64> n = value.isDouble() ? integral(value) : std::nullopt)
        return QString::number(*n);
    return {};
}

QJsonObject object(const QJsonObject& object, QLatin1StringView key)
{
    return object.value(key).toObject();
}

std::optional<bool> boolean(const QJsonObject& object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (!value.isBool())
        return std::nullopt;
    return value.toBool();
}

QDateTime unixTime(const QJsonValue& value)
{
    const std::optional<qint64> seconds = integral(value);
    if (!seconds || *seconds < 0)
        return {};
    return QDateTime::fromSecsSinceEpoch(*seconds, Qt::UTC);
}

} // namespace Atendo::JsonFields

#include "protocol/argreader.h"

#include <QJsonValue>
#include <QStringList>

#include <cmath>

namespace Atendo::Protocol {

using namespace Qt::StringLiterals;

ArgReader::ArgReader(const QJsonObject& args) : m_args(args)
{ }

void ArgReader::fail(QStringView key, const QString& problem)
{
    if (!m_error)
        m_error = Error {
            ErrorCode::BadRequest, u"args.%1 %2"_s.arg(key, problem), {{u"field"_s, key.toString()}}};
}

bool ArgReader::present(QStringView key) const
{
    const QJsonValue value = m_args.value(key);
    return !value.isUndefined() && !value.isNull();
}

QString ArgReader::requireString(QStringView key, qsizetype maxLength)
{
    if (!present(key)) {
        fail(key, u"is required"_s);
        return {};
    }
    return optionalString(key, {}, maxLength);
}

QString ArgReader::optionalString(QStringView key, const QString& fallback, qsizetype maxLength)
{
    if (!present(key))
        return fallback;
    const QJsonValue value = m_args.value(key);
    if (!value.isString()) {
        fail(key, u"must be a string"_s);
        return fallback;
    }
    const QString text = value.toString();
    if (text.size() > maxLength) {
        fail(key, u"is longer than %1 characters"_s.arg(maxLength));
        return fallback;
    }
    return text;
}

qint64 ArgReader::requireId(QStringView key)
{
    if (!present(key)) {
        fail(key, u"is required"_s);
        return 0;
    }
    return optionalId(key).value_or(0);
}

std::optional<qint64> ArgReader::optionalId(QStringView key)
{
    if (!present(key))
        return std::nullopt;
    const QJsonValue value = m_args.value(key);
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 1 || std::floor(number) != number || number > 9007199254740991.0) {
        fail(key, u"must be a positive integer id"_s);
        return std::nullopt;
    }
    return value.toInteger();
}

qint64 ArgReader::optionalInteger(QStringView key, qint64 fallback, qint64 min, qint64 max)
{
    if (!present(key))
        return fallback;
    const QJsonValue value = m_args.value(key);
    const double number = value.toDouble();
    if (!value.isDouble() || std::floor(number) != number || number < double(min) || number > double(max)) {
        fail(key, u"must be an integer from %1 to %2"_s.arg(min).arg(max));
        return fallback;
    }
    return value.toInteger();
}

bool ArgReader::optionalBool(QStringView key, bool fallback)
{
    if (!present(key))
        return fallback;
    const QJsonValue value = m_args.value(key);
    if (!value.isBool()) {
        fail(key, u"must be true or false"_s);
        return fallback;
    }
    return value.toBool();
}

QJsonObject ArgReader::requireObject(QStringView key)
{
    if (!present(key)) {
        fail(key, u"is required"_s);
        return {};
    }
    return optionalObject(key);
}

QJsonObject ArgReader::optionalObject(QStringView key)
{
    if (!present(key))
        return {};
    const QJsonValue value = m_args.value(key);
    if (!value.isObject()) {
        fail(key, u"must be an object"_s);
        return {};
    }
    return value.toObject();
}

QString ArgReader::requireEnum(QStringView key, const QStringList& allowed)
{
    if (!present(key)) {
        fail(key, u"is required"_s);
        return {};
    }
    return optionalEnum(key, allowed, {});
}

QString ArgReader::optionalEnum(QStringView key, const QStringList& allowed, const QString& fallback)
{
    if (!present(key))
        return fallback;
    const QString text = optionalString(key, fallback, 64);
    if (ok() && !allowed.contains(text)) {
        fail(key, u"must be one of: %1"_s.arg(allowed.join(u", "_s)));
        return fallback;
    }
    return text;
}

} // namespace Atendo::Protocol

#include "protocol/wiretime.h"

namespace Atendo::Protocol {

QString toWireTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromWireTime(const QJsonValue& value)
{
    if (!value.isString())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime {};
}

QJsonValue wireTimeOrNull(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(toWireTime(time)) : QJsonValue(QJsonValue::Null);
}

} // namespace Atendo::Protocol

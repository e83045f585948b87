#include "protocol/wiretime.h"

#include <chrono>

namespace Atendo::Protocol {

QString toWireTime(const QDateTime& time)
{
    // Every event carries a time, and a conversation five: QDateTime's
    // general formatter (time zones, locale-free parsing of the format) was a
    // measurable part of the server's CPU per webhook update. The wire form is
    // fixed, so it is written directly from the UTC milliseconds.
    if (!time.isValid())
        return {};
    const qint64 msecs = time.toMSecsSinceEpoch();
    constexpr qint64 MsPerDay = 86'400'000;
    const qint64 days = msecs >= 0 ? msecs / MsPerDay : -1;
    if (msecs < 0 || days > 2'932'896) // before 1970 or after 9999: the general path
        return time.toUTC().toString(Qt::ISODateWithMs);
    const std::chrono::year_month_day date {std::chrono::sys_days {std::chrono::days {days}}};
    qint64 rest = msecs % MsPerDay;
    const int ms = int(rest % 1000);
    rest /= 1000;
    const int second = int(rest % 60);
    rest /= 60;
    const int minute = int(rest % 60);
    const int hour = int(rest / 60);
    char text[25];
    const auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = char('0' + value % 10);
    };
    put(0, int(date.year()), 4);
    text[4] = '-';
    put(5, int(unsigned(date.month())), 2);
    text[7] = '-';
    put(8, int(unsigned(date.day())), 2);
    text[10] = 'T';
    put(11, hour, 2);
    text[13] = ':';
    put(14, minute, 2);
    text[16] = ':';
    put(17, second, 2);
    text[19] = '.';
    put(20, ms, 3);
    text[23] = 'Z';
    return QString::fromLatin1(text, 24);
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

#include "store/sqlvalues.h"

#include <QMetaType>

namespace Atendo::SqlValues {

QVariant ms(const QDateTime& time)
{
    if (!time.isValid())
        return QVariant(QMetaType::fromType<qlonglong>());
    return QVariant(qlonglong(time.toMSecsSinceEpoch()));
}

QDateTime dateTime(const QVariant& value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant id(qint64 value)
{
    if (value == 0)
        return QVariant(QMetaType::fromType<qlonglong>());
    return QVariant(qlonglong(value));
}

QVariant nullableText(const QString& text)
{
    if (text.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return QVariant(text);
}

QVariant text(const QString& text)
{
    // A null QString would bind as NULL; the columns are NOT NULL DEFAULT ''.
    return QVariant(text.isNull() ? QStringLiteral("") : text);
}

QVariant flag(bool value)
{
    // Integers, not booleans: the columns are INTEGER on both databases.
    return QVariant(value ? 1 : 0);
}

void bind(QSqlQuery& query, std::initializer_list<QVariant> values)
{
    int index = 0;
    for (const QVariant& value : values)
        query.bindValue(index++, value);
}

QString containsPattern(const QString& text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (const QChar c : text.toLower()) {
        if (c == u'!' || c == u'%' || c == u'_')
            escaped.append(u'!');
        escaped.append(c);
    }
    return u'%' + escaped + u'%';
}

} // namespace Atendo::SqlValues

#pragma once

#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace Atendo::SqlValues {

// Times are stored as epoch milliseconds (BIGINT on both databases); an invalid
// QDateTime is NULL.
[[nodiscard]] QVariant ms(const QDateTime& time);
[[nodiscard]] QDateTime dateTime(const QVariant& value);
// An id where 0 means "none" (NULL).
[[nodiscard]] QVariant id(qint64 value);
// Text that is NULL when empty (columns whose uniqueness must ignore "unknown").
[[nodiscard]] QVariant nullableText(const QString& text);
// Text that is never NULL (empty string instead).
[[nodiscard]] QVariant text(const QString& text);
[[nodiscard]] QVariant flag(bool value);

// Binds positionally (0, 1, ...), replacing whatever the cached statement held.
void bind(QSqlQuery& query, std::initializer_list<QVariant> values);

// A LIKE pattern matching `text` anywhere, with %, _ and the escape character
// itself escaped by '!' (use with ESCAPE '!'). Lower-cased for lower() matching.
[[nodiscard]] QString containsPattern(const QString& text);

} // namespace Atendo::SqlValues

#pragma once

#include <QByteArray>
#include <QString>

class QAbstractItemModel;

namespace Atendo {

// A table model as CSV (RFC 4180: comma separated, CRLF, fields with a comma,
// quote or line break quoted, quotes doubled), UTF-8. The first line holds the
// headers; cells hold `role` (the raw value by default when the model has one).
class CsvExport
{
public:
    [[nodiscard]] static QByteArray toCsv(const QAbstractItemModel& model, int role);
    [[nodiscard]] static QString field(const QString& text);
    // False, with the reason in `error`, when the file cannot be written.
    static bool save(
        const QAbstractItemModel& model, int role, const QString& path, QString* error = nullptr);
};

} // namespace Atendo

#include "client/csvexport.h"

#include <QAbstractItemModel>
#include <QSaveFile>

namespace Atendo {

using namespace Qt::StringLiterals;

QString CsvExport::field(const QString& text)
{
    static const QString special = u",\"\r\n"_s;
    const bool quote = std::any_of(text.cbegin(), text.cend(), [](QChar c) { return special.contains(c); });
    if (!quote)
        return text;
    QString escaped = text;
    escaped.replace(u'"', u"\"\""_s);
    return u'"' + escaped + u'"';
}

QByteArray CsvExport::toCsv(const QAbstractItemModel& model, int role)
{
    QStringList lines;
    QStringList headers;
    for (int column = 0; column < model.columnCount(); ++column)
        headers << field(model.headerData(column, Qt::Horizontal).toString());
    lines << headers.join(u',');
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            QVariant value = index.data(role);
            if (!value.isValid())
                value = index.data(Qt::DisplayRole);
            cells << field(value.toString());
        }
        lines << cells.join(u',');
    }
    return (lines.join(u"\r\n"_s) + u"\r\n"_s).toUtf8();
}

bool CsvExport::save(const QAbstractItemModel& model, int role, const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toCsv(model, role)) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace Atendo

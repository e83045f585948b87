#include "sandbox/multipartform.h"

#include <QList>

namespace Atendo {

using namespace Qt::StringLiterals;

namespace {

// `key="value"` (or key=value) out of a header such as Content-Disposition.
QByteArray headerParameter(const QByteArray& header, const QByteArray& key)
{
    const QList<QByteArray> items = header.split(';');
    for (const QByteArray& raw : items) {
        const QByteArray item = raw.trimmed();
        if (!item.toLower().startsWith(QByteArray(key + '=')))
            continue;
        QByteArray value = item.mid(key.size() + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        return value;
    }
    return {};
}

bool readPart(const QByteArray& chunk, MultipartForm& form)
{
    const qsizetype split = chunk.indexOf("\r\n\r\n");
    if (split < 0)
        return false;
    MultipartForm::Part part;
    QByteArray name;
    const QList<QByteArray> headers = chunk.left(split).split('\n');
    for (const QByteArray& raw : headers) {
        const QByteArray line = raw.trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray key = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (key == "content-disposition") {
            name = headerParameter(value, "name");
            part.fileName = QString::fromUtf8(headerParameter(value, "filename"));
        } else if (key == "content-type") {
            part.contentType = QString::fromUtf8(value);
        }
    }
    if (name.isEmpty())
        return false;
    part.body = chunk.mid(split + 4);
    form.parts.insert(QString::fromUtf8(name), part);
    return true;
}

} // namespace

std::optional<MultipartForm> MultipartForm::parse(const QByteArray& contentType, const QByteArray& body)
{
    if (!contentType.trimmed().toLower().startsWith("multipart/form-data"))
        return std::nullopt;
    const QByteArray boundary = headerParameter(contentType, "boundary");
    if (boundary.isEmpty())
        return std::nullopt;
    const QByteArray delimiter = "--" + boundary;
    qsizetype at = body.indexOf(delimiter);
    if (at < 0)
        return std::nullopt;
    MultipartForm form;
    while (true) {
        at += delimiter.size();
        if (body.mid(at, 2) == "--")
            return form;
        if (body.mid(at, 2) != "\r\n")
            return std::nullopt;
        at += 2;
        // Each part ends with CRLF right before the next delimiter.
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), at);
        if (next < 0 || !readPart(body.mid(at, next - at), form))
            return std::nullopt;
        at = next + 2;
    }
}

} // namespace Atendo

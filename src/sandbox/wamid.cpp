#include "sandbox/wamid.h"

#include <QByteArray>
#include <QRandomGenerator>

namespace Atendo {

QString Wamid::generate(const QString& waId, QRandomGenerator& random)
{
    QByteArray blob("\x1c\x18");
    blob.append(char(waId.size()));
    blob.append(waId.toLatin1());
    blob.append("\x15\x02\x00\x11\x18\x12", 6);
    QByteArray nonce(9, Qt::Uninitialized);
    for (char& byte : nonce)
        byte = char(random.bounded(256));
    blob.append(nonce.toHex().toUpper());
    blob.append('\0');
    return QStringLiteral("wamid.") + QString::fromLatin1(blob.toBase64());
}

QString Wamid::graphId(QRandomGenerator& random)
{
    return QString::number(1000000000000000LL + qint64(random.bounded(8999999999999999.0)));
}

} // namespace Atendo

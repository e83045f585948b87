#include "store/conversationlistitem.h"

#include <QStringList>

namespace Atendo {

QString ConversationCursor::toString() const
{
    if (isNull())
        return {};
    return QString::number(lastActivityAt.toMSecsSinceEpoch()) + u':' + QString::number(id);
}

std::optional<ConversationCursor> ConversationCursor::fromString(const QString& text)
{
    const QStringList parts = text.split(u':');
    if (parts.size() != 2)
        return std::nullopt;
    bool msOk = false;
    bool idOk = false;
    const qint64 ms = parts.at(0).toLongLong(&msOk);
    const qint64 id = parts.at(1).toLongLong(&idOk);
    if (!msOk || !idOk || id <= 0)
        return std::nullopt;
    return ConversationCursor {QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC), id};
}

} // namespace Atendo

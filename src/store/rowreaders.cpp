#include "store/rowreaders.h"

#include "store/sqlvalues.h"

#include <QStringList>

namespace Atendo::RowReaders {

namespace {

QString qualified(const QStringList& columns, const QString& alias)
{
    QStringList out;
    out.reserve(columns.size());
    for (const QString& column : columns)
        out << (alias.isEmpty() ? column : alias + u'.' + column);
    return out.join(QStringLiteral(", "));
}

} // namespace

QString contactColumns(const QString& alias)
{
    static const QStringList columns {QStringLiteral("id"), QStringLiteral("contact_key"),
        QStringLiteral("wa_id"), QStringLiteral("user_id"), QStringLiteral("phone"), QStringLiteral("name"),
        QStringLiteral("consent_state"), QStringLiteral("marketing_stopped"), QStringLiteral("created_at"),
        QStringLiteral("updated_at")};
    return qualified(columns, alias);
}

ContactRow readContact(const QSqlQuery& query, int first)
{
    ContactRow row;
    row.id = query.value(first).toLongLong();
    row.key = query.value(first + 1).toString();
    row.waId = query.value(first + 2).toString();
    row.userId = query.value(first + 3).toString();
    row.phone = query.value(first + 4).toString();
    row.name = query.value(first + 5).toString();
    row.consentState
        = consentStateFromName(query.value(first + 6).toString()).value_or(ConsentState::Unknown);
    row.marketingStopped = query.value(first + 7).toInt() != 0;
    row.createdAt = SqlValues::dateTime(query.value(first + 8));
    row.updatedAt = SqlValues::dateTime(query.value(first + 9));
    return row;
}

QString conversationColumns(const QString& alias)
{
    static const QStringList columns {QStringLiteral("id"), QStringLiteral("contact_id"),
        QStringLiteral("state"), QStringLiteral("assignee_id"), QStringLiteral("last_inbound_at"),
        QStringLiteral("window_expires_at"), QStringLiteral("fep_expires_at"), QStringLiteral("last_preview"),
        QStringLiteral("last_direction"), QStringLiteral("last_activity_at"), QStringLiteral("unread"),
        QStringLiteral("waiting_since"), QStringLiteral("created_at"), QStringLiteral("resolved_at")};
    return qualified(columns, alias);
}

ConversationRow readConversation(const QSqlQuery& query, int first)
{
    ConversationRow row;
    row.id = query.value(first).toLongLong();
    row.contactId = query.value(first + 1).toLongLong();
    row.state = query.value(first + 2).toString();
    row.assigneeId = query.value(first + 3).toLongLong();
    row.lastInboundAt = SqlValues::dateTime(query.value(first + 4));
    row.windowExpiresAt = SqlValues::dateTime(query.value(first + 5));
    row.fepExpiresAt = SqlValues::dateTime(query.value(first + 6));
    row.lastPreview = query.value(first + 7).toString();
    row.lastDirection = query.value(first + 8).toString();
    row.lastActivityAt = SqlValues::dateTime(query.value(first + 9));
    row.unread = query.value(first + 10).toInt();
    row.waitingSince = SqlValues::dateTime(query.value(first + 11));
    row.createdAt = SqlValues::dateTime(query.value(first + 12));
    row.resolvedAt = SqlValues::dateTime(query.value(first + 13));
    return row;
}

} // namespace Atendo::RowReaders

#pragma once

// Real protocol objects for the model tests, built the way the server sends them.

#include "protocol/conversationinfo.h"
#include "protocol/messageinfo.h"

#include <QDateTime>

namespace Atendo::Test {

using namespace Qt::StringLiterals;

inline const QDateTime t0 = QDateTime(QDate(2026, 11, 25), QTime(14, 0), Qt::UTC);

inline Protocol::ConversationInfo conversation(qint64 id, const QString& name, const QDateTime& activity,
    qint64 assignee = 3, const QDateTime& expires = {})
{
    Protocol::ConversationInfo c;
    c.id = id;
    c.contact.id = id + 100;
    c.contact.key = u"wa:551198765%1"_s.arg(id, 4, 10, QChar(u'0'));
    c.contact.name = name;
    c.contact.phone = u"+551198765%1"_s.arg(id, 4, 10, QChar(u'0'));
    c.contact.waId = c.contact.phone.mid(1);
    c.contact.consentState = u"opted_in"_s;
    c.assigneeId = assignee;
    c.lastActivityAt = activity;
    c.lastInboundAt = expires.isValid() ? expires.addDays(-1) : QDateTime();
    c.windowExpiresAt = expires;
    c.lastMessagePreview = u"Vocês entregam no sábado?"_s;
    c.lastMessageDirection = u"in"_s;
    c.unread = 1;
    c.createdAt = activity;
    return c;
}

inline Protocol::MessageInfo message(qint64 id, qint64 conversationId, const QString& direction = u"in"_s)
{
    Protocol::MessageInfo m;
    m.id = id;
    m.conversationId = conversationId;
    m.direction = direction;
    m.text = u"mensagem %1"_s.arg(id);
    m.authorId = direction == u"in"_s ? 0 : 3;
    m.status = direction == u"in"_s ? u"received"_s : u"queued"_s;
    m.createdAt = t0.addSecs(id);
    m.customerAt = direction == u"in"_s ? m.createdAt.addSecs(-1) : QDateTime();
    return m;
}

} // namespace Atendo::Test

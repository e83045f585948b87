#include "protocol/agentinfo.h"
#include "protocol/contactinfo.h"
#include "protocol/conversationinfo.h"
#include "protocol/messageinfo.h"
#include "protocol/wiretime.h"

#include <QTest>

using namespace Atendo::Protocol;
using namespace Qt::StringLiterals;

namespace {
QDateTime utc(int h, int m, int s = 0)
{
    return QDateTime(QDate(2026, 11, 25), QTime(h, m, s), Qt::UTC);
}

ContactInfo sampleContact()
{
    ContactInfo contact;
    contact.id = 17;
    contact.key = u"wa:5511987654321"_s;
    contact.name = u"João Pereira"_s;
    contact.phone = u"+5511987654321"_s;
    contact.waId = u"5511987654321"_s;
    contact.consentState = u"opted_out"_s;
    contact.consentHistory = {{u"opt_out"_s, u"keyword"_s, u"PARAR"_s, u"customer"_s, utc(14, 5)}};
    return contact;
}
} // namespace

class TestWireObjects : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wireTimeIsIsoUtcWithMilliseconds()
    {
        // Written by hand for speed: the same text as Qt's ISO formatter, for
        // any time, in any zone it was given in.
        QCOMPARE(toWireTime(QDateTime::fromMSecsSinceEpoch(0, Qt::UTC)), u"1970-01-01T00:00:00.000Z"_s);
        QCOMPARE(toWireTime(QDateTime(QDate(2028, 2, 29), QTime(23, 59, 59, 999), Qt::UTC)),
            u"2028-02-29T23:59:59.999Z"_s);
        QCOMPARE(
            toWireTime(QDateTime(QDate(2026, 11, 25), QTime(11, 5, 3, 120), Qt::OffsetFromUTC, -3 * 3600)),
            u"2026-11-25T14:05:03.120Z"_s);
        QCOMPARE(toWireTime(QDateTime()), QString());
        QCOMPARE(
            toWireTime(QDateTime(QDate(1969, 12, 31), QTime(23, 0), Qt::UTC)), u"1969-12-31T23:00:00.000Z"_s);
        // A day's worth of irregular steps across years, against Qt's formatter.
        qint64 msecs = QDateTime(QDate(1999, 12, 31), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        for (int i = 0; i < 5000; ++i, msecs += 86'400'000LL * 3 + 3'600'007LL * (i % 29) + 977) {
            const QDateTime time = QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
            QCOMPARE(toWireTime(time), time.toString(Qt::ISODateWithMs));
        }
        QCOMPARE(fromWireTime(toWireTime(utc(14, 5, 3))), utc(14, 5, 3));
    }

    void agentRoundTrips()
    {
        const AgentInfo agent {3, u"maria"_s, u"Maria Souza"_s, u"team_lead"_s, u"away"_s, 8, 2};
        QCOMPARE(AgentInfo::fromJson(agent.toJson()), agent);
        QVERIFY(!AgentInfo::fromJson({}));
    }

    void contactHistoryOnlyWhenAsked()
    {
        const ContactInfo contact = sampleContact();
        QVERIFY(!contact.toJson().contains(u"consent_history"_s));
        QCOMPARE(ContactInfo::fromJson(contact.toJson(true)), contact);
        QVERIFY(ContactInfo::fromJson(contact.toJson())->consentHistory.isEmpty());
        QVERIFY(contact.isOptedOut());
    }

    void contactWithoutPhoneSendsNulls()
    {
        ContactInfo contact;
        contact.id = 5;
        contact.key = u"bsuid:US.13491208655302741918"_s;
        contact.userId = u"US.13491208655302741918"_s;
        const QJsonObject json = contact.toJson();
        QVERIFY(json.value(u"phone"_s).isNull());
        QVERIFY(json.value(u"wa_id"_s).isNull());
        QCOMPARE(ContactInfo::fromJson(json), contact);
    }

    void conversationRoundTripsWithWindow()
    {
        ConversationInfo conversation;
        conversation.id = 42;
        conversation.contact = sampleContact();
        conversation.contact.consentHistory.clear();
        conversation.assigneeId = 3;
        conversation.lastInboundAt = utc(13, 58, 10);
        conversation.windowExpiresAt = utc(13, 58, 10).addDays(1);
        conversation.lastMessagePreview = u"Vocês entregam no sábado?"_s;
        conversation.lastMessageDirection = u"in"_s;
        conversation.lastActivityAt = utc(13, 58, 10);
        conversation.unread = 1;
        conversation.waitingSince = utc(13, 58, 10);
        conversation.createdAt = utc(13, 58, 11);
        QCOMPARE(ConversationInfo::fromJson(conversation.toJson()), conversation);
    }

    void queuedConversationHasNullAssigneeAndNeverOpenedWindow()
    {
        ConversationInfo conversation;
        conversation.id = 1;
        conversation.contact = sampleContact();
        conversation.contact.consentHistory.clear();
        const QJsonObject json = conversation.toJson();
        QVERIFY(json.value(u"assignee_id"_s).isNull());
        QVERIFY(json.value(u"window"_s).toObject().value(u"expires_at"_s).isNull());
        const auto back = ConversationInfo::fromJson(json);
        QCOMPARE(back->assigneeId, 0);
        QVERIFY(!back->windowExpiresAt.isValid());
    }

    void messageRoundTripsWithOptionalParts()
    {
        MessageInfo message;
        message.id = 990;
        message.conversationId = 42;
        message.key = u"k-123456789"_s;
        message.direction = u"out"_s;
        message.kind = u"template"_s;
        message.text = u"Olá João"_s;
        message.authorId = 3;
        message.status = u"failed"_s;
        message.errorCode = u"meta_131047"_s;
        message.errorMessage = u"Re-engagement message"_s;
        message.templ = {{u"name"_s, u"pedido_enviado"_s}};
        message.pricing = {{u"category"_s, u"utility"_s}, {u"billable"_s, true}};
        message.createdAt = utc(14, 0);
        QCOMPARE(MessageInfo::fromJson(message.toJson()), message);
        QVERIFY(!message.toJson().contains(u"media"_s));
    }

    void messageWithoutIdsIsRejected()
    {
        QVERIFY(!MessageInfo::fromJson({{u"id"_s, 1}}));
        QVERIFY(!ConversationInfo::fromJson({{u"id"_s, 1}}));
    }
};

QTEST_GUILESS_MAIN(TestWireObjects)
#include "tst_wireobjects.moc"

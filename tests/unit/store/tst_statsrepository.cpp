#include "core/consentevent.h"
#include "store/agentrepository.h"
#include "store/billingrepository.h"
#include "store/consentrepository.h"
#include "store/contactrepository.h"
#include "store/conversationrepository.h"
#include "store/journal.h"
#include "store/messagerepository.h"
#include "store/statsrepository.h"
#include "storetestdb.h"

#include <QTest>

using namespace Atendo;

// The whole-period reads behind the team leads' board and statistics.
class TestStatsRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { StoreTestDb::addBackends(); }
    void init();
    void cleanup() { m_store.close(); }

    void templateSendsCarryTheirBilling();
    void failuresAreCountedByCode();
    void consentEventsOfOneKind();
    void volumeIsGroupedPerUtcHour();
    void replyTimelineHoldsWholeConversationsAnsweredInTheRange();
    void answeredOpenConversationsSkipResolvedOnes();
    void journalSinceFiltersByNameAndTime();

private:
    static QDateTime at(const char* iso) { return StoreTestDb::at(QString::fromLatin1(iso)); }
    qint64 out(qint64 conversation, const QString& key, const char* iso,
        const QString& kind = QStringLiteral("text"), const QString& status = QStringLiteral("sent"),
        const QString& error = {});
    qint64 in(qint64 conversation, const QString& wamid, const char* iso, const char* customerIso = nullptr);

    StoreTestDb m_store;
    qint64 m_agent {0};
    qint64 m_contact {0};
    qint64 m_conversation {0};
};

void TestStatsRepository::init()
{
    QVERIFY(m_store.open());
    Database& db = m_store.db();
    m_agent = AgentRepository(db).create(QStringLiteral("maria"), {}, QStringLiteral("agent"), {}, 8);
    m_contact
        = ContactRepository(db).upsertByKey(QStringLiteral("wa:1"), QStringLiteral("1"), {}, {}, {})->id;
    m_conversation = ConversationRepository(db).create(m_contact, m_store.clock().now())->id;
}

qint64 TestStatsRepository::out(qint64 conversation, const QString& key, const char* iso, const QString& kind,
    const QString& status, const QString& error)
{
    MessageRow row;
    row.conversationId = conversation;
    row.idempotencyKey = key;
    row.direction = QStringLiteral("out");
    row.kind = kind;
    row.authorId = m_agent;
    row.status = status;
    row.errorCode = error;
    row.createdAt = at(iso);
    if (kind == QStringLiteral("template"))
        row.payloadJson = QStringLiteral("{\"template\":{\"name\":\"t\",\"category\":\"marketing\"}}");
    const qint64 id = MessageRepository(m_store.db()).insertOutbound(row).id;
    if (status != QStringLiteral("queued") && status != QStringLiteral("failed"))
        MessageRepository(m_store.db()).setWamid(id, QStringLiteral("wamid.") + key);
    return id;
}

qint64 TestStatsRepository::in(
    qint64 conversation, const QString& wamid, const char* iso, const char* customerIso)
{
    MessageRow row;
    row.conversationId = conversation;
    row.direction = QStringLiteral("in");
    row.kind = QStringLiteral("text");
    row.wamid = wamid;
    row.status = QStringLiteral("received");
    row.createdAt = at(iso);
    if (customerIso)
        row.customerAt = at(customerIso);
    return MessageRepository(m_store.db()).insertInbound(row).id;
}

void TestStatsRepository::templateSendsCarryTheirBilling()
{
    const qint64 priced
        = out(m_conversation, QStringLiteral("t1"), "2026-11-25T10:00:00Z", QStringLiteral("template"));
    const qint64 unpriced = out(m_conversation, QStringLiteral("t2"), "2026-11-25T11:00:00Z",
        QStringLiteral("template"), QStringLiteral("queued"));
    out(m_conversation, QStringLiteral("x1"), "2026-11-25T11:00:00Z"); // not a template
    out(m_conversation, QStringLiteral("t3"), "2026-11-26T00:00:00Z", QStringLiteral("template")); // outside
    QVERIFY(BillingRepository(m_store.db())
                .record(priced, m_agent, QStringLiteral("marketing"), QStringLiteral("regular"), true, 62500,
                    QStringLiteral("USD"), at("2026-11-25T10:00:05Z")));

    const QList<TemplateSendRow> rows
        = StatsRepository(m_store.db()).templateSends(at("2026-11-25T00:00:00Z"), at("2026-11-26T00:00:00Z"));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].messageId, priced);
    QCOMPARE(rows[0].authorId, m_agent);
    QVERIFY(rows[0].accepted && rows[0].billed && rows[0].billable);
    QCOMPARE(rows[0].billingCategory, QStringLiteral("marketing"));
    QCOMPARE(rows[0].priceMicros, 62500);
    QVERIFY(rows[0].payloadJson.contains(QStringLiteral("marketing")));
    QCOMPARE(rows[1].messageId, unpriced);
    QVERIFY(!rows[1].accepted && !rows[1].billed);
    QCOMPARE(rows[1].priceMicros, 0);
}

void TestStatsRepository::failuresAreCountedByCode()
{
    const QString failed = QStringLiteral("failed");
    const QString text = QStringLiteral("text");
    out(m_conversation, QStringLiteral("f1"), "2026-11-25T10:00:00Z", text, failed,
        QStringLiteral("meta_131047"));
    out(m_conversation, QStringLiteral("f2"), "2026-11-25T10:01:00Z", text, failed,
        QStringLiteral("meta_131047"));
    out(m_conversation, QStringLiteral("f3"), "2026-11-25T10:02:00Z", text, failed,
        QStringLiteral("meta_131026"));
    out(m_conversation, QStringLiteral("f4"), "2026-11-24T10:02:00Z", text, failed,
        QStringLiteral("meta_131026"));
    out(m_conversation, QStringLiteral("ok"), "2026-11-25T10:03:00Z");
    const QList<FailureCount> counts
        = StatsRepository(m_store.db())
              .failuresByCode(at("2026-11-25T00:00:00Z"), at("2026-11-26T00:00:00Z"));
    QCOMPARE(counts,
        (QList<FailureCount> {{QStringLiteral("meta_131026"), 1}, {QStringLiteral("meta_131047"), 2}}));
}

void TestStatsRepository::consentEventsOfOneKind()
{
    ConsentEvent event;
    event.kind = ConsentKind::OptOut;
    event.source = ConsentSource::Keyword;
    event.actor = QStringLiteral("customer");
    event.at = at("2026-11-25T09:00:00Z");
    ConsentRepository consent(m_store.db());
    QVERIFY(consent.append(m_contact, event) > 0);
    event.at = at("2026-11-26T09:00:00Z");
    QVERIFY(consent.append(m_contact, event) > 0);
    event.kind = ConsentKind::OptIn;
    event.at = at("2026-11-25T08:00:00Z");
    QVERIFY(consent.append(m_contact, event) > 0);
    StatsRepository stats(m_store.db());
    QCOMPARE(stats.consentEvents(
                 QStringLiteral("opt_out"), at("2026-11-25T00:00:00Z"), at("2026-11-26T00:00:00Z")),
        1);
    QCOMPARE(
        stats.consentEvents(QStringLiteral("opt_in"), at("2026-11-25T00:00:00Z"), at("2026-11-26T00:00:00Z")),
        1);
}

void TestStatsRepository::volumeIsGroupedPerUtcHour()
{
    in(m_conversation, QStringLiteral("w1"), "2026-11-25T13:00:00Z");
    in(m_conversation, QStringLiteral("w2"), "2026-11-25T13:59:59Z");
    out(m_conversation, QStringLiteral("o1"), "2026-11-25T13:30:00Z");
    out(m_conversation, QStringLiteral("o2"), "2026-11-25T15:00:00Z");
    out(m_conversation, QStringLiteral("n1"), "2026-11-25T15:10:00Z");
    const QList<HourVolume> hours
        = StatsRepository(m_store.db()).volumePerHour(at("2026-11-25T00:00:00Z"), at("2026-11-26T00:00:00Z"));
    QCOMPARE(
        hours, (QList<HourVolume> {{at("2026-11-25T13:00:00Z"), 2, 1}, {at("2026-11-25T15:00:00Z"), 0, 2}}));
}

void TestStatsRepository::replyTimelineHoldsWholeConversationsAnsweredInTheRange()
{
    const qint64 other = ConversationRepository(m_store.db()).create(m_contact, m_store.clock().now())->id;
    in(m_conversation, QStringLiteral("a1"), "2026-11-24T23:50:00Z", "2026-11-24T23:49:58Z");
    out(m_conversation, QStringLiteral("a2"), "2026-11-25T00:05:00Z");
    out(m_conversation, QStringLiteral("late"), "2026-11-26T00:05:00Z"); // after the range: left out
    in(other, QStringLiteral("b1"), "2026-11-25T10:00:00Z"); // never answered in the range
    const QList<ReplyEvent> events
        = StatsRepository(m_store.db()).replyTimeline(at("2026-11-25T00:00:00Z"), at("2026-11-26T00:00:00Z"));
    const QList<ReplyEvent> expected {{m_conversation, true, 0, at("2026-11-24T23:49:58Z")},
        {m_conversation, false, m_agent, at("2026-11-25T00:05:00Z")}};
    QCOMPARE(events, expected);
}

void TestStatsRepository::answeredOpenConversationsSkipResolvedOnes()
{
    ConversationRepository conversations(m_store.db());
    const qint64 resolved = conversations.create(m_contact, m_store.clock().now())->id;
    const qint64 unanswered = conversations.create(m_contact, m_store.clock().now())->id;
    out(m_conversation, QStringLiteral("r1"), "2026-11-25T10:00:00Z");
    out(resolved, QStringLiteral("r2"), "2026-11-25T10:00:00Z");
    in(unanswered, QStringLiteral("u1"), "2026-11-25T10:00:00Z");
    QVERIFY(conversations.setState(resolved, QStringLiteral("resolved"), at("2026-11-25T11:00:00Z")));
    QCOMPARE(StatsRepository(m_store.db()).answeredOpenConversations(), QSet<qint64> {m_conversation});
}

void TestStatsRepository::journalSinceFiltersByNameAndTime()
{
    Journal journal(m_store.db());
    journal.append(QStringLiteral("message.status"), {{QStringLiteral("status"), QStringLiteral("failed")}},
        at("2026-11-25T12:59:59Z"));
    const qint64 kept = journal.append(QStringLiteral("message.status"),
        {{QStringLiteral("status"), QStringLiteral("failed")}}, at("2026-11-25T13:00:00Z"));
    journal.append(QStringLiteral("message.created"), {}, at("2026-11-25T13:30:00Z"));
    const QList<JournalEntry> entries
        = StatsRepository(m_store.db())
              .journalSince(QStringLiteral("message.status"), at("2026-11-25T13:00:00Z"));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.constFirst().seq, kept);
    QCOMPARE(entries.constFirst().data.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
}

QTEST_GUILESS_MAIN(TestStatsRepository)
#include "tst_statsrepository.moc"

#include "store/agentrepository.h"
#include "store/auditrepository.h"
#include "store/contactrepository.h"
#include "store/conversationrepository.h"
#include "storetestdb.h"

#include <QTest>

using namespace Atendo;

// The audit trail of supervision actions: what a team lead did, kept apart
// from the pruned journal.
class TestAuditRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { StoreTestDb::addBackends(); }
    void init();
    void cleanup() { m_store.close(); }

    void appendsAndReadsBackPerConversation();
    void queueIsStoredAsNoAgent();
    void betweenIsHalfOpen();
    void unknownActorIsRefused();

private:
    AuditEntry entry(const char* iso, const QString& action, qint64 from, qint64 to) const;
    AuditRepository audit() { return AuditRepository(m_store.db()); }

    StoreTestDb m_store;
    qint64 m_lead {0};
    qint64 m_agent {0};
    qint64 m_conversation {0};
    qint64 m_other {0};
};

void TestAuditRepository::init()
{
    QVERIFY(m_store.open());
    Database& db = m_store.db();
    m_lead = AgentRepository(db).create(
        QStringLiteral("ana"), QStringLiteral("Ana Ribeiro"), QStringLiteral("team_lead"), {}, 0);
    m_agent = AgentRepository(db).create(
        QStringLiteral("maria"), QStringLiteral("Maria Souza"), QStringLiteral("agent"), {}, 8);
    const auto contact
        = ContactRepository(db).upsertByKey(QStringLiteral("wa:1"), QStringLiteral("1"), {}, {}, {});
    m_conversation = ConversationRepository(db).create(contact->id, m_store.clock().now())->id;
    m_other = ConversationRepository(db).create(contact->id, m_store.clock().now())->id;
    QVERIFY(m_lead > 0 && m_agent > 0 && m_conversation > 0 && m_other > 0);
}

AuditEntry TestAuditRepository::entry(const char* iso, const QString& action, qint64 from, qint64 to) const
{
    AuditEntry e;
    e.at = StoreTestDb::at(QString::fromLatin1(iso));
    e.actorId = m_lead;
    e.action = action;
    e.conversationId = m_conversation;
    e.fromAgentId = from;
    e.toAgentId = to;
    e.detail = QStringLiteral("Ana Ribeiro took over from Maria Souza");
    return e;
}

void TestAuditRepository::appendsAndReadsBackPerConversation()
{
    AuditEntry first = entry("2026-11-25T14:00:00Z", QStringLiteral("takeover"), m_agent, m_lead);
    first.id = audit().append(first);
    QVERIFY(first.id > 0);
    AuditEntry second = entry("2026-11-25T14:05:00Z", QStringLiteral("transfer"), m_lead, m_agent);
    second.id = audit().append(second);
    QVERIFY(second.id > first.id);
    AuditEntry elsewhere = entry("2026-11-25T14:06:00Z", QStringLiteral("takeover"), m_agent, m_lead);
    elsewhere.conversationId = m_other;
    QVERIFY(audit().append(elsewhere) > 0);

    const QList<AuditEntry> trail = audit().forConversation(m_conversation);
    QCOMPARE(trail, (QList<AuditEntry> {first, second}));
    QCOMPARE(audit().forConversation(m_other).size(), 1);
}

void TestAuditRepository::queueIsStoredAsNoAgent()
{
    AuditEntry fromQueue = entry("2026-11-25T14:00:00Z", QStringLiteral("takeover"), 0, m_lead);
    QVERIFY(audit().append(fromQueue) > 0);
    QCOMPARE(
        m_store.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE from_agent_id IS NULL")).toInt(),
        1);
    QCOMPARE(audit().forConversation(m_conversation).constFirst().fromAgentId, 0);
}

void TestAuditRepository::betweenIsHalfOpen()
{
    QVERIFY(audit().append(entry("2026-11-25T00:00:00Z", QStringLiteral("takeover"), m_agent, m_lead)) > 0);
    QVERIFY(audit().append(entry("2026-11-26T00:00:00Z", QStringLiteral("takeover"), m_agent, m_lead)) > 0);
    const QList<AuditEntry> day = audit().between(StoreTestDb::at(QStringLiteral("2026-11-25T00:00:00Z")),
        StoreTestDb::at(QStringLiteral("2026-11-26T00:00:00Z")));
    QCOMPARE(day.size(), 1);
    QCOMPARE(day.constFirst().at, StoreTestDb::at(QStringLiteral("2026-11-25T00:00:00Z")));
}

void TestAuditRepository::unknownActorIsRefused()
{
    AuditEntry bogus = entry("2026-11-25T14:00:00Z", QStringLiteral("takeover"), m_agent, m_lead);
    bogus.actorId = 999;
    QCOMPARE(audit().append(bogus), 0);
    QVERIFY(audit().forConversation(m_conversation).isEmpty());
}

QTEST_GUILESS_MAIN(TestAuditRepository)
#include "tst_auditrepository.moc"

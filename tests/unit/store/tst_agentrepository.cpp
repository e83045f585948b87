#include "store/agentrepository.h"
#include "store/sessionrepository.h"
#include "storetestdb.h"

#include <QTest>

using namespace Atendo;
using namespace std::chrono_literals;

class TestAgentRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { StoreTestDb::addBackends(); }
    void init() { QVERIFY(m_store.open()); }
    void cleanup() { m_store.close(); }

    void createAndFind();
    void usernamesAreUnique();
    void updates();
    void sessionsExpireAndRevoke();

private:
    AgentRepository agents() { return AgentRepository(m_store.db()); }

    StoreTestDb m_store;
};

void TestAgentRepository::createAndFind()
{
    const qint64 id = agents().create(QStringLiteral("maria"), QStringLiteral("Maria Souza"),
        QStringLiteral("agent"), QStringLiteral("argon2:abc"), 8);
    QVERIFY(id > 0);
    const AgentRow expected {id, QStringLiteral("maria"), QStringLiteral("Maria Souza"),
        QStringLiteral("agent"), QStringLiteral("argon2:abc"), 8, m_store.clock().now(), false};
    QCOMPARE(agents().findById(id), expected);
    QCOMPARE(agents().findByUsername(QStringLiteral("maria")), expected);
    QVERIFY(!agents().findByUsername(QStringLiteral("MARIA2")));
    const qint64 lead = agents().create(QStringLiteral("lead"), {}, QStringLiteral("lead"), {}, 0);
    const QList<AgentRow> all = agents().list();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0].id, id);
    QCOMPARE(all[1].id, lead);
}

void TestAgentRepository::usernamesAreUnique()
{
    QVERIFY(agents().create(QStringLiteral("maria"), {}, QStringLiteral("agent"), {}, 1) > 0);
    QCOMPARE(agents().create(QStringLiteral("maria"), {}, QStringLiteral("lead"), {}, 1), 0);
    QCOMPARE(agents().list().size(), 1);
    QCOMPARE(agents().findByUsername(QStringLiteral("maria"))->role, QStringLiteral("agent"));
}

void TestAgentRepository::updates()
{
    const qint64 id
        = agents().create(QStringLiteral("maria"), {}, QStringLiteral("agent"), QStringLiteral("h1"), 1);
    QVERIFY(agents().setPassword(id, QStringLiteral("h2")));
    QVERIFY(agents().setCapacity(id, 12));
    QVERIFY(agents().setDisabled(id, true));
    const AgentRow row = *agents().findById(id);
    QCOMPARE(row.passwordHash, QStringLiteral("h2"));
    QCOMPARE(row.capacity, 12);
    QVERIFY(row.disabled);
    QVERIFY(!agents().setCapacity(id + 1000, 1));
}

void TestAgentRepository::sessionsExpireAndRevoke()
{
    const qint64 agent = agents().create(QStringLiteral("maria"), {}, QStringLiteral("agent"), {}, 1);
    SessionRepository sessions(m_store.db());
    const QDateTime now = m_store.clock().now();
    const qint64 id = sessions.create(agent, QStringLiteral("sha256:t1"), now.addSecs(3600));
    QVERIFY(id > 0);
    const auto valid = sessions.findValid(QStringLiteral("sha256:t1"), now);
    QVERIFY(valid);
    QCOMPARE(valid->agentId, agent);
    QCOMPARE(valid->createdAt, now);
    QCOMPARE(valid->expiresAt, now.addSecs(3600));
    QVERIFY(!sessions.findValid(QStringLiteral("sha256:other"), now));
    // Expiry is exclusive: at expiresAt the session is gone.
    QVERIFY(!sessions.findValid(QStringLiteral("sha256:t1"), now.addSecs(3600)));
    QVERIFY(sessions.extend(id, now.addSecs(7200)));
    QVERIFY(sessions.findValid(QStringLiteral("sha256:t1"), now.addSecs(3600)));
    QVERIFY(sessions.revoke(id));
    QVERIFY(!sessions.findValid(QStringLiteral("sha256:t1"), now));
}

QTEST_GUILESS_MAIN(TestAgentRepository)
#include "tst_agentrepository.moc"

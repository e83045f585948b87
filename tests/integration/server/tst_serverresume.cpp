#include "consoleclient.h"
#include "serverharness.h"
#include "store/journal.h"

#include <QSet>
#include <QTest>

using namespace Atendo;
using namespace Atendo::Test;
using namespace Qt::StringLiterals;

// A console that drops during a burst resumes from its last seq with nothing
// lost and nothing shown twice; one the journal forgot is told to resync.
class TestServerResume : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void disconnectDuringBurstLosesNothing();
    void burstIsCoalescedIntoFewFrames();
    void prunedJournalAsksForResync();

private:
    QStringList burst(int from, int count);
    std::unique_ptr<ServerHarness> m_harness;
};

void TestServerResume::init()
{
    m_harness = std::make_unique<ServerHarness>();
    QVERIFY(m_harness->start());
    QVERIFY(m_harness->addAgent(u"maria"_s, u"s3cret-maria"_s) > 0);
    QVERIFY(m_harness->addAgent(u"joao"_s, u"s3cret-joao"_s) > 0);
}

void TestServerResume::cleanup()
{
    m_harness.reset();
}

QStringList TestServerResume::burst(int from, int count)
{
    QStringList wamids;
    for (int i = from; i < from + count; ++i) {
        // Several customers, so conversations and contacts change too.
        wamids.append(m_harness->customerSays(
            u"55119876500%1"_s.arg(i % 5, 2, 10, QChar(u'0')), u"Mensagem %1"_s.arg(i)));
    }
    return wamids;
}

void TestServerResume::disconnectDuringBurstLosesNothing()
{
    ConsoleClient maria;
    ConsoleClient joao;
    QVERIFY(maria.open(m_harness->consoleUrl()) && maria.login(u"maria"_s, u"s3cret-maria"_s));
    QVERIFY(joao.open(m_harness->consoleUrl()) && joao.login(u"joao"_s, u"s3cret-joao"_s));

    QStringList sent = burst(0, 20);
    QTRY_VERIFY(maria.events(u"message.created"_s).size() >= 5);
    maria.abort();
    sent += burst(20, 20);
    QTRY_COMPARE_WITH_TIMEOUT(joao.events(u"message.created"_s).size(), 40, 15000);

    QVERIFY(maria.open(m_harness->consoleUrl()));
    const QJsonObject resumed = maria.resume().value(u"ok"_s).toObject();
    QCOMPARE(resumed.value(u"resync"_s).toBool(), false);
    QTRY_COMPARE(maria.lastSeq(), joao.lastSeq());

    // Every journalled event exactly once, in seq order, the same as a console that never dropped.
    QList<qint64> mariaSeqs;
    QSet<QString> wamids;
    int created = 0;
    for (const QJsonObject& event : maria.events()) {
        if (!event.contains(u"seq"_s))
            continue;
        mariaSeqs.append(event.value(u"seq"_s).toInteger());
        if (event.value(u"ev"_s).toString() == u"message.created") {
            ++created;
            wamids.insert(event.value(u"data"_s)
                              .toObject()
                              .value(u"message"_s)
                              .toObject()
                              .value(u"wamid"_s)
                              .toString());
        }
    }
    QList<qint64> joaoSeqs;
    for (const QJsonObject& event : joao.events()) {
        if (event.contains(u"seq"_s))
            joaoSeqs.append(event.value(u"seq"_s).toInteger());
    }
    QCOMPARE(mariaSeqs, joaoSeqs);
    QCOMPARE(created, 40);
    QCOMPARE(wamids, QSet<QString>(sent.cbegin(), sent.cend()));
}

void TestServerResume::burstIsCoalescedIntoFewFrames()
{
    ConsoleClient maria;
    QVERIFY(maria.open(m_harness->consoleUrl()) && maria.login(u"maria"_s, u"s3cret-maria"_s));
    const int before = maria.framesReceived();
    // A resume replays a whole journal: many events, few frames.
    burst(0, 30);
    QTRY_COMPARE_WITH_TIMEOUT(maria.events(u"message.created"_s).size(), 30, 15000);
    ConsoleClient late;
    QVERIFY(late.open(m_harness->consoleUrl()));
    const QJsonObject reply
        = late.call(u"resume"_s, {{u"token"_s, maria.token()}, {u"last_seq"_s, 0}, {u"protocol"_s, 1}});
    QVERIFY(reply.contains(u"ok"_s));
    QTRY_COMPARE(late.lastSeq(), maria.lastSeq());
    QVERIFY(late.events().size() >= 60);
    QVERIFY2(late.framesReceived() <= 3, qPrintable(QString::number(late.framesReceived())));
    QVERIFY(maria.framesReceived() - before > 0);
}

void TestServerResume::prunedJournalAsksForResync()
{
    ConsoleClient maria;
    QVERIFY(maria.open(m_harness->consoleUrl()) && maria.login(u"maria"_s, u"s3cret-maria"_s));
    const QString token = maria.token();
    burst(0, 3);
    QTRY_COMPARE(maria.events(u"message.created"_s).size(), 3);
    m_harness->clock.advance(std::chrono::hours(1));
    QVERIFY(Journal(m_harness->server->database()).pruneBefore(m_harness->clock.now()) > 0);
    burst(3, 1);
    QTRY_COMPARE(maria.events(u"message.created"_s).size(), 4);
    ConsoleClient late;
    QVERIFY(late.open(m_harness->consoleUrl()));
    const QJsonObject ok
        = late.call(u"resume"_s, {{u"token"_s, token}, {u"last_seq"_s, 1}, {u"protocol"_s, 1}})
              .value(u"ok"_s)
              .toObject();
    QCOMPARE(ok.value(u"resync"_s).toBool(), true);
    // A console already up to date resumes without one.
    ConsoleClient current;
    QVERIFY(current.open(m_harness->consoleUrl()));
    const QJsonObject fine
        = current
              .call(u"resume"_s, {{u"token"_s, token}, {u"last_seq"_s, maria.lastSeq()}, {u"protocol"_s, 1}})
              .value(u"ok"_s)
              .toObject();
    QCOMPARE(fine.value(u"resync"_s).toBool(), false);
}

QTEST_GUILESS_MAIN(TestServerResume)
#include "tst_serverresume.moc"

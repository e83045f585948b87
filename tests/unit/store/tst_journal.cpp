#include "store/journal.h"
#include "storetestdb.h"

#include <QTest>

using namespace Atendo;

class TestJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { StoreTestDb::addBackends(); }
    void init() { QVERIFY(m_store.open()); }
    void cleanup() { m_store.close(); }

    void emptyJournal();
    void seqIsStrictlyIncreasing();
    void readAfterReturnsExactlyTheMissedEntries();
    void readAfterRespectsTheLimit();
    void pruneKeepsTheNewestAndNeverReusesSeq();
    void rolledBackEntriesAreNotRead();

private:
    Journal journal() { return Journal(m_store.db()); }
    QDateTime t(int seconds) const
    {
        return StoreTestDb::at(QStringLiteral("2026-11-25T12:00:00Z")).addSecs(seconds);
    }

    StoreTestDb m_store;
};

void TestJournal::emptyJournal()
{
    QCOMPARE(journal().head(), 0);
    QCOMPARE(journal().oldestSeq(), 0);
    QVERIFY(journal().readAfter(0, 100).isEmpty());
    QCOMPARE(journal().pruneBefore(t(1000)), 0);
}

void TestJournal::seqIsStrictlyIncreasing()
{
    qint64 previous = 0;
    for (int i = 0; i < 20; ++i) {
        const qint64 seq = journal().append(QStringLiteral("message.new"), {{QStringLiteral("i"), i}}, t(i));
        QVERIFY2(seq > previous, qPrintable(QStringLiteral("%1 after %2").arg(seq).arg(previous)));
        previous = seq;
    }
    QCOMPARE(journal().head(), previous);
    // Another server instance appending to the same database continues the sequence.
    auto other = m_store.openAnother();
    QVERIFY(other);
    QVERIFY(Journal(*other).append(QStringLiteral("presence"), {}, t(30)) > previous);
}

void TestJournal::readAfterReturnsExactlyTheMissedEntries()
{
    QList<qint64> seqs;
    for (int i = 0; i < 6; ++i) {
        const QJsonObject data {
            {QStringLiteral("conversation_id"), 40 + i}, {QStringLiteral("text"), u"olá"_qs}};
        seqs << journal().append(QStringLiteral("conversation.changed"), data, t(i));
    }
    // A console that saw up to seqs[2] gets seqs[3..5], in order, with their data.
    const QList<JournalEntry> missed = journal().readAfter(seqs[2], 100);
    QCOMPARE(missed.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(missed[i].seq, seqs[3 + i]);
        QCOMPARE(missed[i].ev, QStringLiteral("conversation.changed"));
        QCOMPARE(missed[i].at, t(3 + i));
        QCOMPARE(missed[i].data.value(QStringLiteral("conversation_id")).toInt(), 43 + i);
        QCOMPARE(missed[i].data.value(QStringLiteral("text")).toString(), u"olá"_qs);
    }
    QVERIFY(journal().readAfter(seqs[5], 100).isEmpty());
    QCOMPARE(journal().readAfter(0, 100).size(), 6);
    QCOMPARE(journal().oldestSeq(), seqs[0]);
}

void TestJournal::readAfterRespectsTheLimit()
{
    for (int i = 0; i < 5; ++i)
        journal().append(QStringLiteral("e"), {}, t(i));
    const QList<JournalEntry> first = journal().readAfter(0, 2);
    QCOMPARE(first.size(), 2);
    const QList<JournalEntry> next = journal().readAfter(first.constLast().seq, 2);
    QCOMPARE(next.size(), 2);
    QVERIFY(next.constFirst().seq > first.constLast().seq);
    QVERIFY(journal().readAfter(0, 0).isEmpty());
}

void TestJournal::pruneKeepsTheNewestAndNeverReusesSeq()
{
    QList<qint64> seqs;
    for (int i = 0; i < 4; ++i)
        seqs << journal().append(QStringLiteral("e"), {}, t(i));
    QCOMPARE(journal().pruneBefore(t(2)), 2);
    QCOMPARE(journal().oldestSeq(), seqs[2]);
    QCOMPARE(journal().readAfter(0, 10).size(), 2);
    // Everything is old now, but the newest entry stays so head() stays true.
    QCOMPARE(journal().pruneBefore(t(100)), 1);
    QCOMPARE(journal().head(), seqs[3]);
    QCOMPARE(journal().oldestSeq(), seqs[3]);
    const qint64 next = journal().append(QStringLiteral("e"), {}, t(200));
    QVERIFY(next > seqs[3]);
}

void TestJournal::rolledBackEntriesAreNotRead()
{
    const qint64 kept = journal().append(QStringLiteral("e"), {}, t(0));
    {
        Transaction tx = m_store.db().transaction();
        QVERIFY(journal().append(QStringLiteral("lost"), {}, t(1)) > kept);
    }
    QCOMPARE(journal().head(), kept);
    QVERIFY(journal().readAfter(kept, 10).isEmpty());
    QVERIFY(journal().append(QStringLiteral("e"), {}, t(2)) > kept);
}

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"

#include "client/inboxfiltermodel.h"
#include "client/inboxmodel.h"
#include "core/clock.h"
#include "fixtures.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Atendo;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Test::conversation;
using Test::t0;
using Filter = InboxFilterModel::Filter;

class TestInboxFilterModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestClock> m_clock;
    std::unique_ptr<InboxModel> m_source;
    std::unique_ptr<InboxFilterModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_sourceTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;

    QList<qint64> ids() const
    {
        QList<qint64> result;
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            result.append(m_proxy->index(row, 0).data(InboxModel::ConversationIdRole).toLongLong());
        return result;
    }
    QList<qint64> sortedIds() const
    {
        auto result = ids();
        std::sort(result.begin(), result.end());
        return result;
    }

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<TestClock>(t0);
        m_source = std::make_unique<InboxModel>();
        m_proxy = std::make_unique<InboxFilterModel>();
        m_proxy->setSourceModel(m_source.get());
        m_proxy->setMyAgentId(3);
        m_proxy->setNowProvider([this] { return m_clock->now(); });
        m_sourceTester = std::make_unique<QAbstractItemModelTester>(
            m_source.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        auto mineWaiting = conversation(1, u"João Pereira"_s, t0.addSecs(-10), 3, t0.addSecs(2 * 3600));
        mineWaiting.waitingSince = t0.addSecs(-10);
        auto resolved = conversation(5, u"Eva"_s, t0.addSecs(-50), 3, t0.addSecs(3 * 3600));
        resolved.state = u"resolved"_s;
        m_source->resetConversations({
            mineWaiting,
            conversation(2, u"Bia"_s, t0.addSecs(-20), 0, t0.addSecs(3600)), // exactly the threshold left
            conversation(3, u"Caio"_s, t0.addSecs(-30), 5, t0), // closes right now
            conversation(4, u"Dora"_s, t0.addSecs(-40), 3), // the customer never wrote
            resolved,
            conversation(6, u"Fábio"_s, t0.addSecs(-60), 0, t0.addMSecs(3600 * 1000 + 1)), // 1 ms over
        });
    }

    void cleanup()
    {
        m_proxyTester.reset();
        m_sourceTester.reset();
        m_proxy.reset();
        m_source.reset();
    }

    void eachFilterShowsItsConversations_data()
    {
        QTest::addColumn<Filter>("filter");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("all but resolved") << Filter::All << QList<qint64> {1, 2, 3, 4, 6};
        QTest::newRow("mine") << Filter::Mine << QList<qint64> {1, 4};
        QTest::newRow("unassigned") << Filter::Unassigned << QList<qint64> {2, 6};
        QTest::newRow("waiting for reply") << Filter::WaitingForReply << QList<qint64> {1};
        QTest::newRow("closing soon") << Filter::ClosingSoon << QList<qint64> {2};
        QTest::newRow("window closed") << Filter::WindowClosed << QList<qint64> {3, 4};
        QTest::newRow("resolved") << Filter::Resolved << QList<qint64> {5};
    }
    void eachFilterShowsItsConversations()
    {
        QFETCH(Filter, filter);
        QFETCH(QList<qint64>, expected);
        m_proxy->setFilter(filter);
        QCOMPARE(sortedIds(), expected);
    }

    void closingSoonFollowsTheClockAtItsBoundaries()
    {
        m_proxy->setFilter(Filter::ClosingSoon);
        QCOMPARE(sortedIds(), (QList<qint64> {2}));
        m_clock->advance(1ms); // Fábio now has exactly 1 h left
        m_proxy->refresh();
        QCOMPARE(sortedIds(), (QList<qint64> {2, 6}));
        m_clock->setNow(t0.addSecs(3600).addMSecs(-1)); // Bia: 1 ms left, still closing soon
        m_proxy->refresh();
        QCOMPARE(sortedIds(), (QList<qint64> {2, 6})); // João has 1 h + 1 ms: not yet
        m_clock->setNow(t0.addSecs(3600)); // Bia's window closes at exactly 24 h; João hits 1 h
        m_proxy->refresh();
        QCOMPARE(sortedIds(), (QList<qint64> {1, 6}));
        m_proxy->setFilter(Filter::WindowClosed);
        QCOMPARE(sortedIds(), (QList<qint64> {2, 3, 4}));
    }

    void windowClosedStartsAtExpiryNotBefore()
    {
        m_proxy->setFilter(Filter::WindowClosed);
        m_clock->setNow(t0.addMSecs(-1)); // Caio has 1 ms left
        m_proxy->refresh();
        QCOMPARE(sortedIds(), (QList<qint64> {4}));
        m_clock->setNow(t0);
        m_proxy->refresh();
        QCOMPARE(sortedIds(), (QList<qint64> {3, 4}));
    }

    void aShorterThresholdIsHonoured()
    {
        m_proxy->setFilter(Filter::ClosingSoon);
        m_proxy->setClosingSoonThreshold(30min);
        QVERIFY(ids().isEmpty());
        m_clock->setNow(t0.addSecs(1800));
        m_proxy->refresh();
        QCOMPARE(sortedIds(), (QList<qint64> {2}));
    }

    void searchIgnoresCaseAndAccentsAndMatchesDigits()
    {
        m_proxy->setSearchText(u"joao"_s);
        QCOMPARE(ids(), (QList<qint64> {1}));
        m_proxy->setSearchText(u"FÁBIO"_s);
        QCOMPARE(ids(), (QList<qint64> {6}));
        m_proxy->setSearchText(u"98765-0002"_s); // as an agent types a number
        QCOMPARE(ids(), (QList<qint64> {2}));
        m_proxy->setSearchText(u"sabado"_s); // the last message's text
        QCOMPARE(sortedIds(), (QList<qint64> {1, 2, 3, 4, 6}));
        m_proxy->setSearchText(u"zzz"_s);
        QVERIFY(ids().isEmpty());
        m_proxy->setSearchText(QString());
        QCOMPARE(ids().size(), 5);
    }

    void searchCombinesWithTheFilter()
    {
        m_proxy->setFilter(Filter::Unassigned);
        m_proxy->setSearchText(u"bia"_s);
        QCOMPARE(ids(), (QList<qint64> {2}));
        m_proxy->setFilter(Filter::Mine);
        QVERIFY(ids().isEmpty());
    }

    void sortsByActivityOrByWindowExpiry()
    {
        QCOMPARE(ids(), (QList<qint64> {1, 2, 3, 4, 6}));
        m_proxy->setSortOrder(InboxFilterModel::Sort::WindowExpiry);
        // Open windows soonest first; closed or never-opened ones last, by activity.
        QCOMPARE(ids(), (QList<qint64> {2, 6, 1, 3, 4}));
        m_clock->setNow(t0.addSecs(3600));
        m_proxy->refresh(); // Bia's window just closed: she drops among the closed
        QCOMPARE(ids(), (QList<qint64> {6, 1, 2, 3, 4}));
    }

    void sourceChangesReachTheFilter()
    {
        m_proxy->setFilter(Filter::Mine);
        auto claimed = conversation(2, u"Bia"_s, t0.addSecs(5), 3, t0.addSecs(3600));
        m_source->upsertConversation(claimed);
        QCOMPARE(ids(), (QList<qint64> {2, 1, 4})); // and it moved to the top
        auto resolved = claimed;
        resolved.state = u"resolved"_s;
        m_source->upsertConversation(resolved);
        QCOMPARE(ids(), (QList<qint64> {1, 4}));
    }

    void mineIsEmptyUntilTheAgentIsKnown()
    {
        m_proxy->setMyAgentId(0);
        m_proxy->setFilter(Filter::Mine);
        QVERIFY(ids().isEmpty());
        m_proxy->setMyAgentId(5);
        QCOMPARE(ids(), (QList<qint64> {3}));
    }
};

QTEST_GUILESS_MAIN(TestInboxFilterModel)
#include "tst_inboxfiltermodel.moc"

#include "client/inboxfiltermodel.h"
#include "client/inboxmodel.h"
#include "console/inboxdelegate.h"
#include "console/inboxview.h"
#include "core/clock.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTabBar>
#include <QTest>

using namespace Atendo;
using namespace std::chrono_literals;

class TestInboxView : public QObject
{
    Q_OBJECT

    const QDateTime m_now {QDate(2026, 11, 25), QTime(10, 0), Qt::UTC};

    Protocol::ConversationInfo conversation(qint64 id, const QString& name, const QDateTime& expires,
        qint64 assignee = 0, const QString& state = QStringLiteral("open"))
    {
        Protocol::ConversationInfo c;
        c.id = id;
        c.contact.id = id * 10;
        c.contact.name = name;
        c.contact.phone = QStringLiteral("+551190000000%1").arg(id);
        c.assigneeId = assignee;
        c.state = state;
        c.windowExpiresAt = expires;
        c.lastActivityAt = m_now.addSecs(-id * 60);
        c.lastMessagePreview = QStringLiteral("mensagem %1").arg(id);
        return c;
    }

    int tabOf(const InboxView& view, const QString& text)
    {
        for (int i = 0; i < view.filterTabs()->count(); ++i)
            if (view.filterTabs()->tabText(i) == text)
                return i;
        return -1;
    }

private Q_SLOTS:
    void tabsSearchSortAndKeyboard()
    {
        TestClock clock(m_now);
        InboxModel inbox;
        inbox.resetConversations({conversation(1, QStringLiteral("Ana"), m_now.addSecs(20 * 3600), 7),
            conversation(2, QStringLiteral("Bruno"), m_now.addSecs(30 * 60)),
            conversation(3, QStringLiteral("Carla"), m_now.addSecs(-60)),
            conversation(4, QStringLiteral("Davi"), m_now.addSecs(3600), 0, QStringLiteral("resolved"))});
        InboxFilterModel filter;
        filter.setSourceModel(&inbox);
        filter.setMyAgentId(7);
        filter.setNowProvider([&clock] { return clock.now(); });
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        InboxView view;
        view.setModel(&filter);
        view.setClock(&clock);
        view.setClosingSoonThreshold(4h);
        view.resize(360, 500);
        view.show();

        QCOMPARE(view.filterTabs()->tabText(view.filterTabs()->currentIndex()), QStringLiteral("All"));
        QCOMPARE(filter.rowCount(), 3); // resolved ones are not in "All"
        view.filterTabs()->setCurrentIndex(tabOf(view, QStringLiteral("Mine")));
        QCOMPARE(filter.rowCount(), 1);
        view.filterTabs()->setCurrentIndex(tabOf(view, QStringLiteral("Closing soon")));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data(InboxModel::ContactNameRole).toString(), QStringLiteral("Bruno"));
        view.filterTabs()->setCurrentIndex(tabOf(view, QStringLiteral("Closed")));
        QCOMPARE(filter.rowCount(), 1);
        view.filterTabs()->setCurrentIndex(tabOf(view, QStringLiteral("Resolved")));
        QCOMPARE(filter.rowCount(), 1);

        // Time moves: Ana's window enters the closing-soon band.
        view.filterTabs()->setCurrentIndex(tabOf(view, QStringLiteral("Closing soon")));
        clock.advance(17h);
        filter.refresh();
        QCOMPARE(filter.rowCount(), 1); // Bruno's closed meanwhile; Ana has 3 h left
        QCOMPARE(filter.index(0, 0).data(InboxModel::ContactNameRole).toString(), QStringLiteral("Ana"));
        clock.setNow(m_now);
        filter.refresh();

        view.filterTabs()->setCurrentIndex(tabOf(view, QStringLiteral("All")));
        view.searchEdit()->setText(QStringLiteral("carl"));
        QCOMPARE(filter.rowCount(), 1);
        view.searchEdit()->clear();

        // "Window expiry" puts the window closing first on top.
        view.findChild<QComboBox*>(QStringLiteral("inboxSort"))->setCurrentIndex(1);
        QCOMPARE(filter.index(0, 0).data(InboxModel::ContactNameRole).toString(), QStringLiteral("Bruno"));

        QSignalSpy current(&view, &InboxView::currentConversationChanged);
        view.selectNext();
        QCOMPARE(current.count(), 1);
        QCOMPARE(current.last().at(0).toLongLong(), 2);
        view.selectNext();
        QCOMPARE(current.last().at(0).toLongLong(), 1);
        view.selectPrevious();
        QCOMPARE(current.last().at(0).toLongLong(), 2);
        QCOMPARE(view.currentConversationId(), 2);
        QVERIFY(view.selectConversation(3));
        QCOMPARE(current.last().at(0).toLongLong(), 3);
        view.tick(); // repaints countdown strips only; must not disturb the selection
        QCOMPARE(view.currentConversationId(), 3);
    }
};

QTEST_MAIN(TestInboxView)
#include "tst_inboxview.moc"

#include "client/agentsession.h"
#include "client/inboxfiltermodel.h"
#include "client/inboxmodel.h"
#include "fixtures.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Atendo;
using namespace Qt::StringLiterals;
using Test::conversation;
using Test::t0;

class TestInboxModel : public QObject
{
    Q_OBJECT

private:
    static QList<qint64> ids(const InboxModel& model)
    {
        QList<qint64> result;
        for (int row = 0; row < model.rowCount(); ++row)
            result.append(model.index(row).data(InboxModel::ConversationIdRole).toLongLong());
        return result;
    }

private Q_SLOTS:
    void snapshotIsListedMostRecentFirst()
    {
        InboxModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.resetConversations({conversation(1, u"Ana"_s, t0), conversation(2, u"Bia"_s, t0.addSecs(60)),
            conversation(3, u"Caio"_s, t0.addSecs(-60))});
        QCOMPARE(ids(model), (QList<qint64> {2, 1, 3}));
        const QModelIndex first = model.index(0);
        QCOMPARE(first.data(InboxModel::ContactNameRole).toString(), u"Bia"_s);
        QCOMPARE(first.data(InboxModel::UnreadRole).toInt(), 1);
        QCOMPARE(first.data(InboxModel::StateRole).toString(), u"open"_s);
        QCOMPARE(first.data(InboxModel::LastActivityRole).toDateTime(), t0.addSecs(60));
        QCOMPARE(first.data(InboxModel::ConversationRole).value<Protocol::ConversationInfo>(),
            conversation(2, u"Bia"_s, t0.addSecs(60)));
        QCOMPARE(model.rowOf(3), 2);
    }

    void aNewConversationIsInsertedAtItsPlace()
    {
        InboxModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.resetConversations({conversation(1, u"Ana"_s, t0), conversation(2, u"Bia"_s, t0.addSecs(-60))});
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.upsertConversation(conversation(3, u"Caio"_s, t0.addSecs(-30)));
        QCOMPARE(ids(model), (QList<qint64> {1, 3, 2}));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 1);
        QCOMPARE(reset.count(), 0);
    }

    void newActivityMovesTheRowToTheTopWithoutAReset()
    {
        InboxModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.resetConversations({conversation(1, u"Ana"_s, t0), conversation(2, u"Bia"_s, t0.addSecs(-60)),
            conversation(3, u"Caio"_s, t0.addSecs(-120))});
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        auto updated = conversation(3, u"Caio"_s, t0.addSecs(30));
        updated.lastMessagePreview = u"Chegou!"_s;
        model.upsertConversation(updated);
        QCOMPARE(ids(model), (QList<qint64> {3, 1, 2}));
        QCOMPARE(moved.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.index(0).data(InboxModel::PreviewRole).toString(), u"Chegou!"_s);
        QCOMPARE(model.rowOf(3), 0);
        QCOMPARE(model.rowOf(2), 2);

        // And back down (older activity after a correction) is a move too.
        model.upsertConversation(conversation(3, u"Caio"_s, t0.addSecs(-200)));
        QCOMPARE(ids(model), (QList<qint64> {1, 2, 3}));
        QCOMPARE(moved.count(), 2);
    }

    void anUnchangedConversationSignalsNothing()
    {
        InboxModel model;
        model.resetConversations({conversation(1, u"Ana"_s, t0)});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.upsertConversation(conversation(1, u"Ana"_s, t0));
        QCOMPARE(changed.count(), 0);
    }

    void anUnreadChangeIsOneDataChanged()
    {
        InboxModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.resetConversations({conversation(1, u"Ana"_s, t0), conversation(2, u"Bia"_s, t0.addSecs(-1))});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        auto read = conversation(2, u"Bia"_s, t0.addSecs(-1));
        read.unread = 0;
        model.upsertConversation(read);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(moved.count(), 0);
        QCOMPARE(model.index(1).data(InboxModel::UnreadRole).toInt(), 0);
    }

    void anOptOutShowsOnEveryConversationOfTheContact()
    {
        InboxModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.resetConversations({conversation(1, u"Ana"_s, t0), conversation(2, u"Bia"_s, t0.addSecs(-1))});
        QVERIFY(!model.index(0).data(InboxModel::OptedOutRole).toBool());
        Protocol::ContactInfo contact = conversation(1, u"Ana"_s, t0).contact;
        contact.consentState = u"opted_out"_s;
        contact.consentHistory.append({u"opt_out"_s, u"keyword"_s, u"PARAR"_s, u"customer"_s, t0});
        model.applyContact(contact);
        QVERIFY(model.index(0).data(InboxModel::OptedOutRole).toBool());
        QVERIFY(!model.index(1).data(InboxModel::OptedOutRole).toBool());
    }

    void assigneeInitialsComeFromTheRoster()
    {
        InboxModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.resetConversations({conversation(1, u"Ana"_s, t0, 3), conversation(2, u"Bia"_s, t0, 0)});
        QCOMPARE(model.index(model.rowOf(1)).data(InboxModel::AssigneeInitialsRole).toString(), QString());
        model.setAgents({{3, u"maria"_s, u"Maria Souza"_s, u"agent"_s, u"online"_s, 8, 1}});
        QCOMPARE(model.index(model.rowOf(1)).data(InboxModel::AssigneeInitialsRole).toString(), u"MS"_s);
        QCOMPARE(model.index(model.rowOf(2)).data(InboxModel::AssigneeInitialsRole).toString(), QString());
        QCOMPARE(model.index(model.rowOf(2)).data(InboxModel::AssigneeIdRole).toLongLong(), 0);
    }

    void aContactWithoutNameShowsItsNumber()
    {
        InboxModel model;
        auto c = conversation(1, QString(), t0);
        c.contact.phone = u"+5511987654321"_s;
        model.resetConversations({c});
        QCOMPARE(model.index(0).data(InboxModel::ContactNameRole).toString(), u"+55 11 98765-4321"_s);
        QCOMPARE(model.index(0).data(InboxModel::PhoneRole).toString(), u"+5511987654321"_s);
    }

    void aBatchLeavesTheRowsOneByOneWould()
    {
        QList<Protocol::ConversationInfo> start;
        for (qint64 id = 1; id <= 20; ++id)
            start.append(conversation(id, u"Cliente %1"_s.arg(id), t0.addSecs(-60 * id)));
        auto movedUp = conversation(15, u"Cliente 15"_s, t0.addSecs(30));
        movedUp.unread = 4;
        auto renamedInPlace = conversation(3, u"Caio"_s, t0.addSecs(-180));
        auto first = conversation(21, u"Nova"_s, t0.addSecs(-90));
        auto latest = conversation(21, u"Nova"_s, t0.addSecs(60)); // same id later in the batch wins
        latest.lastMessagePreview = u"Ainda aí?"_s;
        auto movedDown = conversation(1, u"Cliente 1"_s, t0.addSecs(-3000));
        const QList<Protocol::ConversationInfo> batch {movedUp, first, renamedInPlace,
            conversation(7, u"Cliente 7"_s, t0.addSecs(-420)), // unchanged
            conversation(22, u"Outra"_s, t0.addSecs(-5000)), latest, movedDown};

        InboxModel oneByOne;
        oneByOne.resetConversations(start);
        for (const auto& c : batch)
            oneByOne.upsertConversation(c);

        InboxModel batched;
        batched.resetConversations(start);
        InboxFilterModel proxy;
        proxy.setSourceModel(&batched);
        QAbstractItemModelTester tester(&batched, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QPersistentModelIndex selected = batched.index(batched.rowOf(15)); // a view's current row
        const QPersistentModelIndex selectedInProxy = proxy.mapFromSource(batched.index(batched.rowOf(1)));
        QSignalSpy layouts(&batched, &QAbstractItemModel::layoutChanged);
        QSignalSpy inserted(&batched, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&batched, &QAbstractItemModel::modelReset);
        batched.upsertConversations(batch);

        QCOMPARE(ids(batched), ids(oneByOne));
        QCOMPARE(ids(batched).mid(0, 3), (QList<qint64> {21, 15, 2}));
        for (int row = 0; row < oneByOne.rowCount(); ++row) {
            QCOMPARE(batched.conversationAt(row), oneByOne.conversationAt(row));
            QCOMPARE(batched.index(row).data(InboxModel::SearchTextRole),
                oneByOne.index(row).data(InboxModel::SearchTextRole));
            QCOMPARE(batched.rowOf(batched.conversationAt(row).id), row);
        }
        QCOMPARE(batched.index(batched.rowOf(3)).data(InboxModel::ContactNameRole).toString(), u"Caio"_s);
        QCOMPARE(batched.index(0).data(InboxModel::PreviewRole).toString(), u"Ainda aí?"_s);
        QCOMPARE(layouts.count(), 1);
        QCOMPARE(inserted.count(), 1); // both new rows at once
        QCOMPARE(reset.count(), 0);
        QCOMPARE(selected.data(InboxModel::ConversationIdRole).toLongLong(), 15);
        QCOMPARE(selected.row(), 1);
        QCOMPARE(selectedInProxy.data(InboxModel::ConversationIdRole).toLongLong(), 1);
        // The proxy re-sorted once, into the same order.
        QCOMPARE(proxy.rowCount(), oneByOne.rowCount());
        for (int row = 0; row < proxy.rowCount(); ++row)
            QCOMPARE(proxy.index(row, 0).data(InboxModel::ConversationIdRole).toLongLong(),
                oneByOne.conversationAt(row).id);
    }

    void aBatchOfOneChangesRowByRow()
    {
        InboxModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.resetConversations({conversation(1, u"Ana"_s, t0), conversation(2, u"Bia"_s, t0.addSecs(-60))});
        QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.upsertConversations({conversation(2, u"Bia"_s, t0.addSecs(60))});
        QCOMPARE(ids(model), (QList<qint64> {2, 1}));
        QCOMPARE(moved.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(layouts.count(), 0);
    }

    void aBatchThatChangesNothingSignalsNothing()
    {
        InboxModel model;
        model.resetConversations({conversation(1, u"Ana"_s, t0), conversation(2, u"Bia"_s, t0.addSecs(-60))});
        QSignalSpy layouts(&model, &QAbstractItemModel::layoutAboutToBeChanged);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.upsertConversations(
            {conversation(2, u"Bia"_s, t0.addSecs(-60)), conversation(1, u"Ana"_s, t0)});
        QCOMPARE(layouts.count(), 0);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(ids(model), (QList<qint64> {1, 2}));
    }

    void followsTheSessionSignals()
    {
        TestClock clock(t0);
        AgentSession session(&clock);
        InboxModel model(&session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        Q_EMIT session.conversationChanged(conversation(7, u"Ana"_s, t0));
        Q_EMIT session.conversationChanged(conversation(8, u"Bia"_s, t0.addSecs(5)));
        QCOMPARE(ids(model), (QList<qint64> {8, 7}));
        Q_EMIT session.conversationsChanged(
            {conversation(9, u"Caio"_s, t0.addSecs(9)), conversation(7, u"Ana"_s, t0.addSecs(10))});
        QCOMPARE(ids(model), (QList<qint64> {7, 9, 8}));
        Q_EMIT session.agentsChanged({{3, u"maria"_s, u"Maria"_s, u"agent"_s, u"online"_s, 8, 1}});
        QCOMPARE(model.index(0).data(InboxModel::AssigneeInitialsRole).toString(), u"M"_s);
    }
};

QTEST_GUILESS_MAIN(TestInboxModel)
#include "tst_inboxmodel.moc"

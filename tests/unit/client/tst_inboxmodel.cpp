#include "client/agentsession.h"
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
        Q_EMIT session.agentsChanged({{3, u"maria"_s, u"Maria"_s, u"agent"_s, u"online"_s, 8, 1}});
        QCOMPARE(model.index(0).data(InboxModel::AssigneeInitialsRole).toString(), u"M"_s);
    }
};

QTEST_GUILESS_MAIN(TestInboxModel)
#include "tst_inboxmodel.moc"

#include "client/agentsession.h"
#include "client/conversationmodel.h"
#include "fixtures.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Atendo;
using namespace Qt::StringLiterals;
using Test::message;
using Test::t0;

namespace {

QList<Protocol::MessageInfo> page(qint64 firstId, qint64 lastId, qint64 conversationId = 42)
{
    QList<Protocol::MessageInfo> result;
    for (qint64 id = firstId; id <= lastId; ++id)
        result.append(message(id, conversationId, id % 3 ? u"in"_s : u"out"_s));
    return result;
}

} // namespace

// The session here never connects: its sends stay pending, which is exactly the
// local-echo state the model must show; the model is fed the server's answers.
class TestConversationModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestClock> m_clock;
    std::unique_ptr<AgentSession> m_session;
    std::unique_ptr<ConversationModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    QList<qint64> ids() const
    {
        QList<qint64> result;
        for (int row = 0; row < m_model->rowCount(); ++row)
            result.append(m_model->index(row).data(ConversationModel::MessageIdRole).toLongLong());
        return result;
    }

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<TestClock>(t0);
        m_session = std::make_unique<AgentSession>(m_clock.get());
        m_model = std::make_unique<ConversationModel>(m_session.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setConversation(42);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_session.reset();
    }

    void canFetchMoreOnlyWhileOlderHistoryExists()
    {
        // No tester here: it fetches like a view would, which hides the idle state.
        ConversationModel model(m_session.get());
        model.setConversation(42);
        QVERIFY(!model.canFetchMore({})); // the newest page is on its way
        model.applyPage(42, page(51, 100), true);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QVERIFY(!model.canFetchMore({})); // one page at a time
        model.applyPage(42, page(1, 50), false);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.rowCount(), 100);
    }

    void olderPagesArePrependedUntilTheBeginning()
    {
        m_model->applyPage(42, page(51, 100), true);
        QCOMPARE(m_model->rowCount(), 50);
        QCOMPARE(ids().first(), 51);
        QCOMPARE(ids().last(), 100);

        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        m_model->fetchMore({}); // as a view scrolled to the top does (the tester may have already)
        QVERIFY(!m_model->canFetchMore({})); // one page at a time
        m_model->applyPage(42, page(1, 50), false);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), 49);
        QCOMPARE(m_model->rowCount(), 100);
        QCOMPARE(ids().first(), 1);
        QVERIFY(!m_model->canFetchMore({})); // the very first message is shown
    }

    void aPageForAnotherConversationIsIgnored()
    {
        m_model->applyPage(43, page(1, 10, 43), true);
        QCOMPARE(m_model->rowCount(), 0);
    }

    void anOverlappingPageDoesNotDuplicate()
    {
        m_model->applyPage(42, page(51, 100), true);
        m_model->applyPage(42, page(90, 105), false);
        QCOMPARE(m_model->rowCount(), 55);
        QCOMPARE(ids().last(), 105);
    }

    void theLocalEchoShowsAtOnceAndMergesWithItsServerCopy()
    {
        m_model->applyPage(42, page(99, 100), false);
        const QString key = m_session->sendText(42, u"Entregamos sim"_s);
        QCOMPARE(m_model->rowCount(), 3);
        const QModelIndex echo = m_model->index(2);
        QCOMPARE(echo.data(ConversationModel::StatusRole).toString(), u"pending"_s);
        QCOMPARE(echo.data(ConversationModel::TextRole).toString(), u"Entregamos sim"_s);
        QCOMPARE(echo.data(ConversationModel::DirectionRole).toString(), u"out"_s);

        // The customer writes meanwhile: their message goes above the pending echo.
        Q_EMIT m_session->messageAdded(message(102, 42));
        QCOMPARE(ids(), (QList<qint64> {99, 100, 102, 0}));

        // The server stored ours first (101): the echo becomes it and moves into place.
        QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        Protocol::MessageInfo stored = message(101, 42, u"out"_s);
        stored.key = key;
        stored.text = u"Entregamos sim"_s;
        Q_EMIT m_session->messageUpdated(stored);
        QCOMPARE(ids(), (QList<qint64> {99, 100, 101, 102}));
        QCOMPARE(moved.count(), 1);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(m_model->index(2).data(ConversationModel::StatusRole).toString(), u"queued"_s);
        QCOMPARE(m_model->index(2).data(ConversationModel::KeyRole).toString(), key);

        // The same message arriving again (event after reply) stays one row.
        Q_EMIT m_session->messageAdded(stored);
        QCOMPARE(m_model->rowCount(), 4);
    }

    void pendingEchoesSurviveSwitchingConversations()
    {
        m_model->applyPage(42, page(1, 2), false);
        m_session->sendText(42, u"Já volto"_s);
        m_model->setConversation(43);
        QCOMPARE(m_model->rowCount(), 0);
        m_model->setConversation(42);
        QCOMPARE(m_model->rowCount(), 1); // the unanswered echo, before the page arrives
        QCOMPARE(m_model->index(0).data(ConversationModel::StatusRole).toString(), u"pending"_s);
        m_model->applyPage(42, page(1, 2), false);
        QCOMPARE(ids(), (QList<qint64> {1, 2, 0}));
    }

    void statusTicksOnlyMoveForward()
    {
        m_model->applyPage(42, {message(981, 42, u"out"_s)}, false);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        Q_EMIT m_session->messageStatusChanged(42, 981, {{u"status"_s, u"delivered"_s}});
        QCOMPARE(m_model->index(0).data(ConversationModel::StatusRole).toString(), u"delivered"_s);
        Q_EMIT m_session->messageStatusChanged(42, 981, {{u"status"_s, u"sent"_s}}); // a late webhook
        QCOMPARE(m_model->index(0).data(ConversationModel::StatusRole).toString(), u"delivered"_s);
        QCOMPARE(changed.count(), 1);
        Q_EMIT m_session->messageStatusChanged(42, 981, {{u"status"_s, u"read"_s}});
        QCOMPARE(m_model->index(0).data(ConversationModel::StatusRole).toString(), u"read"_s);
    }

    void aFailedMessageExplainsWhy()
    {
        m_model->applyPage(42, {message(990, 42, u"out"_s)}, false);
        QCOMPARE(m_model->index(0).data(ConversationModel::ErrorRole).toString(), QString());
        Q_EMIT m_session->messageStatusChanged(42, 990,
            {{u"status"_s, u"failed"_s},
                {u"error"_s,
                    QJsonObject {{u"code"_s, u"meta_131047"_s},
                        {u"message"_s, u"More than 24 hours have passed"_s}}}});
        QCOMPARE(m_model->index(0).data(ConversationModel::StatusRole).toString(), u"failed"_s);
        QCOMPARE(m_model->index(0).data(ConversationModel::ErrorRole).toString(),
            u"More than 24 hours have passed"_s);
        QCOMPARE(m_model->index(0).data(ConversationModel::ErrorCodeRole).toString(), u"meta_131047"_s);
    }

    void reactionsDecorateTheirTargetInsteadOfAddingARow()
    {
        m_model->applyPage(42, page(1, 3), false);
        Protocol::MessageInfo reaction = message(4, 42);
        reaction.kind = u"reaction"_s;
        reaction.reaction = {{u"target_id"_s, 3}, {u"emoji"_s, u"👍"_s}};
        Q_EMIT m_session->messageAdded(reaction);
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->index(2).data(ConversationModel::ReactionRole).toString(), u"👍"_s);
        QCOMPARE(m_model->index(1).data(ConversationModel::ReactionRole).toString(), QString());
    }

    void aReplyQuotesTheOriginal()
    {
        Protocol::MessageInfo answer = message(3, 42, u"out"_s);
        answer.replyTo = 1;
        m_model->applyPage(42, {message(1, 42), message(2, 42), answer}, false);
        QCOMPARE(m_model->index(2).data(ConversationModel::ReplyToTextRole).toString(), u"mensagem 1"_s);
        QCOMPARE(
            m_model->index(0).data(ConversationModel::TimeRole).toDateTime(), t0); // the customer's own time
    }

    void messagesOfOtherConversationsAreIgnored()
    {
        m_model->applyPage(42, page(1, 2), false);
        Q_EMIT m_session->messageAdded(message(3, 43));
        m_session->sendText(43, u"outra"_s);
        QCOMPARE(m_model->rowCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestConversationModel)
#include "tst_conversationmodel.moc"

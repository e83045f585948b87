#include "client/agentsession.h"
#include "client/contactsearchmodel.h"
#include "serverharness.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Atendo;
using namespace Atendo::Test;
using namespace Qt::StringLiterals;

// The client's model of contacts.search: rows with consent, only opted-in
// contacts enabled, pages fetched on demand, and a newer query wins over the
// replies of an older one. Against the real server.
class TestContactSearchModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsEveryoneEnablesOnlyOptedIn();
    void fetchesMorePages();
    void newerQueryWins();
    void shortQueryAsksNothing();
    void sessionKeepsTheServersCard();
    void noServerCardLeavesTheConsolesOwn();

private:
    qint64 optIn(const QString& phone, const QString& name);

    std::unique_ptr<ServerHarness> m_harness;
    std::unique_ptr<AgentSession> m_session;
};

void TestContactSearchModel::init()
{
    m_harness = std::make_unique<ServerHarness>();
    QVERIFY(m_harness->start());
    QVERIFY(m_harness->addAgent(u"maria"_s, u"s3cret-maria"_s) > 0);
    m_session = std::make_unique<AgentSession>(&m_harness->clock);
    m_session->connectToServer(m_harness->consoleUrl(), u"maria"_s, u"s3cret-maria"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), AgentSession::State::Online, 5000);
}

void TestContactSearchModel::cleanup()
{
    m_session.reset();
    m_harness.reset();
}

qint64 TestContactSearchModel::optIn(const QString& phone, const QString& name)
{
    const QJsonObject body {
        {u"phone"_s, phone}, {u"name"_s, name}, {u"source"_s, u"web_form"_s}, {u"evidence"_s, u"form"_s}};
    const auto result = m_harness->post(m_harness->httpUrl(u"/api/v1/optins"_s), QJsonDocument(body).toJson(),
        {{"Authorization"_ba, "Bearer test-optin-key"_ba}});
    return QJsonDocument::fromJson(result.body).object().value(u"contact_id"_s).toInteger();
}

void TestContactSearchModel::listsEveryoneEnablesOnlyOptedIn()
{
    const qint64 ana = optIn(u"+5511912345678"_s, u"Ana Pereira"_s);
    const qint64 bruno = optIn(u"+5511923456789"_s, u"Bruno Pereira"_s);
    QVERIFY(ana > 0 && bruno > 0);
    m_session->recordOptOut(bruno, u"asked to stop"_s);
    m_harness->customerSays(u"5511987654321"_s, u"Oi"_s, u"João Pereira"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_session->conversations().size(), 1, 5000);

    ContactSearchModel model(m_session.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&model, &ContactSearchModel::searchFinished);
    model.search(u"pereira"_s);
    QVERIFY(model.isLoading());
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().first().toString(), QString());
    QCOMPARE(model.rowCount(), 3);
    const auto at = [&](int row, int role) { return model.index(row, 0).data(role); };
    QCOMPARE(at(0, Qt::DisplayRole).toString(), u"Ana Pereira"_s);
    QCOMPARE(at(0, ContactSearchModel::ContactIdRole).toLongLong(), ana);
    QCOMPARE(at(0, ContactSearchModel::StartableRole).toBool(), true);
    QCOMPARE(at(0, ContactSearchModel::BlockReasonRole).toString(), QString());
    QCOMPARE(at(0, ContactSearchModel::OpenConversationIdRole).toLongLong(), 0);
    QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsEnabled);
    QCOMPARE(at(1, ContactSearchModel::ConsentStateRole).toString(), u"opted_out"_s);
    QCOMPARE(at(1, ContactSearchModel::BlockReasonRole).toString(), u"contact_opted_out"_s);
    QVERIFY(!(model.flags(model.index(1, 0)) & (Qt::ItemIsEnabled | Qt::ItemIsSelectable)));
    QCOMPARE(at(2, ContactSearchModel::BlockReasonRole).toString(), u"no_opt_in"_s);
    QCOMPARE(at(2, ContactSearchModel::OpenConversationIdRole).toLongLong(),
        m_session->conversations().first().id);
    QVERIFY(!(model.flags(model.index(2, 0)) & Qt::ItemIsEnabled));
    QCOMPARE(model.contact(0).phone, u"+5511912345678"_s);
    QCOMPARE(model.contact(7).id, 0); // out of range: an empty contact, not a crash
    QVERIFY(!model.canFetchMore({}));
}

void TestContactSearchModel::fetchesMorePages()
{
    for (int i = 1; i <= 45; ++i)
        QVERIFY(
            optIn(u"+55119000000%1"_s.arg(i, 2, 10, QChar(u'0')), u"Cliente %1"_s.arg(i, 2, 10, QChar(u'0')))
            > 0);
    // No QAbstractItemModelTester here: it calls fetchMore itself, and this
    // test counts the pages (the other tests run the tester).
    ContactSearchModel model(m_session.get());
    QSignalSpy finished(&model, &ContactSearchModel::searchFinished);
    model.search(u"cliente"_s);
    QVERIFY(finished.wait(5000));
    QCOMPARE(model.rowCount(), 20);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QVERIFY(!model.canFetchMore({})); // one page at a time
    QVERIFY(finished.wait(5000));
    QCOMPARE(model.rowCount(), 40);
    model.fetchMore({});
    QVERIFY(finished.wait(5000));
    QCOMPARE(model.rowCount(), 45);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.index(0, 0).data().toString(), u"Cliente 01"_s);
    QCOMPARE(model.index(44, 0).data().toString(), u"Cliente 45"_s);
}

void TestContactSearchModel::newerQueryWins()
{
    QVERIFY(optIn(u"+5511912345678"_s, u"Ana Pereira"_s) > 0);
    QVERIFY(optIn(u"+5521998887777"_s, u"Bruno Lima"_s) > 0);
    ContactSearchModel model(m_session.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&model, &ContactSearchModel::searchFinished);
    model.search(u"ana"_s);
    model.search(u"lima"_s); // before the first reply
    QVERIFY(finished.wait(5000));
    QCOMPARE(model.query(), u"lima"_s);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data().toString(), u"Bruno Lima"_s);
    // The server answers in order: "ana" came first and was dropped, not appended.
    QCOMPARE(finished.size(), 1);
    QCOMPARE(model.rowCount(), 1);
}

void TestContactSearchModel::shortQueryAsksNothing()
{
    QVERIFY(optIn(u"+5511912345678"_s, u"Ana Pereira"_s) > 0);
    ContactSearchModel model(m_session.get());
    QSignalSpy finished(&model, &ContactSearchModel::searchFinished);
    model.search(u"ana"_s);
    QVERIFY(finished.wait(5000));
    QCOMPARE(model.rowCount(), 1);
    model.search(u" a "_s);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.isLoading());
    QVERIFY(!model.canFetchMore({}));
}

void TestContactSearchModel::sessionKeepsTheServersCard()
{
    // The harness's server bills with the example card: the session has it.
    QVERIFY(m_session->serverRateCard());
    QCOMPARE(m_session->serverRateCard()->currency(), u"USD"_s);
    QCOMPARE(m_session->rateCardVersion().size(), 12);
}

void TestContactSearchModel::noServerCardLeavesTheConsolesOwn()
{
    m_session.reset();
    m_harness = std::make_unique<ServerHarness>();
    m_harness->config.rateCardPath.clear();
    QVERIFY(m_harness->start());
    QVERIFY(m_harness->addAgent(u"maria"_s, u"s3cret-maria"_s) > 0);
    m_session = std::make_unique<AgentSession>(&m_harness->clock);
    QSignalSpy changed(m_session.get(), &AgentSession::rateCardChanged);
    m_session->connectToServer(m_harness->consoleUrl(), u"maria"_s, u"s3cret-maria"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), AgentSession::State::Online, 5000);
    QVERIFY(!m_session->serverRateCard());
    QVERIFY(m_session->rateCardVersion().isEmpty());
    QCOMPARE(changed.size(), 0);
}

QTEST_MAIN(TestContactSearchModel)
#include "tst_contactsearchmodel.moc"

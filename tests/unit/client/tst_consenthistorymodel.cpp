#include "client/agentsession.h"
#include "client/consenthistorymodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Atendo;
using namespace Qt::StringLiterals;

namespace {

const QDateTime t0(QDate(2026, 11, 25), QTime(14, 0), Qt::UTC);

Protocol::ContactInfo contact(qint64 id, const QList<Protocol::ConsentEventInfo>& history)
{
    Protocol::ContactInfo c;
    c.id = id;
    c.key = u"wa:5511987654321"_s;
    c.name = u"João Pereira"_s;
    c.phone = u"+5511987654321"_s;
    c.consentState = history.isEmpty()        ? u"unknown"_s
        : history.last().kind == u"opt_out"_s ? u"opted_out"_s
                                              : u"opted_in"_s;
    c.consentHistory = history;
    return c;
}

const Protocol::ConsentEventInfo optIn {
    u"opt_in"_s, u"web_form"_s, u"Checkout form, box ticked"_s, u"api:site"_s, t0.addDays(-5)};
const Protocol::ConsentEventInfo optOut {u"opt_out"_s, u"keyword"_s, u"PARAR"_s, u"customer"_s, t0};

} // namespace

class TestConsentHistoryModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestClock> m_clock;
    std::unique_ptr<AgentSession> m_session;

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<TestClock>(t0);
        m_session = std::make_unique<AgentSession>(m_clock.get());
    }

    void showsTheContactsTrail()
    {
        ConsentHistoryModel model(m_session.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContact(17);
        QCOMPARE(model.rowCount(), 0);
        Q_EMIT m_session->contactChanged(contact(17, {optIn}));
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex row = model.index(0);
        QCOMPARE(row.data(ConsentHistoryModel::KindRole).toString(), u"opt_in"_s);
        QCOMPARE(row.data(ConsentHistoryModel::SourceRole).toString(), u"web_form"_s);
        QCOMPARE(row.data(ConsentHistoryModel::EvidenceRole).toString(), u"Checkout form, box ticked"_s);
        QCOMPARE(row.data(ConsentHistoryModel::ActorRole).toString(), u"api:site"_s);
        QCOMPARE(row.data(ConsentHistoryModel::AtRole).toDateTime(), t0.addDays(-5));
        QCOMPARE(model.contact().consentState, u"opted_in"_s);
    }

    void anOptOutIsAppendedAsItHappens()
    {
        ConsentHistoryModel model(m_session.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContact(17);
        Q_EMIT m_session->contactChanged(contact(17, {optIn}));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy updated(&model, &ConsentHistoryModel::contactUpdated);
        Q_EMIT m_session->contactChanged(contact(17, {optIn, optOut}));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(updated.count(), 1);
        QVERIFY(model.contact().isOptedOut());
        QCOMPARE(model.index(1).data(ConsentHistoryModel::EvidenceRole).toString(), u"PARAR"_s);
    }

    void otherContactsAreIgnored()
    {
        ConsentHistoryModel model(m_session.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContact(17);
        Q_EMIT m_session->contactChanged(contact(18, {optIn, optOut}));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.contact().isOptedOut());
    }

    void switchingContactsClearsTheTrail()
    {
        ConsentHistoryModel model(m_session.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContact(17);
        Q_EMIT m_session->contactChanged(contact(17, {optIn, optOut}));
        model.setContact(18);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.contactId(), 18);
    }
};

QTEST_GUILESS_MAIN(TestConsentHistoryModel)
#include "tst_consenthistorymodel.moc"

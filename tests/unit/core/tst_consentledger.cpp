#include "core/consentledger.h"

#include <QJsonObject>
#include <QTest>

using namespace Atendo;
using namespace Qt::StringLiterals;

namespace {

const QDateTime T0(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);

ConsentEvent makeEvent(ConsentKind kind, ConsentSource source, const QString& actor, const QDateTime& at)
{
    return ConsentEvent {kind, source, u"evidence"_s, actor, at};
}

ConsentEvent webOptIn(const QDateTime& at)
{
    return makeEvent(ConsentKind::OptIn, ConsentSource::WebForm, u"customer"_s, at);
}

ConsentEvent keywordOptOut(const QDateTime& at)
{
    return makeEvent(ConsentKind::OptOut, ConsentSource::Keyword, u"system"_s, at);
}

ConsentEvent metaStop(const QDateTime& at)
{
    return makeEvent(ConsentKind::MarketingStop, ConsentSource::MetaMarketingStop, u"system"_s, at);
}

ConsentEvent metaResume(const QDateTime& at)
{
    return makeEvent(ConsentKind::MarketingResume, ConsentSource::MetaMarketingStop, u"system"_s, at);
}

} // namespace

class TestConsentLedger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyLedgerIsUnknownAndContactable()
    {
        const ConsentLedger ledger;
        QCOMPARE(ledger.state(), ConsentState::Unknown);
        QVERIFY(!ledger.marketingStopped());
        QVERIFY(ledger.isContactable(MessageCategory::Marketing));
        QVERIFY(ledger.isContactable(MessageCategory::Service));
        QCOMPARE(ledger.stateEvent(), std::nullopt);
        QVERIFY(ledger.isEmpty());
    }

    void optInThenOptOutThenOptIn()
    {
        ConsentLedger ledger;
        QVERIFY(ledger.append(webOptIn(T0)));
        QCOMPARE(ledger.state(), ConsentState::OptedIn);
        QVERIFY(ledger.append(keywordOptOut(T0.addSecs(60))));
        QCOMPARE(ledger.state(), ConsentState::OptedOut);
        const auto again
            = makeEvent(ConsentKind::OptIn, ConsentSource::Keyword, u"customer"_s, T0.addSecs(120));
        QVERIFY(ledger.append(again));
        QCOMPARE(ledger.state(), ConsentState::OptedIn);
        QCOMPARE(ledger.stateEvent(), std::optional(again));
        QCOMPARE(ledger.events().size(), 3);
    }

    void optedOutBlocksEveryCategory_data()
    {
        QTest::addColumn<MessageCategory>("category");
        QTest::newRow("service") << MessageCategory::Service;
        QTest::newRow("marketing") << MessageCategory::Marketing;
        QTest::newRow("utility") << MessageCategory::Utility;
        QTest::newRow("authentication") << MessageCategory::Authentication;
    }

    void optedOutBlocksEveryCategory()
    {
        QFETCH(MessageCategory, category);
        ConsentLedger ledger;
        ledger.append(webOptIn(T0));
        QVERIFY(ledger.isContactable(category));
        ledger.append(keywordOptOut(T0.addSecs(1)));
        QVERIFY(!ledger.isContactable(category));
    }

    void agentMayRecordOptOutOnCustomerRequest()
    {
        ConsentLedger ledger;
        ledger.append(webOptIn(T0));
        const auto result = ledger.append(makeEvent(
            ConsentKind::OptOut, ConsentSource::AgentOnCustomerRequest, u"agent:maria"_s, T0.addSecs(5)));
        QVERIFY(result.accepted);
        QCOMPARE(ledger.state(), ConsentState::OptedOut);
    }

    void agentCannotRecordOptIn_data()
    {
        QTest::addColumn<ConsentKind>("kind");
        QTest::addColumn<ConsentSource>("source");
        QTest::addColumn<QString>("actor");
        QTest::newRow("agent actor, web form source")
            << ConsentKind::OptIn << ConsentSource::WebForm << u"agent:maria"_s;
        QTest::newRow("agent actor, upper case")
            << ConsentKind::OptIn << ConsentSource::Api << u"Agent:Joao"_s;
        QTest::newRow("agent actor, leading space")
            << ConsentKind::OptIn << ConsentSource::Email << u" agent:maria"_s;
        QTest::newRow("agent-on-request source, system actor")
            << ConsentKind::OptIn << ConsentSource::AgentOnCustomerRequest << u"system"_s;
        QTest::newRow("agent resuming marketing")
            << ConsentKind::MarketingResume << ConsentSource::AgentOnCustomerRequest << u"agent:maria"_s;
    }

    void agentCannotRecordOptIn()
    {
        QFETCH(ConsentKind, kind);
        QFETCH(ConsentSource, source);
        QFETCH(QString, actor);
        ConsentLedger ledger;
        ledger.append(keywordOptOut(T0));
        const AppendResult result = ledger.append(makeEvent(kind, source, actor, T0.addSecs(60)));
        QVERIFY(!result.accepted);
        QVERIFY(!result);
        QCOMPARE(result.rejection, ConsentRejection::AgentCannotOptIn);
        QCOMPARE(consentRejectionCode(result.rejection), u"agent_cannot_opt_in"_s);
        QVERIFY(!result.reason.isEmpty());
        QCOMPARE(ledger.events().size(), 1);
        QCOMPARE(ledger.state(), ConsentState::OptedOut);
    }

    void apiKeyNamedLikeAnAgentIsNotAnAgent()
    {
        ConsentLedger ledger;
        QVERIFY(ledger.append(makeEvent(ConsentKind::OptIn, ConsentSource::Api, u"api:agent-crm"_s, T0)));
        QCOMPARE(ledger.state(), ConsentState::OptedIn);
    }

    void malformedEventsAreRejected_data()
    {
        QTest::addColumn<ConsentEvent>("bad");
        QTest::addColumn<ConsentRejection>("rejection");
        QTest::newRow("no time") << webOptIn(QDateTime()) << ConsentRejection::InvalidTime;
        QTest::newRow("no actor") << makeEvent(ConsentKind::OptOut, ConsentSource::Keyword, u"  "_s, T0)
                                  << ConsentRejection::MissingActor;
        QTest::newRow("meta signal as opt-in")
            << makeEvent(ConsentKind::OptIn, ConsentSource::MetaMarketingStop, u"system"_s, T0)
            << ConsentRejection::SourceNotAllowedForKind;
        QTest::newRow("meta signal as opt-out")
            << makeEvent(ConsentKind::OptOut, ConsentSource::MetaMarketingStop, u"system"_s, T0)
            << ConsentRejection::SourceNotAllowedForKind;
    }

    void malformedEventsAreRejected()
    {
        QFETCH(ConsentEvent, bad);
        QFETCH(ConsentRejection, rejection);
        ConsentLedger ledger;
        const AppendResult result = ledger.append(bad);
        QCOMPARE(result.rejection, rejection);
        QVERIFY(!result.accepted);
        QVERIFY(ledger.isEmpty());
        QCOMPARE(ConsentLedger::check(bad).rejection, rejection);
    }

    void lateOlderOptInDoesNotOverrideNewerOptOut()
    {
        ConsentLedger ledger;
        ledger.append(keywordOptOut(T0.addSecs(3600)));
        // A web-form submission from before the STOP arrives late: kept, but not decisive.
        QVERIFY(ledger.append(webOptIn(T0)));
        QCOMPARE(ledger.events().size(), 2);
        QCOMPARE(ledger.events().last(), webOptIn(T0));
        QCOMPARE(ledger.state(), ConsentState::OptedOut);
    }

    void sameTimeTieGoesToLastAppended()
    {
        ConsentLedger ledger;
        ledger.append(webOptIn(T0));
        ledger.append(keywordOptOut(T0));
        QCOMPARE(ledger.state(), ConsentState::OptedOut);
        ledger.append(webOptIn(T0));
        QCOMPARE(ledger.state(), ConsentState::OptedIn);
    }

    void marketingStopBlocksOnlyMarketing_data()
    {
        QTest::addColumn<MessageCategory>("category");
        QTest::addColumn<bool>("contactable");
        QTest::newRow("marketing") << MessageCategory::Marketing << false;
        QTest::newRow("utility") << MessageCategory::Utility << true;
        QTest::newRow("authentication") << MessageCategory::Authentication << true;
        QTest::newRow("service") << MessageCategory::Service << true;
    }

    void marketingStopBlocksOnlyMarketing()
    {
        QFETCH(MessageCategory, category);
        QFETCH(bool, contactable);
        ConsentLedger ledger;
        ledger.append(webOptIn(T0));
        ledger.append(metaStop(T0.addSecs(10)));
        QVERIFY(ledger.marketingStopped());
        QCOMPARE(ledger.state(), ConsentState::OptedIn);
        QCOMPARE(ledger.isContactable(category), contactable);
    }

    void marketingResumeLiftsTheStop()
    {
        ConsentLedger ledger;
        ledger.append(metaStop(T0));
        ledger.append(metaResume(T0.addSecs(10)));
        QVERIFY(!ledger.marketingStopped());
        QVERIFY(ledger.isContactable(MessageCategory::Marketing));
        QCOMPARE(ledger.marketingEvent(), std::optional(metaResume(T0.addSecs(10))));
        // An older stop delivered late does not re-stop.
        ledger.append(metaStop(T0.addSecs(5)));
        QVERIFY(!ledger.marketingStopped());
    }

    void optInDoesNotClearMetaMarketingStop()
    {
        ConsentLedger ledger;
        ledger.append(metaStop(T0));
        ledger.append(webOptIn(T0.addSecs(60)));
        QVERIFY(ledger.marketingStopped());
        QVERIFY(!ledger.isContactable(MessageCategory::Marketing));
        QVERIFY(ledger.isContactable(MessageCategory::Utility));
    }

    void marketingResumeDoesNotLiftAnOptOut()
    {
        ConsentLedger ledger;
        ledger.append(keywordOptOut(T0));
        ledger.append(metaResume(T0.addSecs(60)));
        QCOMPARE(ledger.state(), ConsentState::OptedOut);
        QVERIFY(!ledger.isContactable(MessageCategory::Marketing));
    }

    void fromEventsKeepsTheTrailAsStored()
    {
        const QList<ConsentEvent> stored {
            webOptIn(T0), keywordOptOut(T0.addSecs(60)), metaStop(T0.addSecs(30))};
        const ConsentLedger ledger = ConsentLedger::fromEvents(stored);
        QCOMPARE(ledger.events(), stored);
        QCOMPARE(ledger.state(), ConsentState::OptedOut);
        QVERIFY(ledger.marketingStopped());
    }

    void appendStoresUtc()
    {
        ConsentLedger ledger;
        const QDateTime local(QDate(2026, 11, 25), QTime(7, 0), Qt::OffsetFromUTC, -3 * 3600);
        ledger.append(webOptIn(local));
        QCOMPARE(ledger.events().first().at.timeSpec(), Qt::UTC);
        QCOMPARE(ledger.events().first().at, T0);
    }

    void kindNames_data()
    {
        QTest::addColumn<ConsentKind>("kind");
        QTest::addColumn<QString>("name");
        QTest::newRow("opt_in") << ConsentKind::OptIn << u"opt_in"_s;
        QTest::newRow("opt_out") << ConsentKind::OptOut << u"opt_out"_s;
        QTest::newRow("marketing_stop") << ConsentKind::MarketingStop << u"marketing_stop"_s;
        QTest::newRow("marketing_resume") << ConsentKind::MarketingResume << u"marketing_resume"_s;
    }

    void kindNames()
    {
        QFETCH(ConsentKind, kind);
        QFETCH(QString, name);
        QCOMPARE(consentKindName(kind), name);
        QCOMPARE(consentKindFromName(name), std::optional(kind));
    }

    void sourceNames_data()
    {
        QTest::addColumn<ConsentSource>("source");
        QTest::addColumn<QString>("name");
        QTest::newRow("web_form") << ConsentSource::WebForm << u"web_form"_s;
        QTest::newRow("email") << ConsentSource::Email << u"email"_s;
        QTest::newRow("landing_page") << ConsentSource::LandingPage << u"landing_page"_s;
        QTest::newRow("in_thread_keyword") << ConsentSource::InThreadKeyword << u"in_thread_keyword"_s;
        QTest::newRow("import") << ConsentSource::Import << u"import"_s;
        QTest::newRow("api") << ConsentSource::Api << u"api"_s;
        QTest::newRow("keyword") << ConsentSource::Keyword << u"keyword"_s;
        QTest::newRow("agent_on_customer_request")
            << ConsentSource::AgentOnCustomerRequest << u"agent_on_customer_request"_s;
        QTest::newRow("meta_marketing_stop") << ConsentSource::MetaMarketingStop << u"meta_marketing_stop"_s;
    }

    void sourceNames()
    {
        QFETCH(ConsentSource, source);
        QFETCH(QString, name);
        QCOMPARE(consentSourceName(source), name);
        QCOMPARE(consentSourceFromName(name), std::optional(source));
    }

    void unknownNamesAreRejected()
    {
        QCOMPARE(consentKindFromName(u"OPT_IN"_s), std::nullopt);
        QCOMPARE(consentSourceFromName(u"sms"_s), std::nullopt);
        QCOMPARE(consentStateFromName(u"maybe"_s), std::nullopt);
        QCOMPARE(consentStateFromName(u"opted_out"_s), std::optional(ConsentState::OptedOut));
        QCOMPARE(consentStateName(ConsentState::Unknown), u"unknown"_s);
    }

    void eventJsonRoundTrips()
    {
        const ConsentEvent original = makeEvent(
            ConsentKind::OptOut, ConsentSource::AgentOnCustomerRequest, u"agent:maria"_s, T0.addMSecs(250));
        const QJsonObject json = original.toJson();
        QCOMPARE(json.value(u"kind"_s).toString(), u"opt_out"_s);
        QCOMPARE(json.value(u"source"_s).toString(), u"agent_on_customer_request"_s);
        QCOMPARE(json.value(u"at"_s).toString(), u"2026-11-25T10:00:00.250Z"_s);
        QCOMPARE(ConsentEvent::fromJson(json), std::optional(original));
    }

    void eventJsonRejectsBadInput_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("unknown kind") << u"kind"_s << QJsonValue(u"subscribe"_s);
        QTest::newRow("unknown source") << u"source"_s << QJsonValue(u"sms"_s);
        QTest::newRow("bad time") << u"at"_s << QJsonValue(u"yesterday"_s);
        QTest::newRow("number actor") << u"actor"_s << QJsonValue(42);
        QTest::newRow("missing evidence") << u"evidence"_s << QJsonValue(QJsonValue::Undefined);
    }

    void eventJsonRejectsBadInput()
    {
        QFETCH(QString, member);
        QFETCH(QJsonValue, value);
        QJsonObject json = webOptIn(T0).toJson();
        if (value.isUndefined())
            json.remove(member);
        else
            json.insert(member, value);
        QString error;
        QCOMPARE(ConsentEvent::fromJson(json, &error), std::nullopt);
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConsentLedger)
#include "tst_consentledger.moc"

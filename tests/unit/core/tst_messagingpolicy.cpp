#include "core/consentledger.h"
#include "core/messagetemplate.h"
#include "core/messagingpolicy.h"

#include <QTest>

using namespace Atendo;
using namespace Qt::StringLiterals;

namespace {

const QDateTime T0(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);

enum class Consent
{
    Unknown,
    OptedIn,
    OptedOut,
    OptedInMarketingStopped
};
enum class Window
{
    Open,
    Closed
};

ConsentLedger ledgerFor(Consent consent)
{
    ConsentLedger ledger;
    if (consent == Consent::Unknown)
        return ledger;
    ledger.append({ConsentKind::OptIn, ConsentSource::WebForm, u"form #7"_s, u"customer"_s, T0.addDays(-30)});
    if (consent == Consent::OptedOut)
        ledger.append({ConsentKind::OptOut, ConsentSource::Keyword, u"STOP"_s, u"system"_s, T0.addDays(-1)});
    if (consent == Consent::OptedInMarketingStopped)
        ledger.append(
            {ConsentKind::MarketingStop, ConsentSource::MetaMarketingStop, {}, u"system"_s, T0.addDays(-1)});
    return ledger;
}

MessageTemplate makeTemplate(MessageCategory category, TemplateStatus status = TemplateStatus::Approved)
{
    MessageTemplate tmpl;
    tmpl.name = u"order_update"_s;
    tmpl.language = u"pt_BR"_s;
    tmpl.category = category;
    tmpl.status = status;
    tmpl.bodyText = u"Olá {{1}}, seu pedido {{2}} saiu para entrega."_s;
    return tmpl;
}

TemplateParameters goodParams()
{
    TemplateParameters params;
    params.body = {{u"1"_s, u"Maria"_s}, {u"2"_s, u"42"_s}};
    return params;
}

// Holds what a SendContext points to.
struct Scenario
{
    ConsentLedger consent;
    MessageTemplate tmpl = makeTemplate(MessageCategory::Utility);
    SendContext context;

    Scenario(SendKind kind, Consent consentState, Window window) : consent(ledgerFor(consentState))
    {
        context.kind = kind;
        context.consent = &consent;
        // The customer last wrote 2 h ago (open) or 2 days ago (closed).
        context.window = CustomerWindow::opened(window == Window::Open ? T0.addSecs(-7200) : T0.addDays(-2));
        context.now = T0;
        context.tmpl = &tmpl;
        context.params = goodParams();
        context.role = AgentRole::Agent;
        context.actorIsAssignee = true;
    }

    PolicyDecision decide(const PolicyConfig& config = {}) const
    {
        return MessagingPolicy(config).decide(context);
    }
};

} // namespace

class TestMessagingPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void notesAreAlwaysAllowedAndFree()
    {
        Scenario s(SendKind::Note, Consent::OptedOut, Window::Closed);
        s.context.actorIsAssignee = false;
        const PolicyDecision decision = s.decide();
        QVERIFY(decision.allowed);
        QCOMPARE(decision.reason, PolicyReason::None);
        QVERIFY(!decision.billable);
        QCOMPARE(decision.billingCategory, MessageCategory::Service);
        PolicyConfig billed;
        billed.billing.serviceMessagesBillable = true;
        QVERIFY(!s.decide(billed).billable);
    }

    void decisions_data()
    {
        QTest::addColumn<SendKind>("kind");
        QTest::addColumn<Consent>("consent");
        QTest::addColumn<Window>("window");
        QTest::addColumn<bool>("assignee");
        QTest::addColumn<AgentRole>("role");
        QTest::addColumn<TemplateStatus>("status");
        QTest::addColumn<MessageCategory>("category");
        QTest::addColumn<bool>("paramsValid");
        QTest::addColumn<PolicyReason>("reason");

        const auto agent = AgentRole::Agent;
        const auto ok = TemplateStatus::Approved;
        const auto utility = MessageCategory::Utility;
        const auto marketing = MessageCategory::Marketing;
        using R = PolicyReason;
        using K = SendKind;
        using C = Consent;
        using W = Window;

        // Free-form and reactions.
        QTest::newRow("free-form in window")
            << K::FreeForm << C::Unknown << W::Open << true << agent << ok << utility << true << R::None;
        QTest::newRow("free-form window closed") << K::FreeForm << C::OptedIn << W::Closed << true << agent
                                                 << ok << utility << true << R::WindowClosed;
        QTest::newRow("reaction in window")
            << K::Reaction << C::OptedIn << W::Open << true << agent << ok << utility << true << R::None;
        QTest::newRow("reaction window closed") << K::Reaction << C::OptedIn << W::Closed << true << agent
                                                << ok << utility << true << R::WindowClosed;
        // Opted out: nothing leaves, and it wins over everything else.
        QTest::newRow("opted out free-form in window")
            << K::FreeForm << C::OptedOut << W::Open << true << agent << ok << utility << true
            << R::ContactOptedOut;
        QTest::newRow("opted out reaction") << K::Reaction << C::OptedOut << W::Open << true << agent << ok
                                            << utility << true << R::ContactOptedOut;
        QTest::newRow("opted out template") << K::Template << C::OptedOut << W::Open << true << agent << ok
                                            << utility << true << R::ContactOptedOut;
        QTest::newRow("opted out beats not assigned") << K::FreeForm << C::OptedOut << W::Open << false
                                                      << agent << ok << utility << true << R::ContactOptedOut;
        QTest::newRow("opted out beats window closed")
            << K::FreeForm << C::OptedOut << W::Closed << true << agent << ok << utility << true
            << R::ContactOptedOut;
        QTest::newRow("opted out beats not approved")
            << K::Template << C::OptedOut << W::Closed << true << agent << TemplateStatus::Paused << utility
            << false << R::ContactOptedOut;
        QTest::newRow("opted out, admin") << K::Template << C::OptedOut << W::Open << false
                                          << AgentRole::Admin << ok << utility << true << R::ContactOptedOut;
        // Assignment.
        QTest::newRow("not assignee") << K::FreeForm << C::OptedIn << W::Open << false << agent << ok
                                      << utility << true << R::NotAssigned;
        QTest::newRow("not assignee beats window closed") << K::FreeForm << C::OptedIn << W::Closed << false
                                                          << agent << ok << utility << true << R::NotAssigned;
        QTest::newRow("not assignee template")
            << K::Template << C::OptedIn << W::Closed << false << agent << TemplateStatus::Rejected << utility
            << true << R::NotAssigned;
        QTest::newRow("team lead takes over") << K::FreeForm << C::OptedIn << W::Open << false
                                              << AgentRole::TeamLead << ok << utility << true << R::None;
        QTest::newRow("admin takes over") << K::Template << C::OptedIn << W::Closed << false
                                          << AgentRole::Admin << ok << utility << true << R::None;
        QTest::newRow("team lead still needs the window")
            << K::FreeForm << C::OptedIn << W::Closed << false << AgentRole::TeamLead << ok << utility << true
            << R::WindowClosed;
        // Templates.
        QTest::newRow("template opted in, window closed")
            << K::Template << C::OptedIn << W::Closed << true << agent << ok << utility << true << R::None;
        QTest::newRow("template wrote first, window open")
            << K::Template << C::Unknown << W::Open << true << agent << ok << marketing << true << R::None;
        QTest::newRow("template no opt-in, window closed")
            << K::Template << C::Unknown << W::Closed << true << agent << ok << utility << true << R::NoOptIn;
        QTest::newRow("template paused")
            << K::Template << C::OptedIn << W::Open << true << agent << TemplateStatus::Paused << utility
            << true << R::TemplateNotApproved;
        QTest::newRow("template pending")
            << K::Template << C::OptedIn << W::Open << true << agent << TemplateStatus::Pending << utility
            << true << R::TemplateNotApproved;
        QTest::newRow("not approved beats no opt-in")
            << K::Template << C::Unknown << W::Closed << true << agent << TemplateStatus::Rejected << utility
            << false << R::TemplateNotApproved;
        QTest::newRow("no opt-in beats bad params") << K::Template << C::Unknown << W::Closed << true << agent
                                                    << ok << utility << false << R::NoOptIn;
        QTest::newRow("bad params") << K::Template << C::OptedIn << W::Closed << true << agent << ok
                                    << utility << false << R::TemplateParamsInvalid;
        QTest::newRow("marketing to marketing-stopped")
            << K::Template << C::OptedInMarketingStopped << W::Closed << true << agent << ok << marketing
            << true << R::MarketingStopped;
        QTest::newRow("marketing stopped, even in window")
            << K::Template << C::OptedInMarketingStopped << W::Open << true << agent << ok << marketing
            << true << R::MarketingStopped;
        QTest::newRow("marketing stopped beats bad params")
            << K::Template << C::OptedInMarketingStopped << W::Closed << true << agent << ok << marketing
            << false << R::MarketingStopped;
        QTest::newRow("utility to marketing-stopped")
            << K::Template << C::OptedInMarketingStopped << W::Closed << true << agent << ok << utility
            << true << R::None;
        QTest::newRow("free-form to marketing-stopped")
            << K::FreeForm << C::OptedInMarketingStopped << W::Open << true << agent << ok << utility << true
            << R::None;
    }

    void decisions()
    {
        QFETCH(SendKind, kind);
        QFETCH(Consent, consent);
        QFETCH(Window, window);
        QFETCH(bool, assignee);
        QFETCH(AgentRole, role);
        QFETCH(TemplateStatus, status);
        QFETCH(MessageCategory, category);
        QFETCH(bool, paramsValid);
        QFETCH(PolicyReason, reason);
        Scenario s(kind, consent, window);
        s.context.actorIsAssignee = assignee;
        s.context.role = role;
        s.tmpl = makeTemplate(category, status);
        if (!paramsValid)
            s.context.params.body.remove(u"2"_s);
        const PolicyDecision decision = s.decide();
        QCOMPARE(decision.reason, reason);
        QCOMPARE(decision.allowed, reason == PolicyReason::None);
    }

    void windowBoundaryForFreeForm_data()
    {
        QTest::addColumn<qint64>("secondsSinceInbound");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("one second before 24 h") << 86399LL << true;
        QTest::newRow("exactly 24 h") << 86400LL << false;
        QTest::newRow("one second after") << 86401LL << false;
    }

    void windowBoundaryForFreeForm()
    {
        QFETCH(qint64, secondsSinceInbound);
        QFETCH(bool, allowed);
        Scenario s(SendKind::FreeForm, Consent::Unknown, Window::Open);
        s.context.window = CustomerWindow::opened(T0.addSecs(-secondsSinceInbound));
        QCOMPARE(s.decide().allowed, allowed);
        // A customer who only wrote first may still get a template while the window is open.
        s.context.kind = SendKind::Template;
        QCOMPARE(s.decide().reason, allowed ? PolicyReason::None : PolicyReason::NoOptIn);
    }

    void missingTemplateOrLedger()
    {
        Scenario s(SendKind::Template, Consent::OptedIn, Window::Open);
        s.context.tmpl = nullptr;
        QCOMPARE(s.decide().reason, PolicyReason::TemplateNotApproved);
        Scenario noLedger(SendKind::Template, Consent::OptedIn, Window::Closed);
        noLedger.context.consent = nullptr;
        QCOMPARE(noLedger.decide().reason, PolicyReason::NoOptIn);
        noLedger.context.kind = SendKind::FreeForm;
        noLedger.context.window = CustomerWindow::opened(T0);
        QVERIFY(noLedger.decide().allowed);
    }

    void paramErrorsAreReportedEvenWhenAnotherReasonWins()
    {
        Scenario s(SendKind::Template, Consent::Unknown, Window::Closed);
        s.context.params = {};
        const PolicyDecision decision = s.decide();
        QCOMPARE(decision.reason, PolicyReason::NoOptIn);
        QCOMPARE(decision.paramErrors.size(), 2);
        QCOMPARE(decision.paramErrors.first().reason, TemplateParamErrorReason::Missing);

        Scenario invalid(SendKind::Template, Consent::OptedIn, Window::Closed);
        invalid.context.params.body.insert(u"1"_s, u"Maria\nSilva"_s);
        const PolicyDecision second = invalid.decide();
        QCOMPARE(second.reason, PolicyReason::TemplateParamsInvalid);
        QCOMPARE(second.paramErrors.size(), 1);
        QCOMPARE(second.paramErrors.first().reason, TemplateParamErrorReason::Newline);
    }

    void billing_data()
    {
        QTest::addColumn<SendKind>("kind");
        QTest::addColumn<MessageCategory>("category");
        QTest::addColumn<Window>("window");
        QTest::addColumn<bool>("freeEntryPoint");
        QTest::addColumn<bool>("serviceBillable");
        QTest::addColumn<bool>("utilityInWindowBillable");
        QTest::addColumn<MessageCategory>("billedAs");
        QTest::addColumn<bool>("billable");
        using M = MessageCategory;
        using K = SendKind;
        using W = Window;
        // Defaults (per-message pricing from 1 Jul 2025).
        QTest::newRow("service reply free")
            << K::FreeForm << M::Utility << W::Open << false << false << false << M::Service << false;
        QTest::newRow("reaction free")
            << K::Reaction << M::Utility << W::Open << false << false << false << M::Service << false;
        QTest::newRow("utility in window free")
            << K::Template << M::Utility << W::Open << false << false << false << M::Utility << false;
        QTest::newRow("utility outside window billed")
            << K::Template << M::Utility << W::Closed << false << false << false << M::Utility << true;
        QTest::newRow("marketing in window billed")
            << K::Template << M::Marketing << W::Open << false << false << false << M::Marketing << true;
        QTest::newRow("marketing outside billed")
            << K::Template << M::Marketing << W::Closed << false << false << false << M::Marketing << true;
        QTest::newRow("authentication in window billed")
            << K::Template << M::Authentication << W::Open << false << false << false << M::Authentication
            << true;
        // Meta's 1 Oct 2026 switches.
        QTest::newRow("service billed when configured")
            << K::FreeForm << M::Utility << W::Open << false << true << false << M::Service << true;
        QTest::newRow("utility in window billed when configured")
            << K::Template << M::Utility << W::Open << false << false << true << M::Utility << true;
        // Free entry point: all free for 72 h.
        QTest::newRow("marketing in free entry point")
            << K::Template << M::Marketing << W::Closed << true << false << false << M::Marketing << false;
        QTest::newRow("service in free entry point, even when billed")
            << K::FreeForm << M::Utility << W::Open << true << true << true << M::Service << false;
        QTest::newRow("utility outside window in free entry point")
            << K::Template << M::Utility << W::Closed << true << false << false << M::Utility << false;
    }

    void billing()
    {
        QFETCH(SendKind, kind);
        QFETCH(MessageCategory, category);
        QFETCH(Window, window);
        QFETCH(bool, freeEntryPoint);
        QFETCH(bool, serviceBillable);
        QFETCH(bool, utilityInWindowBillable);
        QFETCH(MessageCategory, billedAs);
        QFETCH(bool, billable);
        Scenario s(kind, Consent::OptedIn, window);
        s.tmpl = makeTemplate(category);
        if (freeEntryPoint)
            s.context.window = s.context.window.withFreeEntryPoint(T0.addDays(-2));
        PolicyConfig config;
        config.billing.serviceMessagesBillable = serviceBillable;
        config.billing.utilityInWindowBillable = utilityInWindowBillable;
        const PolicyDecision decision = s.decide(config);
        QCOMPARE(decision.billingCategory, billedAs);
        QCOMPARE(decision.billable, billable);
    }

    void expiredFreeEntryPointIsBilled()
    {
        Scenario s(SendKind::Template, Consent::OptedIn, Window::Closed);
        s.tmpl = makeTemplate(MessageCategory::Marketing);
        s.context.window = s.context.window.withFreeEntryPoint(T0.addDays(-3));
        QVERIFY(!s.context.window.isFreeEntryPointActive(T0));
        QVERIFY(s.decide().billable);
        PolicyConfig config;
        config.billing.freeEntryPointFree = false;
        s.context.window = s.context.window.withFreeEntryPoint(T0.addDays(-1));
        QVERIFY(s.decide(config).billable);
    }

    void billingIsShownForARefusedTemplate()
    {
        Scenario s(SendKind::Template, Consent::OptedIn, Window::Closed);
        s.tmpl = makeTemplate(MessageCategory::Marketing);
        s.context.params = {};
        const PolicyDecision decision = s.decide();
        QVERIFY(!decision.allowed);
        QCOMPARE(decision.billingCategory, MessageCategory::Marketing);
        QVERIFY(decision.billable);
    }

    void reasonCodes_data()
    {
        QTest::addColumn<PolicyReason>("reason");
        QTest::addColumn<QString>("code");
        QTest::newRow("none") << PolicyReason::None << QString();
        QTest::newRow("window_closed") << PolicyReason::WindowClosed << u"window_closed"_s;
        QTest::newRow("contact_opted_out") << PolicyReason::ContactOptedOut << u"contact_opted_out"_s;
        QTest::newRow("no_opt_in") << PolicyReason::NoOptIn << u"no_opt_in"_s;
        QTest::newRow("template_not_approved")
            << PolicyReason::TemplateNotApproved << u"template_not_approved"_s;
        QTest::newRow("template_params_invalid")
            << PolicyReason::TemplateParamsInvalid << u"template_params_invalid"_s;
        QTest::newRow("not_assigned") << PolicyReason::NotAssigned << u"not_assigned"_s;
        QTest::newRow("marketing_stopped") << PolicyReason::MarketingStopped << u"marketing_stopped"_s;
    }

    void reasonCodes()
    {
        QFETCH(PolicyReason, reason);
        QFETCH(QString, code);
        QCOMPARE(policyReasonCode(reason), code);
        QCOMPARE(policyReasonFromCode(code), std::optional(reason));
    }

    void names()
    {
        QCOMPARE(policyReasonFromCode(u"forbidden"_s), std::nullopt);
        QCOMPARE(agentRoleName(AgentRole::TeamLead), u"team_lead"_s);
        QCOMPARE(agentRoleFromName(u"admin"_s), std::optional(AgentRole::Admin));
        QCOMPARE(agentRoleFromName(u"Admin"_s), std::nullopt);
        QCOMPARE(sendKindName(SendKind::FreeForm), u"free_form"_s);
        QCOMPARE(sendKindFromName(u"reaction"_s), std::optional(SendKind::Reaction));
        QCOMPARE(sendKindFromName(u"sms"_s), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestMessagingPolicy)
#include "tst_messagingpolicy.moc"

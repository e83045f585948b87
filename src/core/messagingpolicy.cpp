#include "core/messagingpolicy.h"

#include "core/consentledger.h"
#include "core/messagetemplate.h"

using namespace Qt::StringLiterals;

namespace Atendo {

namespace {

constexpr PolicyReason AllReasons[] = {PolicyReason::WindowClosed, PolicyReason::ContactOptedOut,
    PolicyReason::NoOptIn, PolicyReason::TemplateNotApproved, PolicyReason::TemplateParamsInvalid,
    PolicyReason::NotAssigned, PolicyReason::MarketingStopped};

PolicyDecision denied(PolicyDecision decision, PolicyReason reason)
{
    decision.allowed = false;
    decision.reason = reason;
    return decision;
}

} // namespace

QString sendKindName(SendKind kind)
{
    switch (kind) {
    case SendKind::FreeForm:
        return u"free_form"_s;
    case SendKind::Template:
        return u"template"_s;
    case SendKind::Note:
        return u"note"_s;
    case SendKind::Reaction:
        return u"reaction"_s;
    }
    return {};
}

std::optional<SendKind> sendKindFromName(const QString& name)
{
    for (const auto kind : {SendKind::FreeForm, SendKind::Template, SendKind::Note, SendKind::Reaction}) {
        if (name == sendKindName(kind))
            return kind;
    }
    return std::nullopt;
}

QString agentRoleName(AgentRole role)
{
    switch (role) {
    case AgentRole::Agent:
        return u"agent"_s;
    case AgentRole::TeamLead:
        return u"team_lead"_s;
    case AgentRole::Admin:
        return u"admin"_s;
    }
    return {};
}

std::optional<AgentRole> agentRoleFromName(const QString& name)
{
    for (const auto role : {AgentRole::Agent, AgentRole::TeamLead, AgentRole::Admin}) {
        if (name == agentRoleName(role))
            return role;
    }
    return std::nullopt;
}

QString policyReasonCode(PolicyReason reason)
{
    switch (reason) {
    case PolicyReason::None:
        return {};
    case PolicyReason::WindowClosed:
        return u"window_closed"_s;
    case PolicyReason::ContactOptedOut:
        return u"contact_opted_out"_s;
    case PolicyReason::NoOptIn:
        return u"no_opt_in"_s;
    case PolicyReason::TemplateNotApproved:
        return u"template_not_approved"_s;
    case PolicyReason::TemplateParamsInvalid:
        return u"template_params_invalid"_s;
    case PolicyReason::NotAssigned:
        return u"not_assigned"_s;
    case PolicyReason::MarketingStopped:
        return u"marketing_stopped"_s;
    }
    return {};
}

std::optional<PolicyReason> policyReasonFromCode(const QString& code)
{
    if (code.isEmpty())
        return PolicyReason::None;
    for (const auto reason : AllReasons) {
        if (code == policyReasonCode(reason))
            return reason;
    }
    return std::nullopt;
}

MessagingPolicy::MessagingPolicy(PolicyConfig config) : m_config(config)
{ }

bool MessagingPolicy::isBillable(MessageCategory category, bool isTemplate, const CustomerWindow& window,
    const QDateTime& now, const BillingRules& rules)
{
    if (rules.freeEntryPointFree && window.isFreeEntryPointActive(now))
        return false;
    if (!isTemplate)
        return rules.serviceMessagesBillable;
    switch (category) {
    case MessageCategory::Marketing:
    case MessageCategory::Authentication:
        return true;
    case MessageCategory::Utility:
        return !window.isOpen(now) || rules.utilityInWindowBillable;
    case MessageCategory::Service:
        return rules.serviceMessagesBillable;
    }
    return true;
}

PolicyDecision MessagingPolicy::decide(const SendContext& context) const
{
    PolicyDecision decision;
    if (context.kind == SendKind::Note) {
        decision.allowed = true;
        return decision;
    }

    const ConsentLedger noEvents;
    const ConsentLedger& consent = context.consent ? *context.consent : noEvents;
    const bool isTemplate = context.kind == SendKind::Template;
    if (isTemplate) {
        if (context.tmpl) {
            decision.billingCategory = context.tmpl->category;
            decision.paramErrors = TemplateValidator::validate(*context.tmpl, context.params);
        }
    }
    decision.billable
        = isBillable(decision.billingCategory, isTemplate, context.window, context.now, m_config.billing);

    if (consent.state() == ConsentState::OptedOut)
        return denied(decision, PolicyReason::ContactOptedOut);
    const bool mayActForOthers = context.role == AgentRole::TeamLead || context.role == AgentRole::Admin;
    if (!context.actorIsAssignee && !mayActForOthers)
        return denied(decision, PolicyReason::NotAssigned);
    if (isTemplate)
        return decideTemplate(context, consent, decision);
    if (!context.window.isOpen(context.now))
        return denied(decision, PolicyReason::WindowClosed);
    decision.allowed = true;
    return decision;
}

PolicyDecision MessagingPolicy::decideTemplate(
    const SendContext& context, const ConsentLedger& consent, PolicyDecision decision) const
{
    if (!context.tmpl || !context.tmpl->isSendable())
        return denied(decision, PolicyReason::TemplateNotApproved);
    // A person who wrote first within 24 h may receive templates without an opt-in.
    if (consent.state() != ConsentState::OptedIn && !context.window.isOpen(context.now))
        return denied(decision, PolicyReason::NoOptIn);
    if (!consent.isContactable(context.tmpl->category))
        return denied(decision, PolicyReason::MarketingStopped);
    if (!decision.paramErrors.isEmpty())
        return denied(decision, PolicyReason::TemplateParamsInvalid);
    decision.allowed = true;
    return decision;
}

} // namespace Atendo

#pragma once

#include "core/customerwindow.h"
#include "core/messagecategory.h"
#include "core/templateparameters.h"
#include "core/templatevalidator.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <chrono>
#include <optional>

namespace Atendo {

class ConsentLedger;
struct MessageTemplate;

// What an agent (or the system) is about to send.
// FreeForm: text/media typed by an agent. Note: an internal note, never leaves Atendo.
enum class SendKind
{
    FreeForm,
    Template,
    Note,
    Reaction
};
// "free_form", "template", "note", "reaction".
[[nodiscard]] QString sendKindName(SendKind kind);
[[nodiscard]] std::optional<SendKind> sendKindFromName(const QString& name);

enum class AgentRole
{
    Agent,
    TeamLead,
    Admin
};
// "agent", "team_lead", "admin".
[[nodiscard]] QString agentRoleName(AgentRole role);
[[nodiscard]] std::optional<AgentRole> agentRoleFromName(const QString& name);

enum class PolicyReason
{
    None,
    WindowClosed,
    ContactOptedOut,
    NoOptIn,
    TemplateNotApproved,
    TemplateParamsInvalid,
    NotAssigned,
    MarketingStopped
};
// Stable wire codes (DESIGN.md "Protocol principles"): "" for None, "window_closed",
// "contact_opted_out", "no_opt_in", "template_not_approved", "template_params_invalid",
// "not_assigned", "marketing_stopped".
[[nodiscard]] QString policyReasonCode(PolicyReason reason);
[[nodiscard]] std::optional<PolicyReason> policyReasonFromCode(const QString& code);

// Which messages Meta bills. These change (cloudapi.md §5.4): per-message pricing
// from 1 Jul 2025 made service replies and utility templates inside an open window
// free; Meta announced that from 1 Oct 2026 it bills both. The defaults are the
// 2025 rules; the operator switches them in configuration, the code never hard-codes
// a date. Marketing and authentication templates are always billable.
struct BillingRules
{
    // Free-form replies (and reactions) inside the window. Billed from 1 Oct 2026.
    bool serviceMessagesBillable {false};
    // Utility templates while the window is open. Billed from 1 Oct 2026.
    bool utilityInWindowBillable {false};
    // Everything inside an active free-entry-point window is free (kept in 2026).
    bool freeEntryPointFree {true};

    bool operator==(const BillingRules& other) const = default;
};

struct PolicyConfig
{
    BillingRules billing;
    // How soon before expiry a window counts as closing soon. decide() does not use
    // it; it is here so the server and consoles read one setting when they compute
    // CustomerWindow::state().
    std::chrono::seconds closingSoonThreshold {CustomerWindow::DefaultClosingSoonThreshold};
};

struct SendContext
{
    SendKind kind {SendKind::FreeForm};
    // The contact's consent trail; nullptr means no events (state Unknown).
    const ConsentLedger* consent {nullptr};
    CustomerWindow window;
    // The server's time of the decision.
    QDateTime now;
    // For Template sends; nullptr is treated as a template that is not approved.
    const MessageTemplate* tmpl {nullptr};
    TemplateParameters params;
    AgentRole role {AgentRole::Agent};
    // Whether the acting agent is the conversation's assignee.
    bool actorIsAssignee {false};
};

struct PolicyDecision
{
    bool allowed {false};
    PolicyReason reason {PolicyReason::None};
    // What the message would be billed as: Service for free-form, reactions and
    // notes; the template's category for templates. Filled even when not allowed so
    // a UI can show the price notice while the agent is still filling the form.
    MessageCategory billingCategory {MessageCategory::Service};
    // Whether Meta would bill it, under the configured BillingRules, if it went out
    // now. Also filled when not allowed (for the price notice); the server bills only
    // what it actually sends. Notes are never billable.
    bool billable {false};
    // For templates: every parameter problem (also when another reason won).
    QList<TemplateParamError> paramErrors;
};

// The ONE place that decides whether something may be sent (DESIGN.md "The
// platform's rules"). The server calls it before every send; the console calls the
// same function to disable what the server would refuse.
//
// Precedence (first failing rule wins):
//   0. Note: always allowed, not billable (internal, never reaches the customer).
//   1. ContactOptedOut: an opted-out contact receives nothing (free-form, template,
//      reaction) from anyone.
//   2. NotAssigned: only the assignee may send, unless the role is TeamLead or Admin.
//   3. FreeForm / Reaction: WindowClosed outside the 24 h window.
//   4. Template:
//      a. TemplateNotApproved: status is not APPROVED (or no template given);
//      b. NoOptIn: the contact is not opted in (state Unknown) and the window is closed (a person
//         who wrote first within 24 h may receive templates);
//      c. MarketingStopped: a marketing template to a contact who stopped marketing
//         in WhatsApp (Meta would fail it with 131050);
//      d. TemplateParamsInvalid: TemplateValidator found problems.
//   Who may receive comes before how the form is filled, so an agent never fixes
//   fields for a send that cannot happen; paramErrors is filled in any case.
class MessagingPolicy
{
public:
    explicit MessagingPolicy(PolicyConfig config = {});

    [[nodiscard]] PolicyDecision decide(const SendContext& context) const;

    // Whether Meta bills a message of `category` given the window at `now`, under
    // `rules`. `isTemplate` distinguishes a utility template from a service reply.
    [[nodiscard]] static bool isBillable(MessageCategory category, bool isTemplate,
        const CustomerWindow& window, const QDateTime& now, const BillingRules& rules);

    [[nodiscard]] const PolicyConfig& config() const { return m_config; }

private:
    [[nodiscard]] PolicyDecision decideTemplate(
        const SendContext& context, const ConsentLedger& consent, PolicyDecision decision) const;

    PolicyConfig m_config;
};

} // namespace Atendo

#pragma once

#include "core/consentevent.h"
#include "core/messagecategory.h"

#include <QList>
#include <QString>

#include <optional>

namespace Atendo {

// A contact's consent to be contacted at all.
enum class ConsentState
{
    Unknown,
    OptedIn,
    OptedOut
};

// "unknown", "opted_in", "opted_out".
[[nodiscard]] QString consentStateName(ConsentState state);
[[nodiscard]] std::optional<ConsentState> consentStateFromName(const QString& name);

// Why ConsentLedger::append() refused an event.
enum class ConsentRejection
{
    None,
    // An opt-in (or marketing resume) recorded by an agent or with source
    // AgentOnCustomerRequest: agents cannot invent consent (DESIGN.md rule 1).
    AgentCannotOptIn,
    // Meta's marketing preference signal used as an opt-in or opt-out: it only
    // stops/resumes marketing.
    SourceNotAllowedForKind,
    InvalidTime,
    MissingActor
};

// "agent_cannot_opt_in", "source_not_allowed_for_kind", "invalid_time", "missing_actor"; "" for None.
[[nodiscard]] QString consentRejectionCode(ConsentRejection rejection);

struct AppendResult
{
    bool accepted {false};
    ConsentRejection rejection {ConsentRejection::None};
    // Human-readable explanation (English, for logs and error messages).
    QString reason;

    explicit operator bool() const { return accepted; }
};

// The append-only consent audit trail of ONE contact, and what it means.
//
// Ordering: events are kept in append order, and an event older than the last
// one is accepted (webhooks arrive late and out of order). The state is decided
// by the LATEST event by `at`; among events with the same `at`, the one appended
// last wins. So a late-arriving old opt-in never overrides a newer opt-out.
//
// What lifts an opt-out: only a later OptIn event. An ordinary inbound message is
// not consent and is never recorded here as one; deciding that only a keyword,
// API or web-form opt-in is recorded is the server's job.
//
// Meta's marketing stop/resume is tracked separately (marketingStopped()): an
// opt-in does not clear it (Meta keeps refusing marketing until the person
// resumes in WhatsApp), and an opt-out does not need it.
class ConsentLedger
{
public:
    ConsentLedger() = default;

    // Loads a trail from storage as it was recorded: no validation, order kept
    // (storage holds only events that append() accepted).
    [[nodiscard]] static ConsentLedger fromEvents(QList<ConsentEvent> events);

    // Validates and appends. Rejected events change nothing.
    AppendResult append(const ConsentEvent& event);

    // Returns the rejection append() would give, without appending.
    [[nodiscard]] static AppendResult check(const ConsentEvent& event);

    [[nodiscard]] const QList<ConsentEvent>& events() const { return m_events; }
    [[nodiscard]] bool isEmpty() const { return m_events.isEmpty(); }

    // Unknown when no OptIn/OptOut event exists.
    [[nodiscard]] ConsentState state() const;
    // The OptIn/OptOut event that decides state(), if any (for "opted out via
    // keyword on ..." badges).
    [[nodiscard]] std::optional<ConsentEvent> stateEvent() const;

    // True when the latest MarketingStop/MarketingResume event is a stop.
    [[nodiscard]] bool marketingStopped() const;
    [[nodiscard]] std::optional<ConsentEvent> marketingEvent() const;

    // Whether consent forbids a message of this category: false when opted out
    // (any category), false for Marketing when marketingStopped(). True otherwise,
    // including Unknown: whether an unknown contact may be messaged depends on the
    // window and is MessagingPolicy's decision.
    [[nodiscard]] bool isContactable(MessageCategory category) const;

    bool operator==(const ConsentLedger& other) const = default;

private:
    // Index of the latest event (by time, then append order) among those whose
    // kind is a or b; -1 if none.
    [[nodiscard]] qsizetype latestOf(ConsentKind a, ConsentKind b) const;

    QList<ConsentEvent> m_events;
};

} // namespace Atendo

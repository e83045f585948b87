#include "core/consentledger.h"

using namespace Qt::StringLiterals;

namespace Atendo {

namespace {

AppendResult rejected(ConsentRejection rejection, const QString& reason)
{
    return AppendResult {false, rejection, reason};
}

bool isConsentKind(ConsentKind kind)
{
    return kind == ConsentKind::OptIn || kind == ConsentKind::OptOut;
}

} // namespace

QString consentStateName(ConsentState state)
{
    switch (state) {
    case ConsentState::Unknown:
        return u"unknown"_s;
    case ConsentState::OptedIn:
        return u"opted_in"_s;
    case ConsentState::OptedOut:
        return u"opted_out"_s;
    }
    return {};
}

std::optional<ConsentState> consentStateFromName(const QString& name)
{
    for (const auto state : {ConsentState::Unknown, ConsentState::OptedIn, ConsentState::OptedOut}) {
        if (name == consentStateName(state))
            return state;
    }
    return std::nullopt;
}

QString consentRejectionCode(ConsentRejection rejection)
{
    switch (rejection) {
    case ConsentRejection::None:
        return {};
    case ConsentRejection::AgentCannotOptIn:
        return u"agent_cannot_opt_in"_s;
    case ConsentRejection::SourceNotAllowedForKind:
        return u"source_not_allowed_for_kind"_s;
    case ConsentRejection::InvalidTime:
        return u"invalid_time"_s;
    case ConsentRejection::MissingActor:
        return u"missing_actor"_s;
    }
    return {};
}

ConsentLedger ConsentLedger::fromEvents(QList<ConsentEvent> events)
{
    ConsentLedger ledger;
    ledger.m_events = std::move(events);
    return ledger;
}

AppendResult ConsentLedger::check(const ConsentEvent& event)
{
    if (!event.at.isValid())
        return rejected(ConsentRejection::InvalidTime, u"A consent event needs the time it happened."_s);
    if (event.actor.trimmed().isEmpty())
        return rejected(
            ConsentRejection::MissingActor, u"A consent event needs the actor who recorded it."_s);
    const bool grantsConsent = event.kind == ConsentKind::OptIn || event.kind == ConsentKind::MarketingResume;
    if (grantsConsent && (event.isByAgent() || event.source == ConsentSource::AgentOnCustomerRequest)) {
        return rejected(ConsentRejection::AgentCannotOptIn,
            u"Only the person can give consent (web form, e-mail, landing page, keyword or API); "
            "an agent cannot record it."_s);
    }
    if (isConsentKind(event.kind) && event.source == ConsentSource::MetaMarketingStop) {
        return rejected(ConsentRejection::SourceNotAllowedForKind,
            u"Meta's marketing preference only stops or resumes marketing messages."_s);
    }
    return AppendResult {true, ConsentRejection::None, {}};
}

AppendResult ConsentLedger::append(const ConsentEvent& event)
{
    AppendResult result = check(event);
    if (result.accepted) {
        ConsentEvent stored = event;
        stored.at = event.at.toUTC();
        m_events.append(stored);
    }
    return result;
}

qsizetype ConsentLedger::latestOf(ConsentKind a, ConsentKind b) const
{
    qsizetype latest = -1;
    for (qsizetype i = 0; i < m_events.size(); ++i) {
        const ConsentEvent& event = m_events.at(i);
        if (event.kind != a && event.kind != b)
            continue;
        // ">=" so that among equal times the later append wins.
        if (latest < 0 || event.at >= m_events.at(latest).at)
            latest = i;
    }
    return latest;
}

ConsentState ConsentLedger::state() const
{
    const qsizetype i = latestOf(ConsentKind::OptIn, ConsentKind::OptOut);
    if (i < 0)
        return ConsentState::Unknown;
    return m_events.at(i).kind == ConsentKind::OptIn ? ConsentState::OptedIn : ConsentState::OptedOut;
}

std::optional<ConsentEvent> ConsentLedger::stateEvent() const
{
    const qsizetype i = latestOf(ConsentKind::OptIn, ConsentKind::OptOut);
    return i < 0 ? std::nullopt : std::optional(m_events.at(i));
}

bool ConsentLedger::marketingStopped() const
{
    const qsizetype i = latestOf(ConsentKind::MarketingStop, ConsentKind::MarketingResume);
    return i >= 0 && m_events.at(i).kind == ConsentKind::MarketingStop;
}

std::optional<ConsentEvent> ConsentLedger::marketingEvent() const
{
    const qsizetype i = latestOf(ConsentKind::MarketingStop, ConsentKind::MarketingResume);
    return i < 0 ? std::nullopt : std::optional(m_events.at(i));
}

bool ConsentLedger::isContactable(MessageCategory category) const
{
    if (state() == ConsentState::OptedOut)
        return false;
    return !(category == MessageCategory::Marketing && marketingStopped());
}

} // namespace Atendo

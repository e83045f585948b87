#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Atendo {

// What happened to a contact's consent.
//  - OptIn / OptOut: the person's own consent to be contacted at all (DESIGN.md rules 1, 2).
//  - MarketingStop / MarketingResume: Meta's native "Offers and announcements"
//    switch (the `user_preferences` webhook, cloudapi.md §5.3). Independent of
//    opt-in/out: it only blocks marketing templates.
enum class ConsentKind
{
    OptIn,
    OptOut,
    MarketingStop,
    MarketingResume
};

// Where the consent came from (the evidence trail Meta's policy asks for).
//  - WebForm, Email, LandingPage: the person entered their own number.
//  - InThreadKeyword: consent given inside a WhatsApp thread (the person answered
//    an explicit consent question).
//  - Import: a bulk import of consent collected elsewhere (evidence says where).
//  - Api: an integration called our API (actor "api:<key name>").
//  - Keyword: a STOP/START keyword recognised by KeywordMatcher.
//  - AgentOnCustomerRequest: an agent recorded it because the customer asked.
//    Valid for opting OUT only: agents cannot invent an opt-in.
//  - MetaMarketingStop: Meta's user_preferences webhook.
enum class ConsentSource
{
    WebForm,
    Email,
    LandingPage,
    InThreadKeyword,
    Import,
    Api,
    Keyword,
    AgentOnCustomerRequest,
    MetaMarketingStop
};

// One entry in a contact's consent audit trail.
struct ConsentEvent
{
    ConsentKind kind {ConsentKind::OptIn};
    ConsentSource source {ConsentSource::WebForm};
    // Free text proving it: the form URL and submission id, the keyword message's
    // wamid, the import file name, ...
    QString evidence;
    // Who recorded it: "agent:<login>", "system", "api:<key name>", "customer".
    QString actor;
    // When it happened (UTC), not when it was stored.
    QDateTime at;

    // True when `actor` is "agent:..." (case-insensitive prefix).
    [[nodiscard]] bool isByAgent() const;

    // {"kind":"opt_in","source":"web_form","evidence":"...","actor":"...",
    //  "at":"2026-11-25T10:00:00Z"} (ISO 8601 UTC, millisecond precision kept when present).
    [[nodiscard]] QJsonObject toJson() const;
    // Strict: every field must be present with the right type and a known name;
    // "at" must be a valid ISO 8601 time. On failure returns nullopt and sets *error.
    [[nodiscard]] static std::optional<ConsentEvent> fromJson(
        const QJsonObject& json, QString* error = nullptr);

    bool operator==(const ConsentEvent& other) const = default;
};

// Stable names: "opt_in", "opt_out", "marketing_stop", "marketing_resume".
[[nodiscard]] QString consentKindName(ConsentKind kind);
[[nodiscard]] std::optional<ConsentKind> consentKindFromName(const QString& name);

// Stable names: "web_form", "email", "landing_page", "in_thread_keyword", "import",
// "api", "keyword", "agent_on_customer_request", "meta_marketing_stop".
[[nodiscard]] QString consentSourceName(ConsentSource source);
[[nodiscard]] std::optional<ConsentSource> consentSourceFromName(const QString& name);

} // namespace Atendo

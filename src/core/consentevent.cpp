#include "core/consentevent.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace Atendo {

namespace {

constexpr ConsentKind AllKinds[]
    = {ConsentKind::OptIn, ConsentKind::OptOut, ConsentKind::MarketingStop, ConsentKind::MarketingResume};

constexpr ConsentSource AllSources[] = {ConsentSource::WebForm, ConsentSource::Email,
    ConsentSource::LandingPage, ConsentSource::InThreadKeyword, ConsentSource::Import, ConsentSource::Api,
    ConsentSource::Keyword, ConsentSource::AgentOnCustomerRequest, ConsentSource::MetaMarketingStop};

void setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
}

} // namespace

QString consentKindName(ConsentKind kind)
{
    switch (kind) {
    case ConsentKind::OptIn:
        return u"opt_in"_s;
    case ConsentKind::OptOut:
        return u"opt_out"_s;
    case ConsentKind::MarketingStop:
        return u"marketing_stop"_s;
    case ConsentKind::MarketingResume:
        return u"marketing_resume"_s;
    }
    return {};
}

std::optional<ConsentKind> consentKindFromName(const QString& name)
{
    for (const auto kind : AllKinds) {
        if (name == consentKindName(kind))
            return kind;
    }
    return std::nullopt;
}

QString consentSourceName(ConsentSource source)
{
    switch (source) {
    case ConsentSource::WebForm:
        return u"web_form"_s;
    case ConsentSource::Email:
        return u"email"_s;
    case ConsentSource::LandingPage:
        return u"landing_page"_s;
    case ConsentSource::InThreadKeyword:
        return u"in_thread_keyword"_s;
    case ConsentSource::Import:
        return u"import"_s;
    case ConsentSource::Api:
        return u"api"_s;
    case ConsentSource::Keyword:
        return u"keyword"_s;
    case ConsentSource::AgentOnCustomerRequest:
        return u"agent_on_customer_request"_s;
    case ConsentSource::MetaMarketingStop:
        return u"meta_marketing_stop"_s;
    }
    return {};
}

std::optional<ConsentSource> consentSourceFromName(const QString& name)
{
    for (const auto source : AllSources) {
        if (name == consentSourceName(source))
            return source;
    }
    return std::nullopt;
}

bool ConsentEvent::isByAgent() const
{
    return actor.trimmed().startsWith(u"agent:"_s, Qt::CaseInsensitive);
}

QJsonObject ConsentEvent::toJson() const
{
    return QJsonObject {
        {u"kind"_s, consentKindName(kind)},
        {u"source"_s, consentSourceName(source)},
        {u"evidence"_s, evidence},
        {u"actor"_s, actor},
        {u"at"_s, at.toUTC().toString(Qt::ISODateWithMs)},
    };
}

std::optional<ConsentEvent> ConsentEvent::fromJson(const QJsonObject& json, QString* error)
{
    for (const auto& key : {u"kind"_s, u"source"_s, u"evidence"_s, u"actor"_s, u"at"_s}) {
        if (!json.value(key).isString()) {
            setError(error, u"consent event: \"%1\" must be a string"_s.arg(key));
            return std::nullopt;
        }
    }
    const auto kind = consentKindFromName(json.value(u"kind"_s).toString());
    if (!kind) {
        setError(error, u"consent event: unknown kind \"%1\""_s.arg(json.value(u"kind"_s).toString()));
        return std::nullopt;
    }
    const auto source = consentSourceFromName(json.value(u"source"_s).toString());
    if (!source) {
        setError(error, u"consent event: unknown source \"%1\""_s.arg(json.value(u"source"_s).toString()));
        return std::nullopt;
    }
    const QDateTime at = QDateTime::fromString(json.value(u"at"_s).toString(), Qt::ISODateWithMs);
    if (!at.isValid()) {
        setError(error, u"consent event: \"at\" is not an ISO 8601 time"_s);
        return std::nullopt;
    }
    return ConsentEvent {
        *kind, *source, json.value(u"evidence"_s).toString(), json.value(u"actor"_s).toString(), at.toUTC()};
}

} // namespace Atendo

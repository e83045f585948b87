#include "server/optinapi.h"

#include "core/clock.h"
#include "core/consentledger.h"
#include "core/phonenumber.h"
#include "server/consentservice.h"
#include "server/contactresolver.h"
#include "server/httpendpoint.h"
#include "server/serverconfig.h"
#include "server/serverlogging.h"
#include "store/contactrepository.h"
#include "store/database.h"

#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonObject>

namespace Atendo {

using namespace Qt::StringLiterals;
using Status = QHttpServerResponder::StatusCode;

namespace {

QHttpServerResponse problem(
    Status status, const QString& code, const QString& message, const QString& field = {})
{
    QJsonObject error {{u"code"_s, code}, {u"message"_s, message}};
    if (!field.isEmpty())
        error.insert(u"field"_s, field);
    return QHttpServerResponse(QJsonObject {{u"error"_s, error}}, status);
}

// Opt-ins an integration may report: the person gave their number themselves.
const QStringList AllowedSources {u"web_form"_s, u"email"_s, u"landing_page"_s, u"import"_s, u"api"_s};

} // namespace

OptInApi::OptInApi(const ServerContext& context) : m_context(context)
{ }

bool OptInApi::authorized(const QHttpServerRequest& request) const
{
    const QString key = m_context.config->optInApiKey;
    const QByteArray header = HttpEndpoint::header(request, "Authorization"_ba);
    if (key.isEmpty() || !header.startsWith("Bearer "))
        return false;
    // Compare digests so the comparison time does not leak the key.
    const auto digest
        = [](const QByteArray& bytes) { return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256); };
    return digest(header.mid(7).trimmed()) == digest(key.toUtf8());
}

QHttpServerResponse OptInApi::handle(const QHttpServerRequest& request)
{
    if (!authorized(request))
        return problem(Status::Unauthorized, u"unauthenticated"_s, u"a valid API key is required"_s);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return problem(Status::BadRequest, u"bad_request"_s, u"the body must be a JSON object"_s);
    const QJsonObject body = doc.object();

    const QString rawPhone = body.value(u"phone"_s).toString(body.value(u"wa_id"_s).toString());
    const auto e164 = PhoneNumber::toE164(rawPhone.startsWith(u'+') ? rawPhone : u'+' + rawPhone);
    if (!e164)
        return problem(Status::BadRequest, u"bad_request"_s,
            u"phone or wa_id must be a full international number"_s, u"phone"_s);
    const QString source = body.value(u"source"_s).toString();
    if (!AllowedSources.contains(source)) {
        return problem(Status::BadRequest, u"bad_request"_s,
            u"source must be one of %1"_s.arg(AllowedSources.join(u", "_s)), u"source"_s);
    }
    const QString evidence = body.value(u"evidence"_s).toString().trimmed();
    if (evidence.isEmpty() || evidence.size() > 2000)
        return problem(Status::BadRequest, u"bad_request"_s,
            u"evidence is required (up to 2000 characters)"_s, u"evidence"_s);
    const QString name = body.value(u"name"_s).toString().trimmed().left(200);

    const QString waId = PhoneNumber::waIdFromE164(*e164);
    const auto contact = ContactResolver::resolve(*m_context.database, {}, waId, name);
    if (!contact)
        return problem(Status::InternalServerError, u"internal"_s, u"the contact could not be stored"_s);

    ConsentEvent event;
    event.kind = ConsentKind::OptIn;
    event.source = *consentSourceFromName(source);
    event.evidence = evidence;
    event.actor = u"api:optins"_s;
    event.at = m_context.clock->now();
    const AppendResult result = m_context.consent->record(contact->id, event);
    if (!result.accepted)
        return problem(Status::UnprocessableEntity, u"bad_request"_s, result.reason);
    const auto updated = ContactRepository(*m_context.database).findById(contact->id);
    qCInfo(lcServer) << "opt-in recorded for contact" << contact->id << "from" << source;
    return QHttpServerResponse(
        QJsonObject {{u"contact_id"_s, contact->id},
            {u"consent_state"_s, consentStateName(updated ? updated->consentState : ConsentState::OptedIn)}},
        Status::Created);
}

} // namespace Atendo

#include "sandbox/controlapi.h"

#include "sandbox/httpjson.h"
#include "sandbox/mediastore.h"
#include "sandbox/sandbox.h"

#include <QHttpServer>
#include <QJsonArray>

namespace Atendo {

using namespace Qt::StringLiterals;

namespace {

QHttpServerResponse bad(const QString& message, int status = 400)
{
    return HttpJson::reply(QJsonObject {{u"error"_s, message}}, status);
}

const QStringList templateStatuses {
    u"APPROVED"_s, u"PENDING"_s, u"REJECTED"_s, u"PAUSED"_s, u"DISABLED"_s, u"IN_APPEAL"_s, u"ARCHIVED"_s};
const QStringList qualityScores {u"GREEN"_s, u"YELLOW"_s, u"RED"_s, u"UNKNOWN"_s};

QString handshakeName(Sandbox::Handshake state)
{
    switch (state) {
    case Sandbox::Handshake::NotDone:
        return u"not_done"_s;
    case Sandbox::Handshake::Pending:
        return u"pending"_s;
    case Sandbox::Handshake::Verified:
        return u"verified"_s;
    case Sandbox::Handshake::Failed:
        return u"failed"_s;
    }
    return {};
}

} // namespace

ControlApi::ControlApi(Sandbox& sandbox, QHttpServer& http) : m_sandbox(sandbox)
{
    routeWrites(http);
    routeReads(http);
}

void ControlApi::routeWrites(QHttpServer& http)
{
    using Method = QHttpServerRequest::Method;
    http.route(
        u"/sandbox/inbound"_s, Method::Post, [this](const QHttpServerRequest& r) { return inbound(r); });
    http.route(u"/sandbox/templates/<arg>/status"_s, Method::Post,
        [this](const QString& name, const QHttpServerRequest& r) { return templateStatus(name, r); });
    http.route(u"/sandbox/templates/<arg>/quality"_s, Method::Post,
        [this](const QString& name, const QHttpServerRequest& r) { return templateQuality(name, r); });
    http.route(u"/sandbox/users/<arg>/marketing"_s, Method::Post,
        [this](const QString& waId, const QHttpServerRequest& r) { return marketing(waId, r); });
    http.route(u"/sandbox/clock/advance"_s, Method::Post,
        [this](const QHttpServerRequest& r) { return advanceClock(r); });
    http.route(
        u"/sandbox/customers"_s, Method::Post, [this](const QHttpServerRequest& r) { return customers(r); });
}

void ControlApi::routeReads(QHttpServer& http)
{
    using Method = QHttpServerRequest::Method;
    http.route(u"/sandbox/clock"_s, Method::Get, [this] { return HttpJson::reply(clock()); });
    http.route(u"/sandbox/health"_s, Method::Get, [this] { return HttpJson::reply(health()); });
    http.route(u"/sandbox/customers"_s, Method::Get, [this] {
        return HttpJson::reply(
            QJsonObject {{u"mode"_s, SandboxConfig::rateName(m_sandbox.config().customers)}});
    });
    http.route(u"/sandbox/sent"_s, Method::Get, [this] {
        QJsonArray data;
        for (const SentMessage& message : m_sandbox.sentMessages())
            data.append(message.toJson());
        return HttpJson::reply(QJsonObject {{u"data"_s, data}});
    });
    // The business's media uploads (bytes left out), oldest first.
    http.route(u"/sandbox/uploads"_s, Method::Get, [this] {
        QJsonArray data;
        for (const QString& id : m_sandbox.media().uploads()) {
            const auto media = m_sandbox.media().find(id);
            data.append(QJsonObject {{u"id"_s, id}, {u"mime_type"_s, media->mimeType},
                {u"filename"_s, media->fileName}, {u"sha256"_s, media->sha256},
                {u"file_size"_s, media->bytes.size()}});
        }
        return HttpJson::reply(QJsonObject {{u"data"_s, data}});
    });
    http.route(u"/sandbox/reads"_s, Method::Get, [this] {
        return HttpJson::reply(QJsonObject {{u"data"_s, m_sandbox.reads()}});
    });
    http.route(u"/sandbox/webhooks"_s, Method::Get, [this] {
        QJsonArray data;
        for (const WebhookAttempt& attempt : m_sandbox.webhookLog())
            data.append(attempt.toJson());
        return HttpJson::reply(QJsonObject {{u"data"_s, data}, {u"queued"_s, m_sandbox.webhooks().queued()}});
    });
}

QHttpServerResponse ControlApi::inbound(const QHttpServerRequest& request)
{
    const auto body = HttpJson::object(request);
    if (!body)
        return bad(u"expected a JSON object"_s);
    QString error;
    const QString wamid = m_sandbox.injectInbound(*body, &error);
    if (wamid.isEmpty())
        return bad(error);
    return HttpJson::reply(QJsonObject {{u"wamid"_s, wamid}});
}

QHttpServerResponse ControlApi::templateStatus(const QString& name, const QHttpServerRequest& request)
{
    const auto body = HttpJson::object(request);
    const QString status = body ? body->value(u"status"_s).toString().toUpper() : QString();
    if (!templateStatuses.contains(status))
        return bad(u"status must be one of "_s + templateStatuses.join(u", "_s));
    const int changed = m_sandbox.setTemplateStatus(
        name, body->value(u"language"_s).toString(), status, body->value(u"reason"_s).toString());
    if (changed == 0)
        return bad(u"no template %1"_s.arg(name), 404);
    return HttpJson::reply(QJsonObject {{u"name"_s, name}, {u"status"_s, status}, {u"updated"_s, changed}});
}

QHttpServerResponse ControlApi::templateQuality(const QString& name, const QHttpServerRequest& request)
{
    const auto body = HttpJson::object(request);
    const QString score = body ? body->value(u"score"_s).toString().toUpper() : QString();
    if (!qualityScores.contains(score))
        return bad(u"score must be one of "_s + qualityScores.join(u", "_s));
    const int changed = m_sandbox.setTemplateQuality(name, body->value(u"language"_s).toString(), score);
    if (changed == 0)
        return bad(u"no template %1"_s.arg(name), 404);
    return HttpJson::reply(QJsonObject {{u"name"_s, name}, {u"score"_s, score}, {u"updated"_s, changed}});
}

QHttpServerResponse ControlApi::marketing(const QString& waId, const QHttpServerRequest& request)
{
    const auto body = HttpJson::object(request);
    const QString value = body ? body->value(u"value"_s).toString() : QString();
    if (value != u"stop" && value != u"resume")
        return bad(u"value must be stop or resume"_s);
    m_sandbox.setMarketingPreference(waId, value == u"stop");
    return HttpJson::reply(QJsonObject {{u"wa_id"_s, waId}, {u"value"_s, value}});
}

QHttpServerResponse ControlApi::advanceClock(const QHttpServerRequest& request)
{
    const auto body = HttpJson::object(request);
    if (!body || !body->value(u"seconds"_s).isDouble() || body->value(u"seconds"_s).toDouble() < 0)
        return bad(u"expected {\"seconds\": n} with n >= 0"_s);
    m_sandbox.advanceClock(body->value(u"seconds"_s).toInteger());
    return HttpJson::reply(clock());
}

QHttpServerResponse ControlApi::customers(const QHttpServerRequest& request)
{
    const auto body = HttpJson::object(request);
    const QString mode = body ? body->value(u"mode"_s).toString() : QString();
    if (mode == u"busy")
        m_sandbox.setCustomerRate(CustomerRate::Busy);
    else if (mode == u"calm")
        m_sandbox.setCustomerRate(CustomerRate::Calm);
    else if (mode == u"off")
        m_sandbox.setCustomerRate(CustomerRate::Off);
    else
        return bad(u"mode must be busy, calm or off"_s);
    return HttpJson::reply(QJsonObject {{u"mode"_s, mode}});
}

QJsonObject ControlApi::clock() const
{
    const QDateTime now = m_sandbox.now();
    return QJsonObject {{u"now"_s, now.toString(Qt::ISODate)}, {u"unix"_s, now.toSecsSinceEpoch()},
        {u"offset_seconds"_s, m_sandbox.clockOffsetSeconds()}};
}

QJsonObject ControlApi::health() const
{
    const SandboxConfig& config = m_sandbox.config();
    return QJsonObject {
        {u"status"_s, u"ok"_s},
        {u"phone_number_id"_s, config.phoneNumberId},
        {u"display_phone_number"_s, config.displayPhoneNumber},
        {u"waba_id"_s, config.wabaId},
        {u"webhook_url"_s, config.webhookUrl.toString()},
        {u"handshake"_s, handshakeName(m_sandbox.handshake())},
        {u"queued_webhooks"_s, m_sandbox.webhooks().queued()},
        {u"pricing"_s, SandboxConfig::pricingName(config.pricing)},
        {u"customers"_s, SandboxConfig::rateName(config.customers)},
        {u"seed"_s, qint64(m_sandbox.seed())},
        {u"now"_s, m_sandbox.now().toSecsSinceEpoch()},
    };
}

} // namespace Atendo

#include "sandbox/graphapi.h"

#include "cloudapi/mediarules.h"
#include "sandbox/httpjson.h"
#include "sandbox/mediastore.h"
#include "sandbox/metaerror.h"
#include "sandbox/multipartform.h"
#include "sandbox/outboundmessages.h"
#include "sandbox/sandbox.h"
#include "sandbox/templatecatalog.h"

#include <QHttpServer>
#include <QRegularExpression>

namespace Atendo {

using namespace Qt::StringLiterals;

GraphApi::GraphApi(Sandbox& sandbox, QHttpServer& http) : m_sandbox(sandbox)
{
    using Method = QHttpServerRequest::Method;
    http.route(u"/whatsapp_business/attachments/"_s, Method::Get,
        [this](const QHttpServerRequest& request) { return download(request); });
    http.route(u"/<arg>/<arg>/messages"_s, Method::Post,
        [this](const QString& version, const QString& id, const QHttpServerRequest& request) {
            return messages(version, id, request);
        });
    http.route(u"/<arg>/<arg>/media"_s, Method::Post,
        [this](const QString& version, const QString& id, const QHttpServerRequest& request) {
            return uploadMedia(version, id, request);
        });
    http.route(u"/<arg>/<arg>/message_templates"_s, Method::Get,
        [this](const QString& version, const QString& id, const QHttpServerRequest& request) {
            return listTemplates(version, id, request);
        });
    http.route(u"/<arg>/<arg>/message_templates"_s, Method::Post,
        [this](const QString& version, const QString& id, const QHttpServerRequest& request) {
            return createTemplate(version, id, request);
        });
    http.route(u"/<arg>/<arg>"_s, Method::Get,
        [this](const QString& version, const QString& id, const QHttpServerRequest& request) {
            return node(version, id, request);
        });
}

std::optional<MetaError> GraphApi::admit(const QString& version, const QHttpServerRequest& request) const
{
    const QByteArray expected = "Bearer " + m_sandbox.config().accessToken.toUtf8();
    if (HttpJson::header(request, "Authorization") != expected)
        return MetaError::invalidToken();
    static const QRegularExpression versionPattern(u"^v[0-9]{1,2}\\.[0-9]$"_s);
    if (!versionPattern.match(version).hasMatch() || !version.startsWith(m_sandbox.config().apiVersionPrefix))
        return MetaError::unsupportedPath(u"Unknown or unsupported API version \"%1\""_s.arg(version));
    return std::nullopt;
}

std::optional<MetaError> GraphApi::admitOn(const QString& version, const QHttpServerRequest& request,
    const QString& id, const QString& expected) const
{
    if (auto refused = admit(version, request))
        return refused;
    if (id != expected)
        return unknownObject(request, id);
    return std::nullopt;
}

MetaError GraphApi::unknownObject(const QHttpServerRequest& request, const QString& id)
{
    const QString method = request.method() == QHttpServerRequest::Method::Get ? u"get"_s : u"post"_s;
    return MetaError::unsupportedPath(
        u"Unsupported %1 request. Object with ID '%2' does not exist."_s.arg(method, id));
}

QHttpServerResponse GraphApi::error(const MetaError& error) const
{
    return HttpJson::reply(error.toGraphJson(m_sandbox.fbtraceId()), error.httpStatus);
}

QHttpServerResponse GraphApi::messages(
    const QString& version, const QString& phoneNumberId, const QHttpServerRequest& request)
{
    if (auto refused = admitOn(version, request, phoneNumberId, m_sandbox.config().phoneNumberId))
        return error(*refused);
    const auto body = HttpJson::object(request);
    if (!body)
        return error(MetaError::invalidParameter(u"The request body is not a JSON object."_s));
    const OutboundMessages::Answer answer = m_sandbox.outbound().send(*body, version);
    if (answer.error)
        return error(*answer.error);
    return HttpJson::reply(answer.body, answer.httpStatus);
}

// Meta's checks on an upload: the form's fields, a supported type (code 100
// naming the accepted types) and the size limit of its kind (131053).
QHttpServerResponse GraphApi::uploadMedia(
    const QString& version, const QString& phoneNumberId, const QHttpServerRequest& request)
{
    if (auto refused = admitOn(version, request, phoneNumberId, m_sandbox.config().phoneNumberId))
        return error(*refused);
    const auto form = MultipartForm::parse(HttpJson::header(request, "Content-Type"), request.body());
    if (!form)
        return error(MetaError::invalidParameter(u"The request body must be multipart/form-data."_s));
    if (form->text(u"messaging_product"_s) != u"whatsapp")
        return error(MetaError::invalidParameter(u"The parameter messaging_product is required."_s));
    if (!form->parts.contains(u"file"_s))
        return error(MetaError::invalidParameter(u"The parameter file is required."_s));
    const MultipartForm::Part file = form->parts.value(u"file"_s);
    QString type = form->text(u"type"_s);
    if (type.isEmpty())
        type = file.contentType;
    const MediaRules::Verdict verdict = MediaRules::check(type, file.body.size());
    if (verdict == MediaRules::Verdict::UnsupportedType) {
        QStringList accepted;
        for (const QString& kind : {u"audio"_s, u"document"_s, u"image"_s, u"video"_s})
            accepted << MediaRules::mimeTypes(kind);
        return error(MetaError::invalidParameter(
            u"Param file must be a file with one of the following types: %1. Received file of type '%2'."_s
                .arg(accepted.join(u", "_s), type)));
    }
    if (verdict != MediaRules::Verdict::Ok)
        return error(MetaError::mediaUpload(MediaRules::explain(verdict, type, file.body.size())));
    const QString id
        = m_sandbox.media().upload(file.body, type.section(u';', 0, 0).trimmed().toLower(), file.fileName);
    return HttpJson::reply(QJsonObject {{u"id"_s, id}});
}

QHttpServerResponse GraphApi::listTemplates(
    const QString& version, const QString& wabaId, const QHttpServerRequest& request)
{
    if (auto refused = admitOn(version, request, wabaId, m_sandbox.config().wabaId))
        return error(*refused);
    QUrl pageUrl = m_sandbox.graphBaseUrl();
    pageUrl.setPath(request.url().path());
    return HttpJson::reply(m_sandbox.templates().list(request.query(), pageUrl));
}

QHttpServerResponse GraphApi::createTemplate(
    const QString& version, const QString& wabaId, const QHttpServerRequest& request)
{
    if (auto refused = admitOn(version, request, wabaId, m_sandbox.config().wabaId))
        return error(*refused);
    const auto body = HttpJson::object(request);
    if (!body)
        return error(MetaError::invalidParameter(u"The request body is not a JSON object."_s));
    const auto created = m_sandbox.templates().create(*body, m_sandbox.newGraphId());
    if (const auto* failure = std::get_if<MetaError>(&created))
        return error(*failure);
    const QJsonObject& node = std::get<QJsonObject>(created);
    return HttpJson::reply(QJsonObject {{u"id"_s, node.value(u"id"_s)},
        {u"status"_s, node.value(u"status"_s)}, {u"category"_s, node.value(u"category"_s)}});
}

QHttpServerResponse GraphApi::node(
    const QString& version, const QString& id, const QHttpServerRequest& request)
{
    if (auto refused = admit(version, request))
        return error(*refused);
    const SandboxConfig& config = m_sandbox.config();
    if (id == config.phoneNumberId) {
        return HttpJson::reply(QJsonObject {
            {u"id"_s, id},
            {u"display_phone_number"_s, config.displayPhoneNumber},
            {u"verified_name"_s, u"Loja Atendo"_s},
            {u"quality_rating"_s, u"GREEN"_s},
            {u"throughput"_s,
                QJsonObject {{u"level"_s, config.messagesPerSecond > 80 ? u"HIGH"_s : u"STANDARD"_s}}},
        });
    }
    const auto media = m_sandbox.media().find(id);
    if (!media)
        return error(unknownObject(request, id));
    return HttpJson::reply(media->toGraphJson(MediaStore::downloadUrl(m_sandbox.graphBaseUrl(), *media)));
}

QHttpServerResponse GraphApi::download(const QHttpServerRequest& request)
{
    const QByteArray expected = "Bearer " + m_sandbox.config().accessToken.toUtf8();
    if (HttpJson::header(request, "Authorization") != expected)
        return error(MetaError::invalidToken());
    const auto media = m_sandbox.media().find(request.query().queryItemValue(u"mid"_s));
    if (!media)
        return QHttpServerResponse(QHttpServerResponse::StatusCode::NotFound);
    return QHttpServerResponse(media->mimeType.toLatin1(), media->bytes);
}

} // namespace Atendo

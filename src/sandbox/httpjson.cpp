#include "sandbox/httpjson.h"

#include <QHttpServerRequest>
#include <QJsonDocument>

namespace Atendo {

QHttpServerResponse HttpJson::reply(const QJsonObject& body, int status)
{
    return QHttpServerResponse(QByteArrayLiteral("application/json"),
        QJsonDocument(body).toJson(QJsonDocument::Compact), QHttpServerResponse::StatusCode(status));
}

std::optional<QJsonObject> HttpJson::object(const QHttpServerRequest& request)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

QByteArray HttpJson::header(const QHttpServerRequest& request, const QByteArray& name)
{
    for (const auto& [key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace Atendo

#pragma once

#include <QByteArray>
#include <QHttpServerResponse>
#include <QJsonObject>

#include <optional>

class QHttpServerRequest;

namespace Atendo {

// Small helpers shared by the Graph and control routes.
class HttpJson
{
public:
    [[nodiscard]] static QHttpServerResponse reply(const QJsonObject& body, int status = 200);
    // The request body as a JSON object; nullopt when it is not one.
    [[nodiscard]] static std::optional<QJsonObject> object(const QHttpServerRequest& request);
    // A header by name, case-insensitively.
    [[nodiscard]] static QByteArray header(const QHttpServerRequest& request, const QByteArray& name);
};

} // namespace Atendo

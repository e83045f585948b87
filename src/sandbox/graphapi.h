#pragma once

#include <QHttpServerResponse>
#include <QString>

#include <optional>

class QHttpServer;
class QHttpServerRequest;

namespace Atendo {

class Sandbox;
struct MetaError;

// The Graph side: POST /{version}/{phone_number_id}/messages and /media,
// GET/POST /{version}/{waba_id}/message_templates, GET /{version}/{media_id}
// and the media download URL. Every call needs the Bearer token.
class GraphApi
{
public:
    GraphApi(Sandbox& sandbox, QHttpServer& http);

private:
    [[nodiscard]] std::optional<MetaError> admit(
        const QString& version, const QHttpServerRequest& request) const;
    [[nodiscard]] QHttpServerResponse error(const MetaError& error) const;
    [[nodiscard]] QHttpServerResponse messages(
        const QString& version, const QString& phoneNumberId, const QHttpServerRequest& request);
    [[nodiscard]] QHttpServerResponse uploadMedia(
        const QString& version, const QString& phoneNumberId, const QHttpServerRequest& request);
    [[nodiscard]] QHttpServerResponse listTemplates(
        const QString& version, const QString& wabaId, const QHttpServerRequest& request);
    [[nodiscard]] QHttpServerResponse createTemplate(
        const QString& version, const QString& wabaId, const QHttpServerRequest& request);
    [[nodiscard]] QHttpServerResponse node(
        const QString& version, const QString& id, const QHttpServerRequest& request);
    [[nodiscard]] QHttpServerResponse download(const QHttpServerRequest& request);

    Sandbox& m_sandbox;
};

} // namespace Atendo

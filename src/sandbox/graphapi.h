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
    // admit(), then the path's object must be `expected` (this number, this account).
    [[nodiscard]] std::optional<MetaError> admitOn(const QString& version, const QHttpServerRequest& request,
        const QString& id, const QString& expected) const;
    // Meta's answer for a path naming an object it does not have.
    [[nodiscard]] static MetaError unknownObject(const QHttpServerRequest& request, const QString& id);
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

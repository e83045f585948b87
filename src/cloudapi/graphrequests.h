#pragma once

#include "cloudapi/mediainfo.h"
#include "cloudapi/sendresult.h"
#include "cloudapi/templatepage.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QString>
#include <QUrl>

class QHttpMultiPart;
class QObject;

namespace Atendo {

// Builds the Graph API requests Atendo makes and reads their answers. Holds no
// network state: the caller owns the QNetworkAccessManager, retries and timing.
class GraphRequests
{
public:
    struct Settings
    {
        QUrl baseUrl
            = QUrl(QStringLiteral("https://graph.facebook.com")); // the sandbox's URL in tests and demos
        QString apiVersion = QStringLiteral("v23.0");
        QString phoneNumberId;
        QString wabaId;
        QString accessToken;
    };

    GraphRequests() = default;
    explicit GraphRequests(Settings settings);

    [[nodiscard]] const Settings& settings() const { return m_settings; }

    // POST /{version}/{phone-number-id}/messages, Bearer auth, JSON body.
    [[nodiscard]] QNetworkRequest messagesRequest() const;
    // GET /{version}/{media-id}
    [[nodiscard]] QNetworkRequest mediaInfoRequest(const QString& mediaId) const;
    // POST /{version}/{phone-number-id}/media, Bearer auth; the body comes from
    // mediaUploadBody() (multipart/form-data: messaging_product, type, file).
    [[nodiscard]] QNetworkRequest mediaUploadRequest() const;
    // GET of the short-lived URL from MediaInfo, with the same Bearer token.
    [[nodiscard]] QNetworkRequest mediaDownloadRequest(const QUrl& url) const;
    // GET /{version}/{waba-id}/message_templates?limit=..[&after=..]
    [[nodiscard]] QNetworkRequest listTemplatesRequest(const QString& after = {}, int limit = 100) const;

    // Bodies for messagesRequest(). Phone numbers go out with '+' and country code:
    // without '+' Meta prepends the business's own country code.
    [[nodiscard]] static QByteArray textMessageBody(const QString& toE164, const QString& body,
        bool previewUrl, const QString& replyToWamid = {}, const QString& bizOpaque = {});
    // components comes ready-made from core's template renderer.
    [[nodiscard]] static QByteArray templateMessageBody(const QString& toE164, const QString& name,
        const QString& languageCode, const QJsonArray& components, const QString& bizOpaque = {});
    // An empty emoji removes the business's reaction.
    [[nodiscard]] static QByteArray reactionBody(
        const QString& toE164, const QString& messageId, const QString& emoji);
    [[nodiscard]] static QByteArray markReadBody(const QString& wamid);
    // An image, document, audio or video by the media id an upload answered.
    // caption is dropped for audio; fileName only goes with documents.
    [[nodiscard]] static QJsonObject mediaMessage(const QString& toE164, const QString& kind,
        const QString& mediaId, const QString& caption, const QString& fileName,
        const QString& bizOpaque = {});
    // The multipart body, owned by `parent`; its content type carries the boundary.
    [[nodiscard]] static QHttpMultiPart* mediaUploadBody(
        const QByteArray& bytes, const QString& mimeType, const QString& fileName, QObject* parent);

    [[nodiscard]] static SendResult parseSendResponse(int httpStatus, const QByteArray& body);
    [[nodiscard]] static TemplatePage parseTemplatePage(const QByteArray& body, int httpStatus = 200);
    [[nodiscard]] static MediaInfo parseMediaInfo(const QByteArray& body, int httpStatus = 200);
    // {"id": "<media id>"}; MediaInfo::id carries it, url stays empty.
    [[nodiscard]] static MediaInfo parseMediaUpload(const QByteArray& body, int httpStatus = 200);

private:
    [[nodiscard]] QUrl graphUrl(const QString& node, const QString& edge = {}) const;
    [[nodiscard]] QNetworkRequest authorized(const QUrl& url) const;

    Settings m_settings;
};

} // namespace Atendo

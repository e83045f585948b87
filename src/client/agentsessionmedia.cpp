// AgentSession's file sends: media.upload, the bytes to the one-time URL over
// HTTP (WebSocket frames are limited to 1 MiB), then message.send by media_ref.
#include "client/agentsession.h"
#include "client/clientlog.h"
#include "protocol/ops.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMimeDatabase>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUuid>

namespace Atendo {

using namespace Qt::StringLiterals;

namespace {

// The names WhatsApp knows for what the desktop's MIME database calls otherwise.
QString whatsAppMimeType(const QString& mimeType)
{
    static const QHash<QString, QString> aliases {
        {u"audio/x-vorbis+ogg"_s, u"audio/ogg"_s},
        {u"audio/x-opus+ogg"_s, u"audio/ogg"_s},
        {u"audio/x-aac"_s, u"audio/aac"_s},
        {u"audio/x-m4a"_s, u"audio/mp4"_s},
        {u"audio/mp3"_s, u"audio/mpeg"_s},
        {u"image/jpg"_s, u"image/jpeg"_s},
        {u"image/pjpeg"_s, u"image/jpeg"_s},
    };
    return aliases.value(mimeType, mimeType);
}

// Until the server says otherwise (media.upload answers the kind).
QString likelyKind(const QString& mimeType)
{
    for (const QString& kind : {u"image"_s, u"video"_s, u"audio"_s}) {
        if (mimeType.startsWith(kind + u'/'))
            return kind;
    }
    return u"document"_s;
}

} // namespace

QString AgentSession::sendMedia(qint64 conversationId, const QString& filePath, const QString& caption)
{
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QFileInfo info(filePath);
    const QString mimeType = whatsAppMimeType(QMimeDatabase().mimeTypeForFile(info).name());
    Protocol::MessageInfo echo = makeEcho(conversationId, key);
    echo.kind = likelyKind(mimeType);
    echo.text = caption;
    echo.media = QJsonObject {{u"filename"_s, info.fileName()}, {u"size"_s, info.size()},
        {u"mime_type"_s, mimeType}, {u"path"_s, info.absoluteFilePath()}};
    m_uploading.insert(key, echo);
    Q_EMIT pendingMessageAdded(echo);
    if (!info.isFile() || !info.isReadable()) {
        failUpload(key, u"file_unreadable"_s, tr("The file %1 cannot be read").arg(info.fileName()));
        return key;
    }
    const QJsonObject args {{u"conversation_id"_s, conversationId}, {u"file_name"_s, info.fileName()},
        {u"mime_type"_s, mimeType}, {u"size"_s, info.size()}};
    request(Protocol::Op::MediaUpload, args, [this, key, filePath](const Protocol::Reply& reply) {
        if (reply.isOk())
            uploadMediaBytes(key, filePath, reply.ok);
        else
            failUpload(key, Protocol::errorCodeName(reply.err->code), reply.err->message);
    });
    return key;
}

void AgentSession::uploadMediaBytes(const QString& key, const QString& filePath, const QJsonObject& ticket)
{
    const auto echo = m_uploading.constFind(key);
    if (echo == m_uploading.constEnd())
        return;
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        failUpload(
            key, u"file_unreadable"_s, tr("The file %1 cannot be read").arg(QFileInfo(filePath).fileName()));
        return;
    }
    if (!m_http)
        m_http = new QNetworkAccessManager(this);
    QNetworkRequest post(QUrl(ticket.value(u"url"_s).toString()));
    post.setHeader(QNetworkRequest::ContentTypeHeader, echo->media.value(u"mime_type"_s).toString());
    QNetworkReply* reply = m_http->post(post, file.readAll());
    const QString kind = ticket.value(u"kind"_s).toString(echo->kind);
    connect(reply, &QNetworkReply::finished, this, [this, reply, key, kind] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        const QString ref = body.value(u"media_ref"_s).toString();
        if (status == 201 && !ref.isEmpty()) {
            sendUploadedMedia(key, kind, ref);
            return;
        }
        const QJsonObject error = body.value(u"error"_s).toObject();
        const QString message = error.value(u"message"_s).toString(reply->errorString());
        qCWarning(lcClient) << "file upload failed:" << status << message;
        failUpload(key, error.value(u"code"_s).toString(u"upload_failed"_s), message);
    });
}

void AgentSession::sendUploadedMedia(const QString& key, const QString& kind, const QString& mediaRef)
{
    Protocol::MessageInfo echo = m_uploading.take(key);
    if (echo.key.isEmpty())
        return;
    echo.kind = kind;
    echo.media.insert(u"ref"_s, mediaRef);
    QJsonObject args {{u"conversation_id"_s, echo.conversationId}, {u"key"_s, key}, {u"kind"_s, kind},
        {u"media_ref"_s, mediaRef}, {u"filename"_s, echo.media.value(u"filename"_s).toString()}};
    if (!echo.text.isEmpty())
        args.insert(u"caption"_s, echo.text);
    // From here on it is an ordinary pending send: kept across a reconnect and
    // sent again with the same key, which the server sends at most once.
    m_pending.add(key, args, echo);
    if (m_state == State::Online)
        transmitSend(*m_pending.find(key));
}

void AgentSession::failUpload(const QString& key, const QString& code, const QString& message)
{
    Protocol::MessageInfo echo = m_uploading.take(key);
    if (echo.key.isEmpty())
        return;
    echo.status = u"failed"_s;
    echo.errorCode = code;
    echo.errorMessage = message;
    Q_EMIT messageUpdated(echo);
}

} // namespace Atendo

// The upload half of MediaEndpoint: one-time URLs for files agents send.
#include "cloudapi/mediarules.h"
#include "core/clock.h"
#include "server/mediaendpoint.h"
#include "server/serverconfig.h"
#include "server/serverlogging.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace Atendo {

using namespace Qt::StringLiterals;
using Status = QHttpServerResponder::StatusCode;

namespace {

QString newToken()
{
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(words), sizeof(words)).toHex());
}

void answer(QHttpServerResponder& responder, const QJsonObject& body, Status status)
{
    responder.write(QJsonDocument(body), {{"Cache-Control"_ba, "no-store"_ba}}, status);
}

void refuse(QHttpServerResponder& responder, const QString& reason, const QString& message, Status status)
{
    answer(responder, QJsonObject {{u"error"_s, QJsonObject {{u"code"_s, reason}, {u"message"_s, message}}}},
        status);
}

// A file that says it is a PNG or a JPEG must start like one: the type is what
// decides how WhatsApp shows it.
bool looksLike(const QString& mimeType, const QByteArray& bytes)
{
    if (mimeType == u"image/png")
        return bytes.startsWith("\x89PNG\r\n\x1a\n");
    if (mimeType == u"image/jpeg")
        return bytes.startsWith("\xff\xd8\xff");
    if (mimeType == u"application/pdf")
        return bytes.startsWith("%PDF-");
    return true;
}

} // namespace

MediaEndpoint::Link MediaEndpoint::uploadLink(const MediaFolder::Entry& announced)
{
    const QDateTime now = m_context.clock->now();
    // Tickets nobody used are dropped as new ones are made.
    for (auto it = m_tickets.begin(); it != m_tickets.end();)
        it = it->expiresAt < now ? m_tickets.erase(it) : std::next(it);
    const QString token = newToken();
    const QDateTime expiresAt = QDateTime::fromSecsSinceEpoch(
        now.addSecs(m_context.config->mediaUploadSeconds).toSecsSinceEpoch(), Qt::UTC);
    m_tickets.insert(token, UploadTicket {announced, expiresAt});
    QUrl url = baseUrl();
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + u"/media/upload/"_s + token);
    return Link {url, expiresAt};
}

void MediaEndpoint::receive(
    const QString& token, const QHttpServerRequest& request, QHttpServerResponder&& responder)
{
    // Taken out at once: a second POST with the same URL finds nothing.
    const auto ticket = m_tickets.take(token);
    if (ticket.expiresAt.isNull() || ticket.expiresAt < m_context.clock->now()) {
        qCInfo(lcWebhook) << "media upload refused: unknown, used or expired URL";
        refuse(responder, u"upload_url_invalid"_s, u"the upload URL is unknown, used or expired"_s,
            Status::Forbidden);
        return;
    }
    MediaFolder::Entry entry = ticket.announced;
    const QByteArray bytes = request.body();
    if (bytes.size() != entry.size) {
        refuse(responder, u"size_mismatch"_s,
            u"%1 bytes were announced, %2 arrived"_s.arg(entry.size).arg(bytes.size()), Status::BadRequest);
        return;
    }
    if (!looksLike(entry.mimeType, bytes)) {
        refuse(
            responder, u"type_mismatch"_s, u"the file is not a %1"_s.arg(entry.mimeType), Status::BadRequest);
        return;
    }
    QString error;
    if (!m_folder.store(entry, bytes, &error)) {
        refuse(responder, u"internal"_s, error, Status::InternalServerError);
        return;
    }
    qCInfo(lcServer) << "agent" << entry.agentId << "uploaded" << entry.size << "bytes as" << entry.ref;
    answer(responder,
        QJsonObject {{u"media_ref"_s, entry.ref}, {u"kind"_s, entry.kind}, {u"mime_type"_s, entry.mimeType},
            {u"size"_s, entry.size}, {u"sha256"_s, entry.sha256}, {u"filename"_s, entry.fileName}},
        Status::Created);
}

} // namespace Atendo

#include "cloudapi/graphrequests.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <utility>

namespace Atendo {

using namespace Qt::StringLiterals;

namespace {

QJsonObject envelope(const QString& to, const QString& type)
{
    return {
        {u"messaging_product"_s, u"whatsapp"_s},
        {u"recipient_type"_s, u"individual"_s},
        {u"to"_s, to},
        {u"type"_s, type},
    };
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

GraphRequests::GraphRequests(Settings settings) : m_settings(std::move(settings))
{ }

QUrl GraphRequests::graphUrl(const QString& node, const QString& edge) const
{
    QUrl url = m_settings.baseUrl;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    path += u'/' + m_settings.apiVersion + u'/' + node;
    if (!edge.isEmpty())
        path += u'/' + edge;
    url.setPath(path);
    return url;
}

QNetworkRequest GraphRequests::authorized(const QUrl& url) const
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_settings.accessToken.toUtf8());
    return request;
}

QNetworkRequest GraphRequests::messagesRequest() const
{
    QNetworkRequest request = authorized(graphUrl(m_settings.phoneNumberId, u"messages"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return request;
}

QNetworkRequest GraphRequests::mediaInfoRequest(const QString& mediaId) const
{
    return authorized(graphUrl(mediaId));
}

QNetworkRequest GraphRequests::mediaDownloadRequest(const QUrl& url) const
{
    return authorized(url);
}

QNetworkRequest GraphRequests::listTemplatesRequest(const QString& after, int limit) const
{
    QUrl url = graphUrl(m_settings.wabaId, u"message_templates"_s);
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, QString::number(limit));
    if (!after.isEmpty())
        query.addQueryItem(u"after"_s, after);
    url.setQuery(query);
    return authorized(url);
}

QByteArray GraphRequests::textMessageBody(const QString& toE164, const QString& body, bool previewUrl,
    const QString& replyToWamid, const QString& bizOpaque)
{
    QJsonObject message = envelope(toE164, u"text"_s);
    message.insert(u"text"_s, QJsonObject {{u"preview_url"_s, previewUrl}, {u"body"_s, body}});
    if (!replyToWamid.isEmpty())
        message.insert(u"context"_s, QJsonObject {{u"message_id"_s, replyToWamid}});
    if (!bizOpaque.isEmpty())
        message.insert(u"biz_opaque_callback_data"_s, bizOpaque);
    return compact(message);
}

QByteArray GraphRequests::templateMessageBody(const QString& toE164, const QString& name,
    const QString& languageCode, const QJsonArray& components, const QString& bizOpaque)
{
    QJsonObject templateObject {
        {u"name"_s, name},
        {u"language"_s, QJsonObject {{u"code"_s, languageCode}}},
    };
    // A template without variables takes no components at all.
    if (!components.isEmpty())
        templateObject.insert(u"components"_s, components);
    QJsonObject message = envelope(toE164, u"template"_s);
    message.insert(u"template"_s, templateObject);
    if (!bizOpaque.isEmpty())
        message.insert(u"biz_opaque_callback_data"_s, bizOpaque);
    return compact(message);
}

QByteArray GraphRequests::reactionBody(const QString& toE164, const QString& messageId, const QString& emoji)
{
    QJsonObject message = envelope(toE164, u"reaction"_s);
    message.insert(u"reaction"_s, QJsonObject {{u"message_id"_s, messageId}, {u"emoji"_s, emoji}});
    return compact(message);
}

QByteArray GraphRequests::markReadBody(const QString& wamid)
{
    return compact({
        {u"messaging_product"_s, u"whatsapp"_s},
        {u"status"_s, u"read"_s},
        {u"message_id"_s, wamid},
    });
}

} // namespace Atendo

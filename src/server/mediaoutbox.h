#pragma once

#include "cloudapi/cloudapierror.h"
#include "server/mediafolder.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace Atendo {

class GraphRequests;

// The outbox side of sending a file. A media send is queued as
// {"media_upload":{"ref"}, "message":<Graph body without the media id>}; before
// the message goes out the file is uploaded to Meta (POST /{phone}/media) once,
// and Meta's media id is kept beside the file, so a send retried after 130429
// or a restart reuses it instead of uploading again.
class MediaOutbox : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MediaOutbox)

public:
    struct Queued
    {
        QString ref;
        QJsonObject message;
    };
    // An empty mediaId comes with the error that stopped the upload.
    using Done = std::function<void(const QString& mediaId, const std::optional<CloudApiError>& error)>;

    MediaOutbox(const MediaFolder& folder, const GraphRequests& graph, QNetworkAccessManager& network,
        QObject* parent = nullptr);

    [[nodiscard]] static QByteArray request(const QString& ref, const QJsonObject& message);
    // nullopt for an outbox request that is a plain Graph body.
    [[nodiscard]] static std::optional<Queued> parse(const QString& requestJson);
    // The Graph body with the media id in place.
    [[nodiscard]] static QByteArray messageBody(const Queued& queued, const QString& mediaId);

    // The file is still in the folder (it could have been removed by hand).
    [[nodiscard]] bool has(const QString& ref) const;
    // Meta's media id for `ref`: the one kept from an earlier upload, or a new upload.
    void resolve(const QString& ref, const Done& done);

    [[nodiscard]] int uploads() const { return m_uploads; }

private:
    MediaFolder m_folder;
    const GraphRequests& m_graph;
    QNetworkAccessManager& m_network;
    int m_uploads = 0;
};

} // namespace Atendo

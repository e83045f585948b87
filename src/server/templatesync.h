#pragma once

#include "cloudapi/graphrequests.h"
#include "server/servercontext.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>

#include <utility>

class QNetworkReply;

namespace Atendo {

// Keeps the local copy of Meta's templates: on start, on a schedule, on
// demand (templates.sync), paging through GET /{waba}/message_templates.
// Templates whose content or status changed are pushed as template.changed.
class TemplateSync : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateSync)

public:
    explicit TemplateSync(const ServerContext& context, QObject* parent = nullptr);

    void start();
    void stop();
    // False when a sync is already running (it will cover this request too).
    bool syncNow();
    [[nodiscard]] bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(bool ok, int changed);

private:
    void fetch(const QString& after);
    void onPage(QNetworkReply* reply);
    void applyPage(const QList<QJsonObject>& nodes);
    void finish(bool ok);

    ServerContext m_context;
    GraphRequests m_graph;
    QNetworkAccessManager m_network;
    QTimer m_schedule;
    bool m_running = false;
    int m_pages = 0;
    int m_changed = 0;
    QList<std::pair<QString, QString>> m_seen;
};

} // namespace Atendo

#include "server/templatesync.h"

#include "cloudapi/templatepage.h"
#include "core/clock.h"
#include "core/messagetemplate.h"
#include "protocol/ops.h"
#include "server/eventbus.h"
#include "server/readops.h"
#include "server/serverconfig.h"
#include "server/serverlogging.h"
#include "store/database.h"
#include "store/templaterepository.h"

#include <QJsonDocument>
#include <QNetworkReply>

namespace Atendo {

using namespace Qt::StringLiterals;

namespace {

// A WABA with more pages than this is not a template list but a loop.
constexpr int MaxPages = 200;

GraphRequests::Settings graphSettings(const ServerConfig& config)
{
    GraphRequests::Settings settings;
    settings.baseUrl = config.graphBaseUrl;
    settings.apiVersion = config.graphApiVersion;
    settings.phoneNumberId = config.phoneNumberId;
    settings.wabaId = config.wabaId;
    settings.accessToken = config.accessToken;
    return settings;
}

} // namespace

TemplateSync::TemplateSync(const ServerContext& context, QObject* parent)
    : QObject(parent), m_context(context), m_graph(graphSettings(*context.config))
{
    connect(&m_schedule, &QTimer::timeout, this, &TemplateSync::syncNow);
}

void TemplateSync::start()
{
    if (m_context.config->templateSyncMinutes > 0) {
        m_schedule.setInterval(std::chrono::minutes(m_context.config->templateSyncMinutes));
        m_schedule.start();
    }
    syncNow();
}

void TemplateSync::stop()
{
    m_schedule.stop();
}

bool TemplateSync::syncNow()
{
    if (m_running)
        return false;
    if (m_context.config->wabaId.isEmpty()) {
        qCWarning(lcServer) << "no WABA id configured: templates are not synchronised";
        return false;
    }
    m_running = true;
    m_pages = 0;
    m_changed = 0;
    m_seen.clear();
    fetch({});
    return true;
}

void TemplateSync::fetch(const QString& after)
{
    QNetworkReply* reply = m_network.get(m_graph.listTemplatesRequest(after, 100));
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onPage(reply); });
}

void TemplateSync::onPage(QNetworkReply* reply)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        qCWarning(lcServer) << "template sync failed:" << reply->errorString();
        finish(false);
        return;
    }
    const TemplatePage page = GraphRequests::parseTemplatePage(reply->readAll(), status);
    if (!page.ok()) {
        qCWarning(lcServer) << "template sync failed:" << page.error->code << page.error->message;
        finish(false);
        return;
    }
    applyPage(page.templates);
    if (page.hasMore() && ++m_pages < MaxPages) {
        fetch(page.nextCursor);
        return;
    }
    finish(true);
}

void TemplateSync::applyPage(const QList<QJsonObject>& nodes)
{
    Database& db = *m_context.database;
    TemplateRepository repo(db);
    Transaction tx = db.transaction();
    EventBatch batch(*m_context.bus);
    for (const QJsonObject& node : nodes) {
        QString why;
        const auto tmpl = MessageTemplate::fromGraphJson(node, &why);
        if (!tmpl) {
            qCWarning(lcServer) << "template skipped:" << why;
            continue;
        }
        TemplateRow row;
        row.id = tmpl->id;
        row.name = tmpl->name;
        row.language = tmpl->language;
        row.status = templateStatusName(tmpl->status);
        row.category = messageCategoryName(tmpl->category).toUpper();
        row.quality = tmpl->qualityScore;
        row.graphJson = QString::fromUtf8(QJsonDocument(node).toJson(QJsonDocument::Compact));
        row.updatedAt = m_context.clock->now();
        m_seen.append({row.name, row.language});
        const auto stored = repo.find(row.name, row.language);
        if (stored && stored->graphJson == row.graphJson && stored->status == row.status)
            continue;
        repo.upsert(row);
        ++m_changed;
        if (const auto fresh = repo.find(row.name, row.language)) {
            m_context.bus->publish(
                Protocol::Ev::TemplateChanged, QJsonObject {{u"template"_s, ReadOps::templateJson(*fresh)}});
        }
    }
    if (tx.commit())
        batch.commit();
}

void TemplateSync::finish(bool ok)
{
    if (ok) {
        TemplateRepository repo(*m_context.database);
        repo.removeAllExcept(m_seen);
        repo.setLastSyncedAt(m_context.clock->now());
        qCInfo(lcServer) << "templates synchronised:" << m_seen.size() << "known," << m_changed << "changed";
    }
    m_running = false;
    Q_EMIT finished(ok, m_changed);
}

} // namespace Atendo

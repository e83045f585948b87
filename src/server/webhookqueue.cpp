#include "server/webhookqueue.h"

#include "cloudapi/webhookparser.h"
#include "core/clock.h"
#include "server/eventbus.h"
#include "server/inboundprocessor.h"
#include "server/metrics.h"
#include "server/serverlogging.h"
#include "store/database.h"
#include "store/webhookinbox.h"

namespace Atendo {

using namespace Qt::StringLiterals;

namespace {

// A failed transaction (database busy or broken) is retried after this long
// rather than in a tight loop.
constexpr int retryDelayMs = 1000;

qsizetype updateCount(const WebhookBatch& batch)
{
    return batch.messages.size() + batch.statuses.size() + batch.templateStatuses.size()
        + batch.templateQualities.size() + batch.userPreferences.size();
}

} // namespace

WebhookQueue::WebhookQueue(const ServerContext& context, InboundProcessor& inbound, QObject* parent)
    : QObject(parent), m_context(context), m_inbound(inbound)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!drainTurn())
            return;
        schedule(0);
    });
}

bool WebhookQueue::enqueue(const QByteArray& body)
{
    Database& db = *m_context.database;
    // Inside someone else's transaction the row would not be durable when Meta
    // gets its 200 (and could be rolled back with their work).
    if (db.inTransaction()) {
        qCWarning(lcWebhook) << "webhook arrived inside an open transaction; refused for redelivery";
        return false;
    }
    if (WebhookInbox(db).append(body, m_context.clock->now()) <= 0)
        return false;
    schedule(0);
    return true;
}

void WebhookQueue::schedule(int delayMs)
{
    // Never inside the request handler: the answer goes out first, and the
    // POSTs handled before the timer fires are applied together.
    if (!m_timer.isActive() || m_timer.remainingTime() > delayMs)
        m_timer.start(delayMs);
}

void WebhookQueue::drainAll()
{
    while (drainTurn()) { }
}

qint64 WebhookQueue::pending()
{
    return WebhookInbox(*m_context.database).pendingCount();
}

int WebhookQueue::prune()
{
    return WebhookInbox(*m_context.database)
        .pruneProcessedBefore(m_context.clock->now().addSecs(-KeepProcessedHours * 3600));
}

bool WebhookQueue::drainTurn()
{
    const QList<WebhookInboxRow> rows = WebhookInbox(*m_context.database).pending(0, MaxRowsPerTurn);
    QList<Parsed> turn;
    qsizetype updates = 0;
    for (const WebhookInboxRow& row : rows) {
        WebhookParseResult parsed = WebhookParser::parse(row.body);
        const qsizetype size = parsed.batch ? updateCount(*parsed.batch) : 0;
        if (!turn.isEmpty() && updates + size > MaxUpdatesPerTurn)
            break;
        if (!parsed.ok())
            qCWarning(lcWebhook) << "signed webhook" << row.id << "not understood:" << parsed.error;
        turn.append({row.id, std::move(parsed.batch)});
        updates += size;
    }
    if (turn.isEmpty())
        return false;
    if (apply(turn))
        return true;
    // One row may be what fails: apply them one by one, in order, and stop at
    // the first that still fails (order matters; it is retried later).
    for (const Parsed& row : std::as_const(turn)) {
        if (!apply({row})) {
            qCCritical(lcWebhook) << "webhook inbox row" << row.id << "not applied; retrying in"
                                  << retryDelayMs << "ms";
            schedule(retryDelayMs);
            return false;
        }
    }
    return true;
}

bool WebhookQueue::apply(const QList<Parsed>& rows)
{
    QList<WebhookBatch> batches;
    qint64 unparsed = 0;
    for (const Parsed& row : rows) {
        // Signed by Meta but not understood: an error would only make Meta
        // redeliver the same bytes for days. Marked processed with the rest.
        if (row.batch)
            batches.append(*row.batch);
        else
            ++unparsed;
    }
    Database& db = *m_context.database;
    Transaction tx = db.transaction();
    if (!tx.isActive())
        return false;
    // Consoles see the events only once the rows are marked, i.e. committed.
    EventBatch events(*m_context.bus);
    InboundProcessor::Counts counts;
    if (!m_inbound.process(batches, &counts))
        return false;
    WebhookInbox inbox(db);
    const QDateTime now = m_context.clock->now();
    for (const Parsed& row : rows) {
        if (!inbox.markProcessed(row.id, now))
            return false;
    }
    if (!tx.commit())
        return false;
    events.commit();
    Metrics& metrics = *m_context.metrics;
    metrics.increment(u"atendo_webhook_batches_applied_total"_s, qint64(rows.size()) - unparsed);
    metrics.increment(u"atendo_webhook_unparsed_total"_s, unparsed);
    metrics.increment(u"atendo_messages_total{direction=\"in\"}"_s, counts.messages);
    metrics.increment(u"atendo_webhook_duplicates_total"_s, counts.duplicates);
    metrics.increment(u"atendo_webhook_statuses_total"_s, counts.statuses);
    if (m_inbound.wantsTemplateSync() && m_requestSync) {
        m_inbound.clearTemplateSyncWish();
        m_requestSync();
    }
    return true;
}

} // namespace Atendo

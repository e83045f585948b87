#include "server/webhookqueue.h"

#include "cloudapi/webhookparser.h"
#include "core/clock.h"
#include "server/eventbus.h"
#include "server/inboundprocessor.h"
#include "server/metrics.h"
#include "server/serverconfig.h"
#include "server/serverlogging.h"
#include "store/database.h"
#include "store/webhookinbox.h"

#include <algorithm>

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
        if (drainTurn())
            scheduleNext();
    });
}

WebhookQueue::Intake WebhookQueue::enqueue(const QByteArray& body)
{
    Database& db = *m_context.database;
    // Inside someone else's transaction the row would not be durable when Meta
    // gets its 200 (and could be rolled back with their work).
    if (db.inTransaction()) {
        qCWarning(lcWebhook) << "webhook arrived inside an open transaction; refused for redelivery";
        return Intake::Failed;
    }
    const qint64 waiting = pending();
    // Durable is not bottomless: under sustained overload Meta keeps the
    // surplus (it retries with backoff) instead of our disk.
    const qint64 limit = m_context.config->webhookMaxPending;
    if (limit > 0 && waiting >= limit)
        return Intake::Backlog;
    if (WebhookInbox(db).append(body, m_context.clock->now()) <= 0)
        return Intake::Failed;
    m_pending = waiting + 1;
    scheduleNext();
    return Intake::Stored;
}

void WebhookQueue::schedule(int delayMs)
{
    // Never inside the request handler: the answer goes out first, and the
    // POSTs handled before the timer fires are applied together.
    if (!m_timer.isActive() || m_timer.remainingTime() > delayMs)
        m_timer.start(delayMs);
}

void WebhookQueue::scheduleNext()
{
    const qint64 waiting = pending();
    if (waiting <= 0)
        return;
    // A backlog needs no gathering; a trickle does.
    schedule(waiting >= MaxRowsPerTurn || m_carried ? 0 : GatherMs);
}

void WebhookQueue::drainAll()
{
    while (drainTurn()) { }
}

qint64 WebhookQueue::pending()
{
    if (m_pending < 0)
        m_pending = WebhookInbox(*m_context.database).pendingCount();
    return m_pending;
}

int WebhookQueue::prune()
{
    return WebhookInbox(*m_context.database)
        .pruneProcessedBefore(m_context.clock->now().addSecs(-KeepProcessedHours * 3600));
}

QList<WebhookQueue::Parsed> WebhookQueue::nextTurn()
{
    QList<Parsed> turn;
    qsizetype updates = 0;
    if (m_carried) {
        updates = m_carried->updates;
        turn.append(std::move(*m_carried));
        m_carried.reset();
    }
    // Read in small chunks: with big bodies a turn holds only a few rows.
    qint64 after = turn.isEmpty() ? 0 : turn.constLast().id;
    for (int chunk = 4; turn.size() < MaxRowsPerTurn; chunk = 16) {
        const QList<WebhookInboxRow> rows = WebhookInbox(*m_context.database).pending(after, chunk);
        for (const WebhookInboxRow& row : rows) {
            WebhookParseResult parsed = WebhookParser::parse(row.body);
            if (!parsed.ok())
                qCWarning(lcWebhook) << "signed webhook" << row.id << "not understood:" << parsed.error;
            Parsed next {row.id, std::move(parsed.batch), 0};
            next.updates = next.batch ? updateCount(*next.batch) : 0;
            if (!turn.isEmpty()
                && (updates + next.updates > MaxUpdatesPerTurn || turn.size() >= MaxRowsPerTurn)) {
                // Parsed once: the next turn starts with it.
                m_carried = std::move(next);
                return turn;
            }
            updates += next.updates;
            after = next.id;
            turn.append(std::move(next));
        }
        if (rows.size() < chunk)
            break;
    }
    return turn;
}

bool WebhookQueue::drainTurn()
{
    const QList<Parsed> turn = nextTurn();
    if (turn.isEmpty())
        return false;
    if (apply(turn))
        return true;
    // The carried row is no longer the oldest pending one.
    m_carried.reset();
    // One row may be what fails: apply them one by one, in order, and stop at
    // the first that still fails (order matters; it is retried later).
    for (const Parsed& row : turn) {
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
    // The turn's rows are consecutive pending rows: one statement marks them.
    const qint64 marked
        = WebhookInbox(db).markProcessed(rows.constFirst().id, rows.constLast().id, m_context.clock->now());
    if (marked != rows.size()) {
        qCCritical(lcWebhook) << "webhook inbox rows" << rows.constFirst().id << "to" << rows.constLast().id
                              << "marked" << marked << "times, expected" << rows.size();
        return false;
    }
    if (!tx.commit())
        return false;
    events.commit();
    if (m_pending >= 0)
        m_pending = std::max<qint64>(0, m_pending - rows.size());
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

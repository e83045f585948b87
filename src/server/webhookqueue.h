#pragma once

#include "cloudapi/webhookbatch.h"
#include "server/servercontext.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

namespace Atendo {

class InboundProcessor;

// Between the webhook endpoint and the InboundProcessor: a verified body is
// committed to the webhook inbox and Meta answered at once; the rows are
// applied a few milliseconds later, oldest first, the ones queued by then
// together in one transaction that also marks them processed. A crash between
// the answer and the processing leaves the row unprocessed, and start-up
// applies it before anything new is accepted.
class WebhookQueue : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookQueue)

public:
    // Rows, and updates in them, applied in one transaction at most (a row is
    // never split): bounds how long one turn of the event loop keeps new POSTs
    // waiting for their answer.
    static constexpr int MaxRowsPerTurn = 64;
    static constexpr int MaxUpdatesPerTurn = 250;
    // A lone row waits this long for others to share its transaction: a
    // commit (and the turn's fixed work) per POST is most of the cost when
    // Meta sends one update per POST. Rows are applied at once when a whole
    // turn is waiting.
    static constexpr int GatherMs = 4;
    // Processed rows are kept this long (for inspection), then pruned.
    static constexpr qint64 KeepProcessedHours = 24;

    WebhookQueue(const ServerContext& context, InboundProcessor& inbound, QObject* parent = nullptr);

    enum class Intake
    {
        Stored,
        Backlog, // refused, nothing stored: too many rows wait already
        Failed, // the database did not store it
    };
    // Stores a verified body unless [webhooks] max_pending rows already wait;
    // anything but Stored must be answered with an error so that Meta
    // delivers it again.
    Intake enqueue(const QByteArray& body);
    // Applies every unprocessed row now (start-up, tests, shutdown).
    void drainAll();
    // Rows answered but not applied yet (counted in memory after one read).
    [[nodiscard]] qint64 pending();
    int prune();

    // Called after a batch named a template this server does not know yet.
    void setTemplateSyncRequest(std::function<void()> request) { m_requestSync = std::move(request); }

private:
    void schedule(int delayMs);
    // Soon when a turn's worth is waiting, after GatherMs otherwise.
    void scheduleNext();
    // One transaction's worth of rows; false when nothing was applied.
    bool drainTurn();
    // A row as parsed; no batch when the parser did not understand it.
    struct Parsed
    {
        qint64 id = 0;
        std::optional<WebhookBatch> batch;
        qsizetype updates = 0;
    };
    QList<Parsed> nextTurn();
    bool apply(const QList<Parsed>& rows);

    ServerContext m_context;
    InboundProcessor& m_inbound;
    QTimer m_timer;
    std::function<void()> m_requestSync;
    // The first row that did not fit in the last turn, already parsed: it is
    // the oldest pending row, so the next turn starts with it.
    std::optional<Parsed> m_carried;
    // -1 until read from the table once.
    qint64 m_pending = -1;
};

} // namespace Atendo

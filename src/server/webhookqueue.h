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
// applied on the next event-loop turn, oldest first, the ones queued by then
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
    static constexpr int MaxRowsPerTurn = 8;
    static constexpr int MaxUpdatesPerTurn = 250;
    // Processed rows are kept this long (for inspection), then pruned.
    static constexpr qint64 KeepProcessedHours = 24;

    WebhookQueue(const ServerContext& context, InboundProcessor& inbound, QObject* parent = nullptr);

    // Stores a verified body; false when it could not be stored (answer an
    // error so that Meta delivers it again).
    bool enqueue(const QByteArray& body);
    // Applies every unprocessed row now (start-up, tests, shutdown).
    void drainAll();
    [[nodiscard]] qint64 pending();
    int prune();

    // Called after a batch named a template this server does not know yet.
    void setTemplateSyncRequest(std::function<void()> request) { m_requestSync = std::move(request); }

private:
    void schedule(int delayMs);
    // One transaction's worth of rows; false when nothing was applied.
    bool drainTurn();
    // A row as parsed; no batch when the parser did not understand it.
    struct Parsed
    {
        qint64 id = 0;
        std::optional<WebhookBatch> batch;
    };
    bool apply(const QList<Parsed>& rows);

    ServerContext m_context;
    InboundProcessor& m_inbound;
    QTimer m_timer;
    std::function<void()> m_requestSync;
};

} // namespace Atendo

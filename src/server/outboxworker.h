#pragma once

#include "cloudapi/cloudapierror.h"
#include "cloudapi/graphrequests.h"
#include "server/mediaoutbox.h"
#include "server/ratebucket.h"
#include "server/servercontext.h"
#include "store/outboxitem.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>

#include <optional>

class QNetworkReply;

namespace Atendo {

// Sends what the outbox holds to the Graph API: never faster than the
// configured throughput nor Meta's per-user pair limit, retried with backoff
// on rate limits, 5xx and network trouble, never twice (the wamid is recorded
// and an item is claimed by one worker only), and failed for good with a
// clear reason on permanent errors, pushed to every console as message.status.
class OutboxWorker : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxWorker)

public:
    explicit OutboxWorker(const ServerContext& context, QObject* parent = nullptr);
    ~OutboxWorker() override;

    void start();
    // Stops claiming new items; sends already on the wire still finish.
    void stop();
    // Look at the outbox soon (a message was just queued).
    void kick();
    [[nodiscard]] int inFlight() const { return m_inFlight; }

    // Fire-and-forget: WhatsApp's read receipt for a customer message.
    void sendReadReceipt(const QString& wamid);

Q_SIGNALS:
    void idle();
    // Meta accepted a send and its wamid is stored: statuses that raced ahead
    // of the reply can be applied now.
    void wamidRecorded(const QString& wamid);
    // Meta refused a template (paused, disabled, changed): time to sync.
    void templatesOutdated();

private:
    void pump();
    void send(const OutboxItem& item);
    void post(const OutboxItem& item, const QByteArray& body);
    // A file first goes to Meta's media endpoint (once), then the message by id.
    void sendMedia(const OutboxItem& item, const MediaOutbox::Queued& queued);
    void finished(QNetworkReply* reply, const OutboxItem& item);
    void succeed(const OutboxItem& item, const QString& wamid);
    void failOrRetry(const OutboxItem& item, const CloudApiError& error);
    void markFailed(qint64 messageId, const QString& code, const QString& message);
    [[nodiscard]] qint64 backoffMs(int attempts) const;
    // Why a queued message may no longer go out (the contact opted out since).
    [[nodiscard]] QString blockedReason(qint64 messageId, QString* recipient);
    // Takes a pair-limit token for `recipient`, or returns when to try again:
    // each held-back message gets its own later slot, so it waits only once.
    [[nodiscard]] std::optional<QDateTime> pairSlot(const QString& recipient, const QDateTime& now);

    ServerContext m_context;
    GraphRequests m_graph;
    QNetworkAccessManager m_network;
    MediaOutbox m_media;
    RateBucket m_throughput;
    QHash<QString, RateBucket> m_pairs;
    // The last slot promised to a held-back message, per recipient.
    QHash<QString, QDateTime> m_pairSlots;
    QTimer m_timer;
    int m_inFlight = 0;
    bool m_running = false;
};

} // namespace Atendo

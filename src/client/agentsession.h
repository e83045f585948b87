#pragma once

#include "client/backoffpolicy.h"
#include "client/pendingsends.h"
#include "client/workingset.h"
#include "core/clock.h"
#include "core/messagetemplate.h"
#include "core/ratecard.h"
#include "core/templateparameters.h"
#include "protocol/agentinfo.h"
#include "protocol/contactinfo.h"
#include "protocol/conversationinfo.h"
#include "protocol/frames.h"
#include "protocol/messageinfo.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QWebSocket;

namespace Atendo {

class LocalCache;

// The console's one connection to the server (libQuotient's Connection): logs in
// or resumes from the last applied journal `seq`, applies events in order,
// reconnects with the one BackoffPolicy when the network drops, keeps the
// server-clock offset every countdown uses, and keeps the agent's sends with
// their idempotency keys until the server has answered them. Its signals are
// shaped for the item models (InboxModel, ConversationModel, ...).
class AgentSession : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Offline,
        Connecting,
        Authenticating,
        Online,
        Reconnecting
    };
    Q_ENUM(State)

    using ReplyHandler = std::function<void(const Protocol::Reply&)>;

    explicit AgentSession(const Clock* clock, QObject* parent = nullptr);
    ~AgentSession() override;
    Q_DISABLE_COPY_MOVE(AgentSession)

    // Optional, not owned. With a cache the session shows its last snapshot at
    // once, stores what the server sends, and keeps token and lastSeq for a
    // resume across restarts.
    void setCache(LocalCache* cache);
    [[nodiscard]] LocalCache* cache() const { return m_cache; }
    void setBackoffPolicy(const BackoffPolicy& policy) { m_backoff = policy; }
    [[nodiscard]] const BackoffPolicy& backoffPolicy() const { return m_backoff; }
    // How often a ping measures the clock offset and proves the link alive (30 s).
    void setPingInterval(std::chrono::milliseconds interval);

    // Log in with a password (kept in memory only until the login answers).
    void connectToServer(const QUrl& url, const QString& username, const QString& password);
    // Start from the cache: show its snapshot, then resume with its token and lastSeq.
    // False (and nothing happens) when there is no cache or no stored token.
    bool restoreSession(const QUrl& url, const QString& username);
    void logout();
    // Skip the rest of the backoff delay (a "retry now" button).
    void reconnectNow();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] int reconnectInSeconds() const;
    [[nodiscard]] Protocol::AgentInfo agent() const { return m_agent; }
    [[nodiscard]] qint64 lastSeq() const { return m_lastSeq; }
    [[nodiscard]] std::chrono::milliseconds serverClockOffset() const { return m_clockOffset; }
    // The server's idea of now: what every countdown counts against.
    [[nodiscard]] QDateTime serverNow() const;
    // The rate card the server bills with (from the login or resume reply) and
    // its version; nullopt when the server offered none.
    [[nodiscard]] const std::optional<RateCard>& serverRateCard() const { return m_rateCard; }
    [[nodiscard]] QString rateCardVersion() const { return m_rateCardVersion; }

    // The working set as currently known (from the snapshot, cache and events).
    [[nodiscard]] QList<Protocol::ConversationInfo> conversations() const
    {
        return m_working.conversations();
    }
    [[nodiscard]] std::optional<Protocol::ConversationInfo> conversation(qint64 id) const;
    [[nodiscard]] QList<MessageTemplate> templates() const { return m_working.templates(); }
    [[nodiscard]] QList<Protocol::AgentInfo> agents() const { return m_working.agents(); }
    [[nodiscard]] std::optional<Protocol::AgentInfo> agentById(qint64 id) const
    {
        return m_working.agent(id);
    }
    // Local echoes not yet answered by the server, in send order.
    [[nodiscard]] QList<Protocol::MessageInfo> pendingMessages(qint64 conversationId) const;
    // The cache's recent history of a conversation (empty without a cache).
    [[nodiscard]] QList<Protocol::MessageInfo> cachedMessages(qint64 conversationId) const;

    // Ops. Sends return the idempotency key; the local echo is announced at once.
    QString sendText(qint64 conversationId, const QString& text, qint64 replyTo = 0);
    QString sendTemplate(
        qint64 conversationId, const MessageTemplate& tmpl, const TemplateParameters& params);
    QString sendNote(qint64 conversationId, const QString& text);
    // A file as an image, document, audio or video (by its type), with an
    // optional caption: the echo shows the file name at once, then media.upload,
    // the bytes over HTTP, and message.send; a refusal fails the echo.
    QString sendMedia(qint64 conversationId, const QString& filePath, const QString& caption);
    void startConversation(qint64 contactId, const MessageTemplate& tmpl, const TemplateParameters& params,
        ReplyHandler done = {});
    void claim(qint64 conversationId);
    void transfer(qint64 conversationId, qint64 toAgentId);
    void resolve(qint64 conversationId);
    void reopen(qint64 conversationId);
    void markRead(qint64 conversationId);
    void recordOptOut(qint64 contactId, const QString& evidence);
    void fetchMessages(qint64 conversationId, qint64 beforeId);
    void fetchContact(qint64 contactId);
    void setPresence(const QString& presence);
    // Any op. Held until the session is online; answered by `done` (and, on an
    // error, requestFailed too).
    void request(QLatin1StringView op, const QJsonObject& args, ReplyHandler done = {});

Q_SIGNALS:
    void stateChanged(Atendo::AgentSession::State state);
    void loginFailed(Atendo::Protocol::ErrorCode code, const QString& message);
    // The server could not be reached or the link failed before a login (TLS,
    // refused, unreachable); the session is Offline.
    void connectionFailed(const QString& message);
    // The whole working set was replaced (snapshot, resync or cache).
    void snapshotLoaded();
    void conversationChanged(const Atendo::Protocol::ConversationInfo& conversation);
    // The conversations one frame (or one replay) changed, each once with its
    // latest state, in the order they first changed. Emitted before
    // conversationChanged for each of them, so a list model can update once.
    void conversationsChanged(const QList<Atendo::Protocol::ConversationInfo>& conversations);
    // A local echo (id 0, status "pending") of a message the agent just sent.
    void pendingMessageAdded(const Atendo::Protocol::MessageInfo& echo);
    // Server-confirmed or inbound, not seen before on this session.
    void messageAdded(const Atendo::Protocol::MessageInfo& message);
    // A newer copy of a known message; an echo merged with its server copy (same
    // key) or refused (status "failed" with the error).
    void messageUpdated(const Atendo::Protocol::MessageInfo& message);
    // A message.status event: data is {message_id, conversation_id, status, wamid, error?, pricing?}.
    void messageStatusChanged(qint64 conversationId, qint64 messageId, const QJsonObject& data);
    void messagesFetched(
        qint64 conversationId, const QList<Atendo::Protocol::MessageInfo>& messages, bool hasMore);
    void contactChanged(const Atendo::Protocol::ContactInfo& contact);
    void templatesChanged(const QList<Atendo::MessageTemplate>& templates);
    void agentsChanged(const QList<Atendo::Protocol::AgentInfo>& agents);
    void presenceChanged(qint64 agentId, const QString& presence);
    // typing, viewers, board: passed on as they come.
    void ephemeralEvent(const Atendo::Protocol::Event& event);
    void requestFailed(const QString& op, Atendo::Protocol::ErrorCode code, const QString& message);
    // The server's rate card arrived, changed or went away.
    void rateCardChanged();

private:
    struct Outgoing
    {
        Protocol::Request request;
        ReplyHandler done;
        QDateTime sentAt;
    };

    // Connection (agentsession.cpp)
    void setState(State state);
    void openSocket();
    void onConnected();
    void onDisconnected();
    void onTextMessage(const QString& text);
    void scheduleReconnect();
    void stopWithoutReconnect();
    void dropAndResume(const QString& why);
    void handleHello(const Protocol::Event& hello);
    void sendLogin();
    void sendResume();
    void requestSnapshot();
    void goOnline();
    void onPingTimer();
    void updateClockOffset(const QDateTime& serverTime, const QDateTime& sentAt);
    void loadFromCache();
    void applyRateCard(const QJsonValue& card);
    // Requests (agentsessionrequests.cpp)
    qint64 transmit(Protocol::Request request, ReplyHandler done);
    void handleReply(const Protocol::Reply& reply);
    void failRequest(const Outgoing& outgoing, const Protocol::Error& error);
    void requeueAfterDrop();
    void flushQueued();
    QString queueSend(const QJsonObject& args, Protocol::MessageInfo echo);
    void transmitSend(PendingSends::Entry& entry);
    void onSendReplied(const QString& key, const Protocol::Reply& reply);
    [[nodiscard]] Protocol::MessageInfo makeEcho(qint64 conversationId, const QString& key) const;
    // Files (agentsessionmedia.cpp)
    void uploadMediaBytes(const QString& key, const QString& filePath, const QJsonObject& ticket);
    void sendUploadedMedia(const QString& key, const QString& kind, const QString& mediaRef);
    void failUpload(const QString& key, const QString& code, const QString& message);
    // Events (agentsessionevents.cpp)
    void handleEvent(const Protocol::Event& event);
    void applyJournalled(const Protocol::Event& event);
    void applyEvent(const Protocol::Event& event);
    void applyMessageCreated(const Protocol::MessageInfo& message);
    void applySnapshotReply(const QJsonObject& ok);
    // A frame's events are applied as one batch: one cache transaction with
    // lastSeq stored once at its end, conversation changes folded by id and
    // announced once. Batches nest; the outermost endBatch() publishes.
    void beginBatch();
    void endBatch();
    void queueConversationChange(const Protocol::ConversationInfo& conversation);
    void publishConversationChanges();
    // A resume's replay (up to the head the reply named) is one batch across its
    // frames; it ends when caught up, when a frame brings nothing new, or on a drop.
    void startCatchUp(qint64 head);
    void finishCatchUp();
    void endFrame(qint64 seqBefore);

    const Clock* m_clock;
    QWebSocket* m_socket = nullptr;
    LocalCache* m_cache = nullptr;
    BackoffPolicy m_backoff;
    State m_state = State::Offline;
    QUrl m_url;
    QString m_username;
    QString m_password;
    QString m_token;
    QString m_lastSocketError;
    Protocol::AgentInfo m_agent;
    qint64 m_lastSeq = 0;
    std::chrono::milliseconds m_clockOffset {0};
    std::optional<RateCard> m_rateCard;
    QString m_rateCardVersion;
    bool m_stopping = false; // the drop that follows must not reconnect
    bool m_awaitingSnapshot = false;
    qint64 m_gapResumedAt = -1; // lastSeq at which a gap last forced a resume
    int m_attempt = 0;
    std::chrono::milliseconds m_retryAfter {0};
    QTimer m_reconnectTimer;
    QTimer m_pingTimer;
    qint64 m_pingInFlight = 0;
    qint64 m_nextRequestId = 1;
    QHash<qint64, Outgoing> m_inFlight;
    QList<Outgoing> m_queued;
    QList<Protocol::Event> m_buffered;
    PendingSends m_pending;
    // Media sends whose file is still on its way to the server, by key.
    QHash<QString, Protocol::MessageInfo> m_uploading;
    QNetworkAccessManager* m_http = nullptr;
    WorkingSet m_working;
    int m_batchDepth = 0;
    LocalCache* m_batchCache = nullptr; // the cache whose transaction the batch holds
    bool m_batchAdvancedSeq = false;
    QList<Protocol::ConversationInfo> m_changedConversations;
    QHash<qint64, qsizetype> m_changedIndex; // conversation id -> position in m_changedConversations
    qint64 m_catchUpTo = 0; // the resume's head while its replay is being applied, else 0
    bool m_catchUpFresh = false; // started in the frame being applied
};

} // namespace Atendo

#pragma once

#include "core/messagetemplate.h"
#include "protocol/agentinfo.h"
#include "protocol/conversationinfo.h"
#include "protocol/messageinfo.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <memory>

class QSqlQuery;

namespace Atendo {

// The console's SQLite cache (QtSql), one file per server and agent, so the inbox
// and recent history show instantly at start and a restarted console resumes
// from its last journal position. It holds what the server already sent plus the
// session token; never a password. Objects are stored as their wire JSON, so the
// session replays the cache through the same code path as live data.
class LocalCache
{
public:
    // Opens (creating if needed) the database at `filePath`.
    explicit LocalCache(const QString& filePath);
    ~LocalCache();
    Q_DISABLE_COPY_MOVE(LocalCache)

    // QStandardPaths::AppDataLocation/<server-host>[_port]/<username>.sqlite.
    [[nodiscard]] static QString defaultPath(const QUrl& server, const QString& username);

    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] QString filePath() const { return m_filePath; }

    // Every write between beginBatch() and the matching endBatch() goes into one
    // SQLite transaction (one commit for a whole frame of events instead of one
    // per row). Batches nest; the outermost endBatch() commits.
    void beginBatch();
    void endBatch();

    // Session state for resume across restarts.
    void setLastSeq(qint64 seq);
    [[nodiscard]] qint64 lastSeq() const;
    void setToken(const QString& token);
    [[nodiscard]] QString token() const;
    void setAgent(const Protocol::AgentInfo& agent);
    [[nodiscard]] Protocol::AgentInfo agent() const;

    // Replaces the working set with a snapshot (conversations, templates, agents).
    void saveSnapshot(qint64 lastSeq, const QList<Protocol::ConversationInfo>& conversations,
        const QList<MessageTemplate>& templates, const QList<Protocol::AgentInfo>& agents);
    void saveConversation(const Protocol::ConversationInfo& conversation);
    void saveConversations(const QList<Protocol::ConversationInfo>& conversations);
    void saveTemplates(const QList<MessageTemplate>& templates);
    void saveAgents(const QList<Protocol::AgentInfo>& agents);
    void saveMessages(const QList<Protocol::MessageInfo>& messages);
    // Applies a message.status event's data to the cached copy, if any.
    void applyMessageStatus(qint64 messageId, const QJsonObject& statusData);

    // Most recent activity first.
    [[nodiscard]] QList<Protocol::ConversationInfo> conversations() const;
    [[nodiscard]] QList<MessageTemplate> templates() const;
    [[nodiscard]] QList<Protocol::AgentInfo> agents() const;
    // The newest `limit` messages of a conversation, oldest first.
    [[nodiscard]] QList<Protocol::MessageInfo> recentMessages(qint64 conversationId, int limit = 50) const;

    // Drops everything (logout, or another agent on this file).
    void clear();

private:
    void createSchema();
    void setMeta(const QString& key, const QString& value);
    [[nodiscard]] QString meta(const QString& key) const;
    bool exec(const QString& sql) const;

    QString m_filePath;
    QString m_connectionName;
    int m_batchDepth = 0;
    // Prepared once: a catch-up stores thousands of messages one event at a time.
    std::unique_ptr<QSqlQuery> m_saveMessage;
};

} // namespace Atendo

#include "client/localcache.h"

#include "client/clientlog.h"
#include "client/messagestatus.h"
#include "protocol/wiretime.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace Atendo {

using namespace Qt::StringLiterals;

namespace {

QString toText(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject fromText(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// A batch of writes for the length of a scope: one commit instead of one per
// row, or part of the caller's batch when one is open.
class Transaction
{
public:
    explicit Transaction(LocalCache& cache) : m_cache(cache) { m_cache.beginBatch(); }
    ~Transaction() { m_cache.endBatch(); }
    Q_DISABLE_COPY_MOVE(Transaction)

private:
    LocalCache& m_cache;
};

} // namespace

LocalCache::LocalCache(const QString& filePath)
    : m_filePath(filePath)
    , m_connectionName(u"atendo-cache-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QDir().mkpath(QFileInfo(filePath).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(filePath);
    if (!db.open()) {
        qCWarning(lcClient) << "cannot open the local cache" << filePath << db.lastError().text();
        return;
    }
    exec(u"PRAGMA journal_mode=WAL"_s);
    exec(u"PRAGMA synchronous=NORMAL"_s);
    createSchema();
}

LocalCache::~LocalCache()
{
    m_saveMessage.reset(); // before its connection goes
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString LocalCache::defaultPath(const QUrl& server, const QString& username)
{
    QString host = server.host().isEmpty() ? u"local"_s : server.host();
    if (server.port() > 0)
        host += u'_' + QString::number(server.port());
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u'/' + host + u'/' + username
        + u".sqlite"_s;
}

bool LocalCache::isOpen() const
{
    return QSqlDatabase::database(m_connectionName, false).isOpen();
}

void LocalCache::beginBatch()
{
    if (m_batchDepth++ == 0)
        QSqlDatabase::database(m_connectionName, false).transaction();
}

void LocalCache::endBatch()
{
    Q_ASSERT(m_batchDepth > 0);
    if (--m_batchDepth == 0)
        QSqlDatabase::database(m_connectionName, false).commit();
}

bool LocalCache::exec(const QString& sql) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(sql)) {
        qCWarning(lcClient) << "cache query failed" << sql << query.lastError().text();
        return false;
    }
    return true;
}

void LocalCache::createSchema()
{
    exec(u"CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s);
    exec(u"CREATE TABLE IF NOT EXISTS conversations (id INTEGER PRIMARY KEY, last_activity TEXT, "
         "json TEXT NOT NULL)"_s);
    exec(u"CREATE TABLE IF NOT EXISTS messages (id INTEGER PRIMARY KEY, conversation_id INTEGER NOT NULL, "
         "json TEXT NOT NULL)"_s);
    exec(u"CREATE INDEX IF NOT EXISTS messages_by_conversation ON messages (conversation_id, id)"_s);
    exec(u"CREATE TABLE IF NOT EXISTS templates (id TEXT PRIMARY KEY, json TEXT NOT NULL)"_s);
    exec(u"CREATE TABLE IF NOT EXISTS agents (id INTEGER PRIMARY KEY, json TEXT NOT NULL)"_s);
}

void LocalCache::setMeta(const QString& key, const QString& value)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (value.isEmpty()) {
        query.prepare(u"DELETE FROM meta WHERE key = ?"_s);
        query.addBindValue(key);
    } else {
        query.prepare(u"INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"_s);
        query.addBindValue(key);
        query.addBindValue(value);
    }
    if (!query.exec())
        qCWarning(lcClient) << "cache: cannot store" << key << query.lastError().text();
}

QString LocalCache::meta(const QString& key) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

void LocalCache::setLastSeq(qint64 seq)
{
    setMeta(u"last_seq"_s, QString::number(seq));
}

qint64 LocalCache::lastSeq() const
{
    return meta(u"last_seq"_s).toLongLong();
}

void LocalCache::setToken(const QString& token)
{
    setMeta(u"token"_s, token);
}

QString LocalCache::token() const
{
    return meta(u"token"_s);
}

void LocalCache::setAgent(const Protocol::AgentInfo& agent)
{
    setMeta(u"agent"_s, toText(agent.toJson()));
}

Protocol::AgentInfo LocalCache::agent() const
{
    return Protocol::AgentInfo::fromJson(fromText(meta(u"agent"_s))).value_or(Protocol::AgentInfo {});
}

void LocalCache::saveSnapshot(qint64 lastSeq, const QList<Protocol::ConversationInfo>& conversations,
    const QList<MessageTemplate>& templates, const QList<Protocol::AgentInfo>& agents)
{
    {
        Transaction transaction(*this);
        exec(u"DELETE FROM conversations"_s);
        saveConversations(conversations);
        setLastSeq(lastSeq);
    }
    saveTemplates(templates);
    saveAgents(agents);
}

void LocalCache::saveConversation(const Protocol::ConversationInfo& conversation)
{
    saveConversations({conversation});
}

void LocalCache::saveConversations(const QList<Protocol::ConversationInfo>& conversations)
{
    Transaction transaction(*this);
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"INSERT OR REPLACE INTO conversations (id, last_activity, json) VALUES (?, ?, ?)"_s);
    for (const auto& conversation : conversations) {
        query.addBindValue(conversation.id);
        query.addBindValue(Protocol::toWireTime(conversation.lastActivityAt));
        query.addBindValue(toText(conversation.toJson()));
        if (!query.exec())
            qCWarning(lcClient) << "cache: cannot store conversation" << query.lastError().text();
    }
}

void LocalCache::saveTemplates(const QList<MessageTemplate>& templates)
{
    Transaction transaction(*this);
    exec(u"DELETE FROM templates"_s);
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"INSERT OR REPLACE INTO templates (id, json) VALUES (?, ?)"_s);
    for (const auto& tmpl : templates) {
        query.addBindValue(tmpl.id.isEmpty() ? tmpl.name + u'/' + tmpl.language : tmpl.id);
        query.addBindValue(toText(tmpl.toGraphJson()));
        query.exec();
    }
}

void LocalCache::saveAgents(const QList<Protocol::AgentInfo>& agents)
{
    Transaction transaction(*this);
    exec(u"DELETE FROM agents"_s);
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"INSERT OR REPLACE INTO agents (id, json) VALUES (?, ?)"_s);
    for (const auto& agent : agents) {
        query.addBindValue(agent.id);
        query.addBindValue(toText(agent.toJson()));
        query.exec();
    }
}

void LocalCache::saveMessages(const QList<Protocol::MessageInfo>& messages)
{
    Transaction transaction(*this);
    if (!m_saveMessage) {
        m_saveMessage = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connectionName, false));
        m_saveMessage->prepare(
            u"INSERT OR REPLACE INTO messages (id, conversation_id, json) VALUES (?, ?, ?)"_s);
    }
    for (const auto& message : messages) {
        if (message.id <= 0)
            continue; // local echoes live in the session until the server confirms them
        m_saveMessage->addBindValue(message.id);
        m_saveMessage->addBindValue(message.conversationId);
        m_saveMessage->addBindValue(toText(message.toJson()));
        if (!m_saveMessage->exec())
            qCWarning(lcClient) << "cache: cannot store message" << m_saveMessage->lastError().text();
    }
}

void LocalCache::applyMessageStatus(qint64 messageId, const QJsonObject& statusData)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"SELECT json FROM messages WHERE id = ?"_s);
    query.addBindValue(messageId);
    if (!query.exec() || !query.next())
        return;
    auto message = Protocol::MessageInfo::fromJson(fromText(query.value(0).toString()));
    if (message && MessageStatus::applyStatusData(*message, statusData))
        saveMessages({*message});
}

QList<Protocol::ConversationInfo> LocalCache::conversations() const
{
    QList<Protocol::ConversationInfo> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT json FROM conversations ORDER BY last_activity DESC, id DESC"_s))
        return result;
    while (query.next()) {
        if (auto conversation = Protocol::ConversationInfo::fromJson(fromText(query.value(0).toString())))
            result.append(std::move(*conversation));
    }
    return result;
}

QList<MessageTemplate> LocalCache::templates() const
{
    QList<MessageTemplate> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT json FROM templates ORDER BY rowid"_s))
        return result;
    while (query.next()) {
        if (auto tmpl = MessageTemplate::fromGraphJson(fromText(query.value(0).toString())))
            result.append(std::move(*tmpl));
    }
    return result;
}

QList<Protocol::AgentInfo> LocalCache::agents() const
{
    QList<Protocol::AgentInfo> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT json FROM agents ORDER BY id"_s))
        return result;
    while (query.next()) {
        if (auto agent = Protocol::AgentInfo::fromJson(fromText(query.value(0).toString())))
            result.append(std::move(*agent));
    }
    return result;
}

QList<Protocol::MessageInfo> LocalCache::recentMessages(qint64 conversationId, int limit) const
{
    QList<Protocol::MessageInfo> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(u"SELECT json FROM messages WHERE conversation_id = ? ORDER BY id DESC LIMIT ?"_s);
    query.addBindValue(conversationId);
    query.addBindValue(limit);
    if (!query.exec())
        return result;
    while (query.next()) {
        if (auto message = Protocol::MessageInfo::fromJson(fromText(query.value(0).toString())))
            result.prepend(std::move(*message));
    }
    return result;
}

void LocalCache::clear()
{
    Transaction transaction(*this);
    for (const auto& table : {u"meta"_s, u"conversations"_s, u"messages"_s, u"templates"_s, u"agents"_s})
        exec(u"DELETE FROM "_s + table);
}

} // namespace Atendo

#pragma once

#include "protocol/messageinfo.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>
#include <utility>

namespace Atendo {

// Messages the agent sent that the server has not answered yet, in send order,
// each with its idempotency key and local echo. They survive a dropped
// connection: after a reconnect each is sent again with the same key, and the
// server, which dedupes by key, stores and sends it at most once.
class PendingSends
{
public:
    struct Entry
    {
        QString key;
        QJsonObject args; // message.send args, key included
        Protocol::MessageInfo echo; // status "pending" (or "failed" once refused)
        qint64 requestId = 0; // the request in flight, 0 when not sent on this connection
    };

    void add(const QString& key, const QJsonObject& args, const Protocol::MessageInfo& echo);
    [[nodiscard]] bool contains(const QString& key) const;
    [[nodiscard]] Entry* find(const QString& key);
    [[nodiscard]] Entry* findByRequest(qint64 requestId);
    // Removes and returns the entry; the key is remembered as confirmed.
    std::optional<Entry> confirm(const QString& key);
    // Removes and returns the entry without remembering it (a refused send).
    std::optional<Entry> take(const QString& key);
    // Whether a message with this key was already confirmed on this session, so a
    // second copy (reply after event, or event after reply) merges instead of adding.
    [[nodiscard]] bool wasConfirmed(const QString& key) const { return m_confirmed.contains(key); }

    // Removes every entry (a logout: these will never be sent).
    QList<Entry> takeAll() { return std::exchange(m_entries, {}); }
    // After a drop: nothing is in flight any more; every entry goes out again.
    void markAllUnsent();
    // Entries not in flight, in send order.
    [[nodiscard]] QList<Entry*> unsent();
    [[nodiscard]] QList<Protocol::MessageInfo> echoes(qint64 conversationId) const;
    [[nodiscard]] qsizetype size() const { return m_entries.size(); }

private:
    QList<Entry> m_entries;
    QSet<QString> m_confirmed;
};

} // namespace Atendo

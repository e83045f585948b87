#include "client/pendingsends.h"

#include <algorithm>

namespace Atendo {

void PendingSends::add(const QString& key, const QJsonObject& args, const Protocol::MessageInfo& echo)
{
    m_entries.append(Entry {key, args, echo, 0});
}

bool PendingSends::contains(const QString& key) const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(), [&key](const Entry& e) { return e.key == key; });
}

PendingSends::Entry* PendingSends::find(const QString& key)
{
    for (auto& entry : m_entries) {
        if (entry.key == key)
            return &entry;
    }
    return nullptr;
}

PendingSends::Entry* PendingSends::findByRequest(qint64 requestId)
{
    for (auto& entry : m_entries) {
        if (entry.requestId == requestId)
            return &entry;
    }
    return nullptr;
}

std::optional<PendingSends::Entry> PendingSends::confirm(const QString& key)
{
    m_confirmed.insert(key);
    return take(key);
}

std::optional<PendingSends::Entry> PendingSends::take(const QString& key)
{
    const auto it
        = std::find_if(m_entries.begin(), m_entries.end(), [&key](const Entry& e) { return e.key == key; });
    if (it == m_entries.end())
        return std::nullopt;
    Entry entry = *it;
    m_entries.erase(it);
    return entry;
}

void PendingSends::markAllUnsent()
{
    for (auto& entry : m_entries)
        entry.requestId = 0;
}

QList<PendingSends::Entry*> PendingSends::unsent()
{
    QList<Entry*> result;
    for (auto& entry : m_entries) {
        if (entry.requestId == 0)
            result.append(&entry);
    }
    return result;
}

QList<Protocol::MessageInfo> PendingSends::echoes(qint64 conversationId) const
{
    QList<Protocol::MessageInfo> result;
    for (const auto& entry : m_entries) {
        if (entry.echo.conversationId == conversationId)
            result.append(entry.echo);
    }
    return result;
}

} // namespace Atendo

#pragma once

#include "protocol/agentinfo.h"

#include <QDateTime>
#include <QString>

namespace Atendo::Bench {

// A console's LocalCache as a busy agent's would be after weeks of work:
// 10,000 conversations (names, phones, previews, assignees, windows open,
// closing and closed) and 200,000 messages. Generated once per path, in a
// child process, so the process that measures holds none of the generation.
class CacheFixture
{
public:
    static constexpr int Conversations = 10000;
    static constexpr int Messages = 200000;
    static constexpr int Agents = 20;

    // <temp>/atendo-bench/cache-10000x200000.sqlite
    [[nodiscard]] static QString defaultPath();
    // The server time the fixture's windows and activity are relative to.
    [[nodiscard]] static QDateTime now();
    // The agent the cache belongs to (agent 1, "maria").
    [[nodiscard]] static Protocol::AgentInfo me();

    // Writes the cache at `path` (replacing it).
    static bool generate(const QString& path);
    // Generates `path` unless it exists, by running `program --generate <path>`.
    static bool ensure(const QString& path, const QString& program);
};

} // namespace Atendo::Bench

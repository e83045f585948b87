#pragma once

#include "client/agentsession.h"
#include "client/inboxfiltermodel.h"
#include "client/inboxmodel.h"
#include "client/localcache.h"

#include <memory>

namespace Atendo::Bench {

// What the console builds at start, in the console's order: the cache, the
// session restored from it (its socket aims at a closed port, so everything
// shown comes from the cache) and the inbox models. Usable once the proxy has
// filtered and sorted its rows.
class InboxStack
{
public:
    InboxStack(const QString& cachePath, const Clock* clock);
    ~InboxStack();
    Q_DISABLE_COPY_MOVE(InboxStack)

    [[nodiscard]] bool isUsable() const;

    std::unique_ptr<LocalCache> cache;
    std::unique_ptr<AgentSession> session;
    std::unique_ptr<InboxModel> inbox;
    std::unique_ptr<InboxFilterModel> filter;
};

} // namespace Atendo::Bench

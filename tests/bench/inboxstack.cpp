#include "inboxstack.h"

#include "cachefixture.h"

namespace Atendo::Bench {

using namespace Qt::StringLiterals;

InboxStack::InboxStack(const QString& cachePath, const Clock* clock)
    : cache(std::make_unique<LocalCache>(cachePath))
    , session(std::make_unique<AgentSession>(clock))
    , inbox(std::make_unique<InboxModel>(session.get()))
    , filter(std::make_unique<InboxFilterModel>())
{
    session->setCache(cache.get());
    AgentSession* s = session.get();
    filter->setNowProvider([s] { return s->serverNow(); });
    filter->setMyAgentId(CacheFixture::me().id);
    filter->setSourceModel(inbox.get());
    // Port 9 (discard) is closed here: the session shows the cache and keeps retrying.
    session->restoreSession(QUrl(u"ws://127.0.0.1:9/"_s), CacheFixture::me().username);
}

InboxStack::~InboxStack()
{
    filter.reset();
    inbox.reset();
    session.reset();
    cache.reset();
}

bool InboxStack::isUsable() const
{
    return filter->rowCount() > 0 && filter->index(0, 0).data(InboxModel::ContactNameRole).isValid();
}

} // namespace Atendo::Bench

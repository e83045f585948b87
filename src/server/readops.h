#pragma once

#include "protocol/frames.h"
#include "server/servercontext.h"

#include <QJsonArray>

namespace Atendo {

class Dispatcher;
struct OpCall;
struct TemplateRow;

// The reading ops: snapshot, lists, single objects, search, roster, templates.
class ReadOps
{
public:
    explicit ReadOps(const ServerContext& context);

    void registerOn(Dispatcher& dispatcher);

    // A template as consoles see it: Meta's Graph shape plus Atendo's id.
    [[nodiscard]] static QJsonObject templateJson(const TemplateRow& row);

private:
    [[nodiscard]] Protocol::Reply snapshot(OpCall& call);
    [[nodiscard]] Protocol::Reply conversationsList(OpCall& call);
    [[nodiscard]] Protocol::Reply conversationGet(OpCall& call);
    [[nodiscard]] Protocol::Reply messagesList(OpCall& call);
    [[nodiscard]] Protocol::Reply search(OpCall& call);
    [[nodiscard]] Protocol::Reply contactGet(OpCall& call);
    [[nodiscard]] Protocol::Reply contactsSearch(OpCall& call);
    [[nodiscard]] Protocol::Reply templatesList(OpCall& call);
    [[nodiscard]] Protocol::Reply agentsList(OpCall& call);

    [[nodiscard]] QJsonArray templates();
    [[nodiscard]] QJsonArray roster();

    ServerContext m_context;
};

} // namespace Atendo

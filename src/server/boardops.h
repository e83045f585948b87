#pragma once

#include "protocol/frames.h"
#include "server/servercontext.h"

#include <QString>

namespace Atendo {

class BoardService;
class Dispatcher;
struct OpCall;

// Team leads' monitoring: board.subscribe / board.unsubscribe (live board
// events) and stats.get (notifications, cost, failures, volume, waiting).
class BoardOps
{
public:
    BoardOps(const ServerContext& context, BoardService& board, const QString& currency);

    void registerOn(Dispatcher& dispatcher);

private:
    [[nodiscard]] Protocol::Reply subscribe(OpCall& call);
    [[nodiscard]] Protocol::Reply unsubscribe(OpCall& call);
    [[nodiscard]] Protocol::Reply stats(OpCall& call);

    ServerContext m_context;
    BoardService& m_board;
    QString m_currency;
};

} // namespace Atendo

#include "server/boardservice.h"

#include "core/clock.h"
#include "protocol/ops.h"
#include "server/clientconnection.h"
#include "server/serverconfig.h"
#include "store/outbox.h"

namespace Atendo {

using namespace Qt::StringLiterals;

BoardService::BoardService(const ServerContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_state(context.config->board, *context.database, *context.presence)
{
    m_tick.setInterval(context.config->board.tickMs);
    connect(&m_tick, &QTimer::timeout, this, &BoardService::schedule);
    m_flush.setSingleShot(true);
    connect(&m_flush, &QTimer::timeout, this, &BoardService::flush);
}

QJsonObject BoardService::current()
{
    const QDateTime now = m_context.clock->now();
    if (!m_state.isLoaded())
        m_state.load(now);
    return m_state.toJson(now, Outbox(*m_context.database).depth());
}

QJsonObject BoardService::subscribe(ClientConnection& connection)
{
    const QJsonObject board = current();
    m_lastSent.insert(&connection, board);
    if (!m_tick.isActive())
        m_tick.start();
    return board;
}

void BoardService::unsubscribe(ClientConnection& connection)
{
    m_lastSent.remove(&connection);
    if (m_lastSent.isEmpty()) {
        m_tick.stop();
        m_flush.stop();
    }
}

void BoardService::observe(const Protocol::Event& event)
{
    if (m_state.apply(event) && !m_lastSent.isEmpty())
        schedule();
}

void BoardService::schedule()
{
    if (m_flush.isActive() || m_lastSent.isEmpty())
        return;
    const qint64 wait = m_sincePush.isValid()
        ? std::max<qint64>(0, m_context.config->board.minPushMs - m_sincePush.elapsed())
        : 0;
    m_flush.start(int(wait));
}

void BoardService::flush()
{
    if (m_lastSent.isEmpty())
        return;
    m_sincePush.start();
    const QJsonObject board = current();
    const Protocol::Event event {
        0, QString(Protocol::Ev::Board), m_context.clock->now(), {{u"board"_s, board}}};
    for (auto it = m_lastSent.begin(); it != m_lastSent.end(); ++it) {
        if (it.value() == board)
            continue;
        it.value() = board;
        it.key()->sendEvent(event);
    }
}

} // namespace Atendo

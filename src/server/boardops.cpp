#include "server/boardops.h"

#include "core/clock.h"
#include "protocol/argreader.h"
#include "protocol/ops.h"
#include "server/boardservice.h"
#include "server/dispatcher.h"
#include "server/serverconfig.h"
#include "server/statsreport.h"

namespace Atendo {

using namespace Qt::StringLiterals;
using Protocol::ArgReader;
using Protocol::ErrorCode;
using Protocol::Reply;

namespace {

constexpr qint64 maxStatsDays = 366;

} // namespace

BoardOps::BoardOps(const ServerContext& context, BoardService& board, const QString& currency)
    : m_context(context), m_board(board), m_currency(currency)
{ }

void BoardOps::registerOn(Dispatcher& d)
{
    d.add(
        Protocol::Op::BoardSubscribe, [this](OpCall& c) { return subscribe(c); }, AgentRole::TeamLead);
    d.add(
        Protocol::Op::BoardUnsubscribe, [this](OpCall& c) { return unsubscribe(c); }, AgentRole::TeamLead);
    d.add(
        Protocol::Op::StatsGet, [this](OpCall& c) { return stats(c); }, AgentRole::TeamLead);
}

Reply BoardOps::subscribe(OpCall& call)
{
    return call.ok(QJsonObject {{u"board"_s, m_board.subscribe(call.connection)}});
}

Reply BoardOps::unsubscribe(OpCall& call)
{
    m_board.unsubscribe(call.connection);
    return call.ok();
}

Reply BoardOps::stats(OpCall& call)
{
    QTimeZone zone(m_context.config->board.timezone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    const QString today = m_context.clock->now().toTimeZone(zone).date().toString(Qt::ISODate);
    ArgReader args(call.request.args);
    const QString fromText = args.optionalString(u"from", today, 10);
    const QString toText = args.optionalString(u"to", today, 10);
    if (!args.ok())
        return call.fail(*args.error());
    const QDate from = QDate::fromString(fromText, Qt::ISODate);
    const QDate to = QDate::fromString(toText, Qt::ISODate);
    if (!from.isValid())
        return call.fail(
            ErrorCode::BadRequest, u"from must be a date (YYYY-MM-DD)"_s, {{u"field"_s, u"from"_s}});
    if (!to.isValid() || to < from)
        return call.fail(ErrorCode::BadRequest, u"to must be a date (YYYY-MM-DD) not before from"_s,
            {{u"field"_s, u"to"_s}});
    if (from.daysTo(to) >= maxStatsDays)
        return call.fail(
            ErrorCode::BadRequest, u"at most %1 days at once"_s.arg(maxStatsDays), {{u"field"_s, u"to"_s}});
    return call.ok(StatsReport(*m_context.database, zone, m_currency).build(from, to));
}

} // namespace Atendo

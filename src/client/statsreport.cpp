#include "client/statsreport.h"

#include "client/leadtext.h"
#include "client/statstablemodel.h"
#include "core/ratecard.h"
#include "protocol/ops.h"
#include "protocol/wiretime.h"

#include <QJsonArray>
#include <QLocale>

namespace Atendo {

using namespace Qt::StringLiterals;

namespace {

using Cell = StatsTableModel::Cell;

Cell number(qint64 n)
{
    return {QLocale().toString(n), n};
}

QList<QJsonObject> objects(const QJsonObject& stats, const QString& key)
{
    QList<QJsonObject> list;
    for (const QJsonValue& value : stats.value(key).toArray())
        list.append(value.toObject());
    return list;
}

} // namespace

StatsReport::StatsReport(AgentSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_byCategory(new StatsTableModel(this))
    , m_byAgent(new StatsTableModel(this))
    , m_failures(new StatsTableModel(this))
    , m_templates(new StatsTableModel(this))
    , m_volume(new StatsTableModel(this))
    , m_waiting(new StatsTableModel(this))
    , m_firstResponse(new StatsTableModel(this))
{
    setHeaders();
}

void StatsReport::setHeaders()
{
    m_byCategory->setHeaders(
        {tr("Category"), tr("Sent"), tr("Delivered"), tr("Billable (Meta)"), tr("Estimated cost")});
    m_byAgent->setHeaders({tr("Agent"), tr("Sent"), tr("Billable (Meta)"), tr("Estimated cost")});
    m_failures->setHeaders({tr("Meta error"), tr("Failed sends")});
    m_templates->setHeaders({tr("Template"), tr("Language"), tr("Category"), tr("Status"), tr("Quality")});
    m_volume->setHeaders({tr("Hour"), tr("Inbound"), tr("Outbound")});
    m_waiting->setHeaders({tr("Waited up to"), tr("Conversations")});
    m_firstResponse->setHeaders({tr("Agent"), tr("Median first response"), tr("Responses")});
}

std::pair<QDate, QDate> StatsReport::range(Period period, const QDate& today)
{
    switch (period) {
    case Period::Today:
        return {today, today};
    case Period::ThisWeek:
        return {today.addDays(1 - today.dayOfWeek()), today};
    case Period::ThisMonth:
        return {QDate(today.year(), today.month(), 1), today};
    }
    return {today, today};
}

void StatsReport::load(Period period)
{
    const QDate today = m_session ? m_session->serverNow().toUTC().date() : QDate();
    const auto [from, to] = range(period, today);
    load(from, to);
}

void StatsReport::load(const QDate& from, const QDate& to)
{
    m_from = from;
    m_to = to;
    if (!m_session)
        return;
    m_loading = true;
    const qint64 generation = ++m_generation;
    const QJsonObject args {{u"from"_s, from.toString(Qt::ISODate)}, {u"to"_s, to.toString(Qt::ISODate)}};
    m_session->request(Protocol::Op::StatsGet, args, [this, generation](const Protocol::Reply& reply) {
        if (generation != m_generation)
            return; // an older period's answer after the lead picked another
        m_loading = false;
        if (!reply.isOk()) {
            Q_EMIT loadFailed(reply.err->code, reply.err->message);
            return;
        }
        applyStats(reply.ok);
    });
}

QString StatsReport::money(qint64 micros) const
{
    return RateCard::formatMicros(micros, m_currency);
}

QString StatsReport::agentName(qint64 agentId) const
{
    const auto agent = m_session ? m_session->agentById(agentId) : std::nullopt;
    if (agent)
        return agent->displayName.isEmpty() ? agent->username : agent->displayName;
    return tr("Agent %1").arg(agentId);
}

void StatsReport::applyStats(const QJsonObject& stats)
{
    m_currency = stats.value(u"currency"_s).toString(u"USD"_s);
    m_totals = {};
    fillCost(stats);
    fillCompliance(stats);
    fillCharts(stats);
    Q_EMIT loaded();
}

void StatsReport::fillCost(const QJsonObject& stats)
{
    QList<StatsTableModel::Row> rows;
    for (const QJsonObject& o : objects(stats, u"templates_by_category"_s)) {
        const qint64 micros = o.value(u"estimated_micros"_s).toInteger();
        m_totals.sent += o.value(u"sent"_s).toInt();
        m_totals.delivered += o.value(u"delivered"_s).toInt();
        m_totals.billableReported += o.value(u"billable_reported"_s).toInt();
        m_totals.estimatedMicros += micros;
        const QString category = o.value(u"category"_s).toString();
        const auto parsed = messageCategoryFromName(category);
        rows.append({{parsed ? LeadText::category(*parsed) : category, category},
            number(o.value(u"sent"_s).toInteger()), number(o.value(u"delivered"_s).toInteger()),
            number(o.value(u"billable_reported"_s).toInteger()), {money(micros), double(micros) / 1e6}});
    }
    m_byCategory->setRows(rows);
    rows.clear();
    for (const QJsonObject& o : objects(stats, u"templates_by_agent"_s)) {
        const qint64 agentId = o.value(u"agent_id"_s).toInteger();
        const qint64 micros = o.value(u"estimated_micros"_s).toInteger();
        rows.append({{agentName(agentId), agentName(agentId)}, number(o.value(u"sent"_s).toInteger()),
            number(o.value(u"billable_reported"_s).toInteger()), {money(micros), double(micros) / 1e6}});
    }
    m_byAgent->setRows(rows);
}

void StatsReport::fillCompliance(const QJsonObject& stats)
{
    QList<StatsTableModel::Row> rows;
    for (const QJsonObject& o : objects(stats, u"failures_by_code"_s)) {
        const QString code = o.value(u"code"_s).toString();
        m_totals.failures += o.value(u"count"_s).toInt();
        rows.append({{code, code}, number(o.value(u"count"_s).toInteger())});
    }
    m_failures->setRows(rows);
    m_totals.optOuts = stats.value(u"opt_outs"_s).toInt();
    rows.clear();
    for (const QJsonObject& o : objects(stats, u"templates"_s)) {
        const auto text = [&o](const QString& key) {
            const QString v = o.value(key).toString();
            return Cell {v, v};
        };
        rows.append({text(u"name"_s), text(u"language"_s), text(u"category"_s), text(u"status"_s),
            text(u"quality"_s)});
    }
    m_templates->setRows(rows);
}

void StatsReport::fillCharts(const QJsonObject& stats)
{
    QList<StatsTableModel::Row> rows;
    for (const QJsonObject& o : objects(stats, u"volume_per_hour"_s)) {
        const QDateTime hour = Protocol::fromWireTime(o.value(u"hour"_s));
        const QString label = QLocale().toString(hour.toLocalTime(), u"dd/MM HH:mm"_s);
        rows.append({{label, Protocol::toWireTime(hour)}, number(o.value(u"inbound"_s).toInteger()),
            number(o.value(u"outbound"_s).toInteger())});
    }
    m_volume->setRows(rows);
    rows.clear();
    qint64 previous = 0;
    for (const QJsonObject& o : objects(stats, u"waiting_histogram"_s)) {
        // The last bucket has no upper bound: "over" the one before it.
        const QJsonValue upper = o.value(u"upper_s"_s);
        const Cell bucket = upper.isDouble()
            ? Cell {LeadText::duration(upper.toInteger()), upper.toInteger()}
            : Cell {tr("over %1").arg(LeadText::duration(previous)), QString()};
        previous = upper.toInteger(previous);
        rows.append({bucket, number(o.value(u"count"_s).toInteger())});
    }
    m_waiting->setRows(rows);
    rows.clear();
    for (const QJsonObject& o : objects(stats, u"first_response_by_agent"_s)) {
        const qint64 agentId = o.value(u"agent_id"_s).toInteger();
        const qint64 median = o.value(u"median_s"_s).toInteger();
        rows.append({{agentName(agentId), agentName(agentId)}, {LeadText::duration(median), median},
            number(o.value(u"count"_s).toInteger())});
    }
    m_firstResponse->setRows(rows);
}

} // namespace Atendo

#include "server/statsreport.h"

#include "protocol/wiretime.h"
#include "server/replytracker.h"
#include "store/statsrepository.h"
#include "store/templaterepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

namespace Atendo {

using namespace Qt::StringLiterals;

namespace {

struct CostLine
{
    int sent = 0;
    int delivered = 0;
    int billable = 0;
    qint64 micros = 0;
};

// Upper bounds (seconds) of the waiting-time histogram; the last bucket is open.
constexpr qint64 waitingBuckets[] = {60, 300, 900, 3600};

QString categoryOf(const TemplateSendRow& row)
{
    if (row.billed && !row.billingCategory.isEmpty())
        return row.billingCategory.toLower();
    const QJsonObject payload = QJsonDocument::fromJson(row.payloadJson.toUtf8()).object();
    const QString category
        = payload.value(u"template"_s).toObject().value(u"category"_s).toString().toLower();
    return category.isEmpty() ? u"unknown"_s : category;
}

void add(CostLine& line, const TemplateSendRow& row)
{
    const bool failed = row.status == u"failed";
    line.sent += row.accepted && !failed ? 1 : 0;
    line.delivered += row.status == u"delivered" || row.status == u"read" ? 1 : 0;
    line.billable += row.billed && row.billable ? 1 : 0;
    line.micros += row.billed ? row.priceMicros : 0;
}

} // namespace

StatsReport::StatsReport(Database& database, const QTimeZone& zone, const QString& currency)
    : m_database(database), m_zone(zone), m_currency(currency)
{ }

QJsonObject StatsReport::build(const QDate& from, const QDate& to)
{
    const QDateTime start = QDateTime(from, QTime(0, 0), m_zone).toUTC();
    const QDateTime end = QDateTime(to.addDays(1), QTime(0, 0), m_zone).toUTC();
    QJsonObject result = templateCosts(start, end);
    result.insert(u"currency"_s, m_currency);
    result.insert(u"failures_by_code"_s, failures(start, end));
    result.insert(u"opt_outs"_s, StatsRepository(m_database).consentEvents(u"opt_out"_s, start, end));
    result.insert(u"templates"_s, templates());
    result.insert(u"volume_per_hour"_s, volume(start, end));
    const QJsonObject replyStats = replies(start, end);
    for (auto it = replyStats.begin(); it != replyStats.end(); ++it)
        result.insert(it.key(), it.value());
    return result;
}

QJsonObject StatsReport::templateCosts(const QDateTime& from, const QDateTime& to)
{
    QMap<QString, CostLine> byCategory;
    QMap<qint64, CostLine> byAgent;
    for (const TemplateSendRow& row : StatsRepository(m_database).templateSends(from, to)) {
        add(byCategory[categoryOf(row)], row);
        add(byAgent[row.authorId], row);
    }
    QJsonArray categories;
    for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it) {
        categories.append(
            QJsonObject {{u"category"_s, it.key()}, {u"sent"_s, it->sent}, {u"delivered"_s, it->delivered},
                {u"billable_reported"_s, it->billable}, {u"estimated_micros"_s, it->micros}});
    }
    QJsonArray agents;
    for (auto it = byAgent.cbegin(); it != byAgent.cend(); ++it) {
        agents.append(
            QJsonObject {{u"agent_id"_s, it.key() > 0 ? QJsonValue(it.key()) : QJsonValue(QJsonValue::Null)},
                {u"sent"_s, it->sent}, {u"billable_reported"_s, it->billable},
                {u"estimated_micros"_s, it->micros}});
    }
    return QJsonObject {{u"templates_by_category"_s, categories}, {u"templates_by_agent"_s, agents}};
}

QJsonArray StatsReport::failures(const QDateTime& from, const QDateTime& to)
{
    QJsonArray failures;
    for (const FailureCount& failure : StatsRepository(m_database).failuresByCode(from, to))
        failures.append(QJsonObject {{u"code"_s, failure.code}, {u"count"_s, failure.count}});
    return failures;
}

QJsonArray StatsReport::templates()
{
    QJsonArray templates;
    for (const TemplateRow& row : TemplateRepository(m_database).list()) {
        templates.append(QJsonObject {{u"name"_s, row.name}, {u"language"_s, row.language},
            {u"status"_s, row.status}, {u"quality"_s, row.quality.isEmpty() ? u"UNKNOWN"_s : row.quality},
            {u"category"_s, row.category}});
    }
    return templates;
}

QJsonArray StatsReport::volume(const QDateTime& from, const QDateTime& to)
{
    QJsonArray hours;
    for (const HourVolume& hour : StatsRepository(m_database).volumePerHour(from, to)) {
        hours.append(QJsonObject {{u"hour"_s, Protocol::toWireTime(hour.hour)}, {u"inbound"_s, hour.inbound},
            {u"outbound"_s, hour.outbound}});
    }
    return hours;
}

QJsonObject StatsReport::replies(const QDateTime& from, const QDateTime& to)
{
    ReplyTracker tracker;
    QList<qint64> bucketCounts(std::size(waitingBuckets) + 1, 0);
    QMap<qint64, QList<qint64>> firstByAgent;
    for (const ReplyEvent& event : StatsRepository(m_database).replyTimeline(from, to)) {
        if (event.inbound) {
            tracker.customerWrote(event.conversationId, event.at);
            continue;
        }
        const auto sample = tracker.agentReplied(event.conversationId, event.authorId, event.at);
        if (!sample || event.at < from)
            continue;
        const auto bucket = std::find_if(std::begin(waitingBuckets), std::end(waitingBuckets),
            [&](qint64 upper) { return sample->waitedSeconds <= upper; });
        ++bucketCounts[std::distance(std::begin(waitingBuckets), bucket)];
        if (sample->first && event.authorId > 0)
            firstByAgent[event.authorId].append(sample->waitedSeconds);
    }
    QJsonArray histogram;
    for (qsizetype i = 0; i < bucketCounts.size(); ++i) {
        const bool open = i == qsizetype(std::size(waitingBuckets));
        histogram.append(
            QJsonObject {{u"upper_s"_s, open ? QJsonValue(QJsonValue::Null) : QJsonValue(waitingBuckets[i])},
                {u"count"_s, bucketCounts.at(i)}});
    }
    QJsonArray first;
    for (auto it = firstByAgent.cbegin(); it != firstByAgent.cend(); ++it) {
        first.append(QJsonObject {{u"agent_id"_s, it.key()},
            {u"median_s"_s, ReplyTracker::median(it.value()).value_or(0)}, {u"count"_s, int(it->size())}});
    }
    return QJsonObject {{u"waiting_histogram"_s, histogram}, {u"first_response_by_agent"_s, first}};
}

} // namespace Atendo

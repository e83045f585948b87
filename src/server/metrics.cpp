#include "server/metrics.h"

namespace Atendo {

using namespace Qt::StringLiterals;

namespace {

const double LatencyBounds[] = {0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0};

QString helpFor(const QString& counter)
{
    if (counter.startsWith(u"atendo_events"))
        return u"Journalled events pushed to consoles"_s;
    if (counter.startsWith(u"atendo_webhook"))
        return u"Webhook requests by outcome"_s;
    if (counter.startsWith(u"atendo_messages"))
        return u"Messages by direction and outcome"_s;
    return u"Atendo counter"_s;
}

} // namespace

void Metrics::increment(const QString& counter, qint64 by)
{
    m_counters[counter] += by;
}

void Metrics::observeWebhookLatency(qint64 microseconds)
{
    const double seconds = double(microseconds) / 1e6;
    ++m_latencyCount;
    m_latencySum += seconds;
    for (double bound : LatencyBounds) {
        if (seconds <= bound)
            ++m_latencyBuckets[bound];
    }
}

void Metrics::addGauge(const QString& name, const QString& help, std::function<double()> read)
{
    m_gauges.insert(name, Gauge {help, std::move(read)});
}

QByteArray Metrics::render() const
{
    QString out;
    for (auto it = m_gauges.cbegin(); it != m_gauges.cend(); ++it) {
        out += u"# HELP %1 %2\n# TYPE %1 gauge\n%1 %3\n"_s.arg(
            it.key(), it->help, QString::number(it->read()));
    }
    QString lastFamily;
    for (auto it = m_counters.cbegin(); it != m_counters.cend(); ++it) {
        const QString family = it.key().section(u'{', 0, 0);
        if (family != lastFamily) {
            out += u"# HELP %1 %2\n# TYPE %1 counter\n"_s.arg(family, helpFor(family));
            lastFamily = family;
        }
        out += it.key() + u' ' + QString::number(it.value()) + u'\n';
    }
    const QString hist = u"atendo_webhook_latency_seconds"_s;
    out += u"# HELP %1 Time to verify, store and answer a webhook POST\n# TYPE %1 histogram\n"_s.arg(hist);
    for (double bound : LatencyBounds) {
        out += u"%1_bucket{le=\"%2\"} %3\n"_s.arg(hist, QString::number(bound))
                   .arg(m_latencyBuckets.value(bound));
    }
    out += u"%1_bucket{le=\"+Inf\"} %2\n%1_sum %3\n%1_count %2\n"_s.arg(hist)
               .arg(m_latencyCount)
               .arg(m_latencySum, 0, 'f', 6);
    return out.toUtf8();
}

} // namespace Atendo

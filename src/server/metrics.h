#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

#include <functional>

namespace Atendo {

// Counters and gauges for GET /metrics in Prometheus' text format. Gauges are
// read when scraped (connections, outbox depth) through callbacks.
class Metrics
{
public:
    void increment(const QString& counter, qint64 by = 1);
    void observeWebhookLatency(qint64 microseconds);
    void addGauge(const QString& name, const QString& help, std::function<double()> read);

    [[nodiscard]] qint64 counter(const QString& name) const { return m_counters.value(name); }
    [[nodiscard]] QByteArray render() const;

private:
    struct Gauge
    {
        QString help;
        std::function<double()> read;
    };

    QMap<QString, qint64> m_counters;
    QMap<QString, Gauge> m_gauges;
    // Webhook latency as a histogram (seconds) with fixed buckets.
    QMap<double, qint64> m_latencyBuckets;
    qint64 m_latencyCount = 0;
    double m_latencySum = 0;
};

} // namespace Atendo

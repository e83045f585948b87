#include "client/backoffpolicy.h"

#include <QRandomGenerator>

#include <algorithm>

namespace Atendo {

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

BackoffPolicy::BackoffPolicy() : BackoffPolicy({1s, 2s, 5s, 10s, 30s})
{ }

BackoffPolicy::BackoffPolicy(QList<Milliseconds> table, double jitter)
    : m_table(std::move(table)), m_jitter(std::clamp(jitter, 0.0, 1.0))
{
    if (m_table.isEmpty())
        m_table = {1s};
}

BackoffPolicy::Milliseconds BackoffPolicy::baseDelay(int attempt) const
{
    const qsizetype index = std::clamp<qsizetype>(attempt, 0, m_table.size() - 1);
    return m_table.at(index);
}

BackoffPolicy::Milliseconds BackoffPolicy::delay(
    int attempt, Milliseconds retryAfter, double unitSample) const
{
    const double factor = 1.0 + m_jitter * (2.0 * std::clamp(unitSample, 0.0, 1.0) - 1.0);
    const auto jittered = Milliseconds(qRound64(double(baseDelay(attempt).count()) * factor));
    return std::max(jittered, retryAfter);
}

BackoffPolicy::Milliseconds BackoffPolicy::delay(int attempt, Milliseconds retryAfter) const
{
    return delay(attempt, retryAfter, QRandomGenerator::global()->generateDouble());
}

BackoffPolicy::Milliseconds BackoffPolicy::retryAfter(const Protocol::Error& error)
{
    const qint64 ms = error.details.value(u"retry_after_ms"_s).toInteger();
    return Milliseconds(std::max<qint64>(ms, 0));
}

} // namespace Atendo

#include "samples.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Atendo::Bench {

using namespace Qt::StringLiterals;

double Samples::percentile(double p) const
{
    if (m_values.empty())
        return 0;
    std::vector<double> sorted = m_values;
    std::sort(sorted.begin(), sorted.end());
    const auto rank = std::size_t(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted.at(std::clamp<std::size_t>(rank, 1, sorted.size()) - 1);
}

double Samples::max() const
{
    return m_values.empty() ? 0 : *std::max_element(m_values.begin(), m_values.end());
}

double Samples::mean() const
{
    return m_values.empty()
        ? 0
        : std::accumulate(m_values.begin(), m_values.end(), 0.0) / double(m_values.size());
}

QString Samples::summary(const QString& unit) const
{
    return u"n=%1 p50=%2 p99=%3 max=%4 %5"_s.arg(count())
        .arg(median(), 0, 'f', 3)
        .arg(percentile(99), 0, 'f', 3)
        .arg(max(), 0, 'f', 3)
        .arg(unit);
}

} // namespace Atendo::Bench

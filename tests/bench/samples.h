#pragma once

#include <QString>

#include <vector>

namespace Atendo::Bench {

// Measured values of one figure (milliseconds, unless told otherwise), and the
// order statistics the performance report quotes: median, p99, max.
class Samples
{
public:
    void add(double value) { m_values.push_back(value); }
    void reserve(std::size_t count) { m_values.reserve(count); }
    [[nodiscard]] std::size_t count() const { return m_values.size(); }
    [[nodiscard]] bool isEmpty() const { return m_values.empty(); }

    // Nearest-rank percentile, p in [0, 100].
    [[nodiscard]] double percentile(double p) const;
    [[nodiscard]] double median() const { return percentile(50); }
    [[nodiscard]] double max() const;
    [[nodiscard]] double mean() const;

    // "n=1000 p50=1.23 p99=4.56 max=7.89 <unit>".
    [[nodiscard]] QString summary(const QString& unit = QStringLiteral("ms")) const;

private:
    std::vector<double> m_values;
};

} // namespace Atendo::Bench

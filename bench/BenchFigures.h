#pragma once

#include <QList>

#include <algorithm>
#include <cmath>

namespace ringback::bench {

// What every benchmark reports of repeated measurements: median, p95 (nearest rank) and max.
struct Figures
{
    double median = 0;
    double p95 = 0;
    double max = 0;
};

inline Figures figures(QList<double> v)
{
    if (v.isEmpty())
        return {};
    std::sort(v.begin(), v.end());
    const auto rank95 = qsizetype(std::ceil(0.95 * double(v.size()))) - 1;
    return {v.at(v.size() / 2), v.at(qBound(qsizetype(0), rank95, v.size() - 1)), v.last()};
}

} // namespace ringback::bench

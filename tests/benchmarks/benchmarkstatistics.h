#pragma once

#include <QList>

#include <algorithm>

// Figures over repeated runs, so that one run slowed down by the machine does not decide a result.
namespace BenchmarkStatistics {

// The middle value of the runs (the upper middle for an even count).
template<typename T>
T median(QList<T> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace BenchmarkStatistics

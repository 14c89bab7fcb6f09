#include "faultinjector.h"

#include <QDateTime>

namespace Sandbox {

FaultInjector::FaultInjector(const FaultOptions &options)
    : m_options(options)
    , m_random(options.randomSeed ? options.randomSeed
                                  : quint32(QDateTime::currentMSecsSinceEpoch()))
{
    if (!options.stallPathPattern.isEmpty())
        m_stallPattern.setPattern(options.stallPathPattern);
}

FaultInjector::RateLimit FaultInjector::admit()
{
    RateLimit result;
    if (!limitsRate())
        return result;

    // A fixed one-minute window, like the Platform's per-organisation budget.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (m_windowStart == 0 || now >= m_windowStart + 60) {
        m_windowStart = now;
        m_windowCount = 0;
    }
    const qint64 reset = m_windowStart + 60;
    const int limit = m_options.rateLimitPerMinute;
    result.exceeded = m_windowCount >= limit;
    if (!result.exceeded)
        ++m_windowCount;

    result.headers = {
            {"X-RateLimit-Limit", QByteArray::number(limit)},
            {"X-RateLimit-Remaining", QByteArray::number(limit - m_windowCount)},
            {"X-RateLimit-Reset", QByteArray::number(reset)},
    };
    if (result.exceeded) {
        result.retryAfterSeconds = int(qMax<qint64>(1, reset - now));
        result.headers.append(
                qMakePair(QByteArray("Retry-After"), QByteArray::number(result.retryAfterSeconds)));
    }
    return result;
}

std::optional<int> FaultInjector::injectedFailure()
{
    if (draw(m_options.failRate))
        return m_options.failStatus;
    return std::nullopt;
}

bool FaultInjector::shouldStall(const QString &path)
{
    if (m_stallPattern.isValid() && !m_stallPattern.pattern().isEmpty()
            && m_stallPattern.match(path).hasMatch()) {
        return true;
    }
    return draw(m_options.stallRate);
}

bool FaultInjector::shouldCorrupt()
{
    return draw(m_options.malformedJsonRate);
}

bool FaultInjector::draw(double rate)
{
    if (rate <= 0.0)
        return false;
    if (rate >= 1.0)
        return true;
    return m_random.generateDouble() < rate;
}

} // namespace Sandbox

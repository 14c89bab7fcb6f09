#pragma once

#include "httpmessages.h"
#include "sandboxoptions.h"

#include <QRandomGenerator>
#include <QRegularExpression>

#include <optional>

namespace Sandbox {

// Decides, request by request, which of the configured faults to inject.
class FaultInjector
{
public:
    explicit FaultInjector(const FaultOptions &options);

    struct RateLimit
    {
        bool exceeded = false;
        int retryAfterSeconds = 0;
        HeaderList headers; // X-RateLimit-*, and Retry-After when exceeded
    };

    bool limitsRate() const { return m_options.rateLimitPerMinute > 0; }
    // Counts one request against the per-minute budget.
    RateLimit admit();
    std::optional<int> injectedFailure();
    bool shouldStall(const QString &path);
    bool shouldCorrupt();
    int latencyMs() const { return m_options.latencyMs; }

private:
    bool draw(double rate);

    FaultOptions m_options;
    QRandomGenerator m_random;
    QRegularExpression m_stallPattern;
    qint64 m_windowStart = 0;
    int m_windowCount = 0;
};

} // namespace Sandbox

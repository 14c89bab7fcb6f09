#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <functional>
#include <optional>

// When and how soon a failed request is sent again. The delays and the sources of randomness
// and time are injectable so that tests neither wait for real back-off nor depend on chance.
struct RetryPolicy
{
    int maxAttempts = 3;                       // the first attempt included
    std::chrono::milliseconds baseDelay{250};  // back-off before the first retry, doubled after
    std::chrono::milliseconds maxDelay{30000}; // cap of the exponential back-off
    std::chrono::milliseconds maxRetryAfter{60000}; // a server's Retry-After is clamped to this
    std::function<double()> random;                 // uniform in [0, 1); empty = system generator
    std::function<QDateTime()> now;                 // for HTTP-date Retry-After; empty = clock

    // Full jitter: a uniformly random delay between 0 and the capped exponential back-off.
    std::chrono::milliseconds backoff(int retry) const; // retry = 1 for the first retry
    QDateTime currentTime() const;
};

namespace Retry {

// Whether a request may be sent again after the server answered `status`. GET retries on
// 408, 429, 500, 502, 503, 504; POST only on 429 carrying Retry-After; PUT and DELETE never.
bool mayRetryStatus(const QByteArray &method, int status, bool hasRetryAfter);
// Whether a request may be sent again after the connection failed or timed out.
bool mayRetryNetworkError(const QByteArray &method);

// Parses Retry-After as delta-seconds or an HTTP-date, relative to `now`. Garbage, negative
// numbers and absurd values give nullopt, so the caller falls back to its own back-off. A date in
// the past means "now" (zero).
std::optional<std::chrono::milliseconds> parseRetryAfter(
        const QByteArray &value, const QDateTime &now);

} // namespace Retry

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>

#include <optional>

// The server's X-RateLimit-* headers from the latest response that carried them. Rate limits
// are per organization, so every call of the client shares one budget.
struct RateLimitInfo
{
    std::optional<qint64> limit;     // X-RateLimit-Limit
    std::optional<qint64> remaining; // X-RateLimit-Remaining
    std::optional<QDateTime> reset;  // X-RateLimit-Reset (sent as UTC epoch seconds)

    // Reads the three header values; missing or unreadable ones stay unset.
    static RateLimitInfo fromHeaders(
            const QByteArray &limit, const QByteArray &remaining, const QByteArray &reset);

    bool isEmpty() const { return !limit && !remaining && !reset; }
    friend bool operator==(const RateLimitInfo &, const RateLimitInfo &) = default;
};

Q_DECLARE_METATYPE(RateLimitInfo)

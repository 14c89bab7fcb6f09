#include "ratelimit.h"

#include <QTimeZone>

static std::optional<qint64> headerNumber(const QByteArray &value)
{
    bool ok = false;
    const qint64 number = value.trimmed().toLongLong(&ok);
    if (!ok || number < 0)
        return std::nullopt;
    return number;
}

RateLimitInfo RateLimitInfo::fromHeaders(
        const QByteArray &limit, const QByteArray &remaining, const QByteArray &reset)
{
    RateLimitInfo info;
    info.limit = headerNumber(limit);
    info.remaining = headerNumber(remaining);
    if (const std::optional<qint64> epoch = headerNumber(reset))
        info.reset = QDateTime::fromSecsSinceEpoch(*epoch, QTimeZone::utc());
    if (info.reset && !info.reset->isValid()) // beyond QDateTime's range: as unreadable as garbage
        info.reset.reset();
    return info;
}

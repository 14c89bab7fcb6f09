#include "retrypolicy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace std::chrono;

milliseconds RetryPolicy::backoff(int retry) const
{
    const double cap = std::min<double>(double(maxDelay.count()),
            double(baseDelay.count()) * std::exp2(std::max(0, retry - 1)));
    double fraction = random ? random() : QRandomGenerator::global()->generateDouble();
    fraction = std::clamp(fraction, 0.0, 1.0);
    return milliseconds(qint64(std::floor(cap * fraction)));
}

QDateTime RetryPolicy::currentTime() const
{
    return now ? now() : QDateTime::currentDateTimeUtc();
}

namespace Retry {

bool mayRetryStatus(const QByteArray &method, int status, bool hasRetryAfter)
{
    if (method == "GET" || method == "HEAD") {
        static constexpr int retryable[] = {408, 429, 500, 502, 503, 504};
        return std::find(std::begin(retryable), std::end(retryable), status) != std::end(retryable);
    }
    // The server promises with 429 + Retry-After that it did nothing with the request.
    if (method == "POST")
        return status == 429 && hasRetryAfter;
    return false;
}

bool mayRetryNetworkError(const QByteArray &method)
{
    return method == "GET" || method == "HEAD";
}

static std::optional<QDateTime> parseHttpDate(const QString &text)
{
    // RFC 9110 IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT"; older forms are obsolete.
    const QLocale c = QLocale::c();
    QDateTime date = c.toDateTime(text, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (!date.isValid())
        date = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!date.isValid())
        return std::nullopt;
    if (text.endsWith(u"GMT"_s))
        date = QDateTime(date.date(), date.time(), QTimeZone::utc());
    return date;
}

std::optional<milliseconds> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;

    if (std::all_of(trimmed.begin(), trimmed.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        bool ok = false;
        const qint64 seconds = trimmed.toLongLong(&ok);
        // More than a day is not a pause but a malfunction; let the back-off decide.
        if (!ok || seconds > 86400)
            return std::nullopt;
        return duration_cast<milliseconds>(std::chrono::seconds(seconds));
    }

    const std::optional<QDateTime> date = parseHttpDate(QString::fromLatin1(trimmed));
    if (!date)
        return std::nullopt;
    const qint64 delta = now.msecsTo(*date);
    if (delta > 86400LL * 1000)
        return std::nullopt;
    return milliseconds(std::max<qint64>(0, delta));
}

} // namespace Retry

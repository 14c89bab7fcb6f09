#include "networklog.h"
#include "ratelimit.h"
#include "retrypolicy.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace std::chrono;

// The pure parts of the retry machinery: which failures are retried, how long to wait, and the
// log masking that keeps phone numbers out of shared logs.
class tst_RetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retryAfter_data();
    void retryAfter();
    void retriesOnlyWhatIsSafe_data();
    void retriesOnlyWhatIsSafe();
    void networkErrorsRetryOnlyIdempotentCalls();
    void backoffIsCappedExponentialWithFullJitter_data();
    void backoffIsCappedExponentialWithFullJitter();
    void backoffStaysWithinBoundsWithRealRandomness();
    void rateLimitHeaders_data();
    void rateLimitHeaders();
    void masksPhoneNumbers_data();
    void masksPhoneNumbers();
};

static const QDateTime now(QDate(2026, 5, 6), QTime(12, 0, 0), QTimeZone::utc());

void tst_RetryPolicy::retryAfter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("expectedMs"); // -1 = falls back to back-off

    QTest::newRow("delta seconds") << "3"_ba << qint64(3000);
    QTest::newRow("delta with spaces") << " 12 "_ba << qint64(12000);
    QTest::newRow("zero") << "0"_ba << qint64(0);
    QTest::newRow("http date in the future") << "Wed, 06 May 2026 12:00:30 GMT"_ba << qint64(30000);
    QTest::newRow("http date in the past means now")
            << "Wed, 06 May 2026 11:59:00 GMT"_ba << qint64(0);
    QTest::newRow("rfc 2822 date with offset")
            << "Wed, 06 May 2026 14:00:05 +0200"_ba << qint64(5000);
    QTest::newRow("negative") << "-5"_ba << qint64(-1);
    QTest::newRow("fractional") << "1.5"_ba << qint64(-1);
    QTest::newRow("garbage") << "soon"_ba << qint64(-1);
    QTest::newRow("empty") << ""_ba << qint64(-1);
    QTest::newRow("absurdly long") << "99999999"_ba << qint64(-1);
    QTest::newRow("date far in the future") << "Fri, 06 May 2050 12:00:00 GMT"_ba << qint64(-1);
    QTest::newRow("number overflowing 64 bits") << "99999999999999999999999"_ba << qint64(-1);
}

void tst_RetryPolicy::retryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, expectedMs);

    const std::optional<milliseconds> delay = Retry::parseRetryAfter(header, now);
    if (expectedMs < 0) {
        QVERIFY2(!delay.has_value(), qPrintable(u"parsed as %1 ms"_s.arg(delay->count())));
    } else {
        QVERIFY(delay.has_value());
        QCOMPARE(delay->count(), expectedMs);
    }
}

void tst_RetryPolicy::retriesOnlyWhatIsSafe_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("hasRetryAfter");
    QTest::addColumn<bool>("retried");

    for (int status : {408, 429, 500, 502, 503, 504})
        QTest::addRow("GET %d", status) << "GET"_ba << status << false << true;
    for (int status : {400, 401, 403, 404, 409, 422, 501})
        QTest::addRow("GET %d is final", status) << "GET"_ba << status << false << false;
    QTest::newRow("POST 429 with Retry-After") << "POST"_ba << 429 << true << true;
    QTest::newRow("POST 429 without Retry-After") << "POST"_ba << 429 << false << false;
    QTest::newRow("POST 503 with Retry-After") << "POST"_ba << 503 << true << false;
    QTest::newRow("POST 500") << "POST"_ba << 500 << false << false;
    QTest::newRow("PUT 429 with Retry-After") << "PUT"_ba << 429 << true << false;
    QTest::newRow("PUT 503") << "PUT"_ba << 503 << false << false;
    QTest::newRow("DELETE 429 with Retry-After") << "DELETE"_ba << 429 << true << false;
    QTest::newRow("DELETE 502") << "DELETE"_ba << 502 << false << false;
}

void tst_RetryPolicy::retriesOnlyWhatIsSafe()
{
    QFETCH(QByteArray, method);
    QFETCH(int, status);
    QFETCH(bool, hasRetryAfter);
    QFETCH(bool, retried);
    QCOMPARE(Retry::mayRetryStatus(method, status, hasRetryAfter), retried);
}

void tst_RetryPolicy::networkErrorsRetryOnlyIdempotentCalls()
{
    QVERIFY(Retry::mayRetryNetworkError("GET"));
    QVERIFY(!Retry::mayRetryNetworkError("POST"));
    QVERIFY(!Retry::mayRetryNetworkError("PUT"));
    QVERIFY(!Retry::mayRetryNetworkError("DELETE"));
}

void tst_RetryPolicy::backoffIsCappedExponentialWithFullJitter_data()
{
    QTest::addColumn<int>("retry");
    QTest::addColumn<double>("random");
    QTest::addColumn<qint64>("expectedMs");

    // base 250 ms, cap 30 s
    QTest::newRow("first retry, top of the range") << 1 << 0.999999 << qint64(249);
    QTest::newRow("first retry, bottom of the range") << 1 << 0.0 << qint64(0);
    QTest::newRow("second retry doubles") << 2 << 0.5 << qint64(250);
    QTest::newRow("fourth retry") << 4 << 0.5 << qint64(1000);
    QTest::newRow("tenth retry is capped") << 10 << 0.5 << qint64(15000);
    QTest::newRow("hundredth retry is capped") << 100 << 1.0 << qint64(30000);
}

void tst_RetryPolicy::backoffIsCappedExponentialWithFullJitter()
{
    QFETCH(int, retry);
    QFETCH(double, random);
    QFETCH(qint64, expectedMs);

    RetryPolicy policy;
    policy.random = [random] {
        return random;
    };
    QCOMPARE(policy.backoff(retry).count(), expectedMs);
}

void tst_RetryPolicy::backoffStaysWithinBoundsWithRealRandomness()
{
    RetryPolicy policy;
    policy.baseDelay = 100ms;
    policy.maxDelay = 1000ms;
    bool varied = false;
    const milliseconds first = policy.backoff(5);
    for (int i = 0; i < 200; ++i) {
        const milliseconds delay = policy.backoff(5);
        QVERIFY(delay >= 0ms && delay <= 1000ms);
        varied = varied || delay != first;
    }
    QVERIFY2(varied, "the jitter never changed the delay");
}

void tst_RetryPolicy::rateLimitHeaders_data()
{
    QTest::addColumn<QByteArray>("limit");
    QTest::addColumn<QByteArray>("remaining");
    QTest::addColumn<QByteArray>("reset");
    QTest::addColumn<bool>("empty");

    QTest::newRow("all three") << "60"_ba
                               << "59"_ba
                               << "1778068800"_ba << false;
    QTest::newRow("none") << ""_ba
                          << ""_ba
                          << ""_ba << true;
    QTest::newRow("garbage is ignored") << "many"_ba
                                        << "-3"_ba
                                        << "tomorrow"_ba << true;
}

void tst_RetryPolicy::rateLimitHeaders()
{
    QFETCH(QByteArray, limit);
    QFETCH(QByteArray, remaining);
    QFETCH(QByteArray, reset);
    QFETCH(bool, empty);

    const RateLimitInfo info = RateLimitInfo::fromHeaders(limit, remaining, reset);
    QCOMPARE(info.isEmpty(), empty);
    if (!empty) {
        QCOMPARE(info.limit, std::optional<qint64>(60));
        QCOMPARE(info.remaining, std::optional<qint64>(59));
        QCOMPARE(info.reset->toSecsSinceEpoch(), 1778068800);
    }
}

void tst_RetryPolicy::masksPhoneNumbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("masked");

    QTest::newRow("e164") << u"number +12015550123 added"_s << u"number +120******23 added"_s;
    QTest::newRow("url encoded plus")
            << u"contains=%2B442079460123"_s << u"contains=%2B442*******23"_s;
    QTest::newRow("bare digits") << u"search 2015550123"_s << u"search 201*****23"_s;
    QTest::newRow("formatted") << u"call (201) 555-0123"_s << u"call (201*****23"_s;
    QTest::newRow("uuid left alone")
            << u"/v1/6d1f4c1e-8f9a-4c55-9a5e-2e8c3f7b9d00/phone-numbers/123e4567-e89b-42d3-a456-426614174000"_s
            << u"/v1/6d1f4c1e-8f9a-4c55-9a5e-2e8c3f7b9d00/phone-numbers/123e4567-e89b-42d3-a456-426614174000"_s;
    QTest::newRow("short numbers left alone")
            << u"limit=20 took 153ms status 404"_s << u"limit=20 took 153ms status 404"_s;
    QTest::newRow("area code search left alone") << u"area_code=201"_s << u"area_code=201"_s;
}

void tst_RetryPolicy::masksPhoneNumbers()
{
    QFETCH(QString, text);
    QFETCH(QString, masked);
    QCOMPARE(NetworkLog::maskPhoneNumbers(text), masked);
}

QTEST_GUILESS_MAIN(tst_RetryPolicy)
#include "tst_retrypolicy.moc"

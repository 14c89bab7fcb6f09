#include "networktesting.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMutex>

using namespace Qt::StringLiterals;

// The sandbox's fault injection against the client's retries, timeouts and error reporting.
class tst_NetworkFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void getRetriesPassingServerErrors_data();
    void getRetriesPassingServerErrors();
    void writesAreNeverRetriedOnServerErrors_data();
    void writesAreNeverRetriedOnServerErrors();
    void rateLimitRetriesThenFailsClearly();
    void rateLimitedPostWithRetryAfterIsRetried();
    void stalledResponseEndsAsTimeout_data();
    void stalledResponseEndsAsTimeout();
    void slowServerHitsTheDeadline();
    void malformedJsonNamesTheEndpoint();
    void logsOneLineWithoutSecrets();

private:
    static Sandbox::Options faults(const std::function<void(Sandbox::FaultOptions &)> &set)
    {
        Sandbox::Options options;
        set(options.faults);
        return options;
    }
};

template<typename T>
static bool waitFor(const CallRecorder<T> &recorder, int timeoutMs = 10000)
{
    return QTest::qWaitFor([&] { return recorder.isDone(); }, timeoutMs);
}

void tst_NetworkFaults::getRetriesPassingServerErrors_data()
{
    QTest::addColumn<int>("status");
    for (int status : {408, 429, 500, 502, 503, 504})
        QTest::addRow("%d", status) << status;
}

void tst_NetworkFaults::getRetriesPassingServerErrors()
{
    QFETCH(int, status);
    auto fixture = SandboxClient::start(faults([&](auto &f) {
        f.failRate = 1.0;
        f.failStatus = status;
    }));
    QVERIFY(fixture);
    QList<RetryNotice> notices;
    connect(fixture->client.get(), &ApiClient::retryScheduled, this,
            [&](const RetryNotice &notice) { notices.append(notice); });

    CallRecorder<PhoneNumberPage> page;
    fixture->client->listPhoneNumbers({}, this, page.callback());
    QVERIFY(waitFor(page));
    QVERIFY(!page.isOk());
    QCOMPARE(page.error().httpStatus(), status);
    QCOMPARE(fixture->network->count("GET"), 3);
    QCOMPARE(notices.size(), 2);
    QCOMPARE(notices.first().attempt, 1);
    QVERIFY2(notices.first().message.contains(u"retrying in"_s),
            qPrintable(notices.first().message));
    QCOMPARE(page.count(), 1);
}

void tst_NetworkFaults::writesAreNeverRetriedOnServerErrors_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<int>("status");
    for (int status : {500, 502, 503, 504}) {
        QTest::addRow("POST %d", status) << "POST"_ba << status;
        QTest::addRow("PUT %d", status) << "PUT"_ba << status;
        QTest::addRow("DELETE %d", status) << "DELETE"_ba << status;
    }
    QTest::newRow("PUT 429") << "PUT"_ba << 429;
    QTest::newRow("DELETE 429") << "DELETE"_ba << 429;
}

void tst_NetworkFaults::writesAreNeverRetriedOnServerErrors()
{
    QFETCH(QByteArray, method);
    QFETCH(int, status);
    auto fixture = SandboxClient::start(faults([&](auto &f) {
        f.failRate = 1.0;
        f.failStatus = status;
    }));
    QVERIFY(fixture);
    ApiClient *client = fixture->client.get();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);

    CallRecorder<PhoneNumber> number;
    CallRecorder<Done> done;
    if (method == "POST") {
        PhoneNumberCreate create;
        create.phoneNumber = u"+12015550181"_s;
        client->createPhoneNumber(create, this, number.callback());
        QVERIFY(waitFor(number));
    } else if (method == "PUT") {
        PhoneNumberUpdate update;
        update.notes = u"x"_s;
        client->updatePhoneNumber(id, update, this, number.callback());
        QVERIFY(waitFor(number));
    } else {
        client->deletePhoneNumber(id, this, done.callback());
        QVERIFY(waitFor(done));
    }
    const ApiError error = method == "DELETE" ? done.error() : number.error();
    QCOMPARE(error.httpStatus(), status);
    QCOMPARE(fixture->network->count(method), 1);
}

void tst_NetworkFaults::rateLimitRetriesThenFailsClearly()
{
    auto fixture = SandboxClient::start(faults([](auto &f) { f.rateLimitPerMinute = 2; }));
    QVERIFY(fixture);
    ApiClient *client = fixture->client.get();
    QList<RateLimitInfo> limits;
    QList<RetryNotice> notices;
    connect(client, &ApiClient::rateLimitChanged, this,
            [&](const RateLimitInfo &info) { limits.append(info); });
    connect(client, &ApiClient::retryScheduled, this,
            [&](const RetryNotice &notice) { notices.append(notice); });

    for (int i = 0; i < 2; ++i) {
        CallRecorder<PhoneNumberPage> page;
        client->listPhoneNumbers({}, this, page.callback());
        QVERIFY(waitFor(page));
        QVERIFY2(page.isOk(), page.describe());
    }
    QVERIFY(!limits.isEmpty());
    QCOMPARE(limits.first().limit, std::optional<qint64>(2));
    QCOMPARE(client->rateLimit().remaining, std::optional<qint64>(0));
    QVERIFY(client->rateLimit().reset.has_value());

    CallRecorder<PhoneNumberPage> limited;
    client->listPhoneNumbers({}, this, limited.callback());
    QVERIFY(waitFor(limited));
    QVERIFY(!limited.isOk());
    QCOMPARE(limited.error().kind(), ApiError::Kind::RateLimited);
    QCOMPARE(limited.error().httpStatus(), 429);
    QVERIFY(limited.error().retryAfter().has_value());
    QVERIFY2(limited.error().message().contains(u"(429)"_s), limited.describe());
    QVERIFY2(limited.error().message().contains(u"Wait"_s), limited.describe());
    QCOMPARE(notices.size(), 2);
    for (const RetryNotice &notice : std::as_const(notices)) {
        QVERIFY2(notice.message.startsWith(u"Rate limited, retrying in"_s),
                qPrintable(notice.message));
        QCOMPARE(notice.delay, 100ms); // the server's Retry-After, clamped by the policy
    }
}

void tst_NetworkFaults::rateLimitedPostWithRetryAfterIsRetried()
{
    auto fixture = SandboxClient::start(faults([](auto &f) { f.rateLimitPerMinute = 1; }));
    QVERIFY(fixture);
    CallRecorder<PhoneNumberPage> page;
    fixture->client->listPhoneNumbers({}, this, page.callback());
    QVERIFY(waitFor(page));

    PhoneNumberCreate create;
    create.phoneNumber = u"+12015550182"_s;
    CallRecorder<PhoneNumber> created;
    fixture->client->createPhoneNumber(create, this, created.callback());
    QVERIFY(waitFor(created));
    QCOMPARE(created.error().kind(), ApiError::Kind::RateLimited);
    QCOMPARE(fixture->network->count("POST"), 3);
}

void tst_NetworkFaults::stalledResponseEndsAsTimeout_data()
{
    QTest::addColumn<int>("attempts");
    QTest::newRow("single attempt") << 1;
    QTest::newRow("retried, each attempt stalls") << 3;
}

void tst_NetworkFaults::stalledResponseEndsAsTimeout()
{
    QFETCH(int, attempts);
    auto fixture = SandboxClient::start(
            faults([](auto &f) { f.stallPathPattern = u"/phone-numbers$"_s; }));
    QVERIFY(fixture);
    fixture->client->setTimeouts({300ms, 20000ms});
    fixture->client->setRetryPolicy(fastRetries(attempts));

    QElapsedTimer elapsed;
    elapsed.start();
    CallRecorder<PhoneNumberPage> page;
    fixture->client->listPhoneNumbers({}, this, page.callback());
    QVERIFY(waitFor(page));
    QCOMPARE(page.error().kind(), ApiError::Kind::Timeout);
    QVERIFY2(page.error().message().contains(u"list phone numbers"_s), page.describe());
    QCOMPARE(fixture->network->count("GET"), attempts);
    // Prompt: the idle timeout per attempt plus back-off, far below the 20 s deadline.
    QVERIFY2(elapsed.elapsed() < attempts * 300 + 1500, QByteArray::number(elapsed.elapsed()));
}

void tst_NetworkFaults::slowServerHitsTheDeadline()
{
    auto fixture = SandboxClient::start(faults([](auto &f) { f.latencyMs = 3000; }));
    QVERIFY(fixture);
    fixture->client->setTimeouts({5000ms, 400ms});

    QElapsedTimer elapsed;
    elapsed.start();
    CallRecorder<PhoneNumber> number;
    fixture->client->getPhoneNumber(
            QUuid::createUuid().toString(QUuid::WithoutBraces), this, number.callback());
    QVERIFY(waitFor(number));
    QCOMPARE(number.error().kind(), ApiError::Kind::Timeout);
    QVERIFY2(number.error().message().contains(u"did not finish within"_s), number.describe());
    QVERIFY2(elapsed.elapsed() < 2000, QByteArray::number(elapsed.elapsed()));
    QCOMPARE(fixture->network->count("GET"), 1);
}

void tst_NetworkFaults::malformedJsonNamesTheEndpoint()
{
    auto fixture = SandboxClient::start(faults([](auto &f) { f.malformedJsonRate = 1.0; }));
    QVERIFY(fixture);
    CallRecorder<PhoneNumberPage> page;
    fixture->client->listPhoneNumbers({}, this, page.callback());
    QVERIFY(waitFor(page));
    QCOMPARE(page.error().kind(), ApiError::Kind::MalformedResponse);
    QVERIFY2(page.error().message().contains(u"“list phone numbers”"_s), page.describe());
    QVERIFY2(page.error().message().contains(u"malformed response"_s), page.describe());
    QVERIFY(!page.error().requestId().isEmpty());
    QCOMPARE(page.error().httpStatus(), 200);
    QCOMPARE(fixture->network->count("GET"), 1); // a malformed answer is not retried
}

struct CapturedLog
{
    QMutex mutex;
    QList<std::pair<QtMsgType, QString>> lines;
};
static CapturedLog *capturedLog = nullptr;

static void captureNetworkLog(
        QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (!capturedLog || qstrcmp(context.category, "amigo.network") != 0)
        return;
    QMutexLocker lock(&capturedLog->mutex);
    capturedLog->lines.append({type, message});
}

static QLoggingCategory::CategoryFilter previousFilter = nullptr;

// A filter rather than filter rules, because QT_LOGGING_RULES (set by CTest) overrides rules.
static void enableNetworkDebug(QLoggingCategory *category)
{
    if (previousFilter)
        previousFilter(category);
    if (qstrcmp(category->categoryName(), "amigo.network") == 0)
        category->setEnabled(QtDebugMsg, true);
}

void tst_NetworkFaults::logsOneLineWithoutSecrets()
{
    auto fixture = SandboxClient::start();
    QVERIFY(fixture);
    CallRecorder<SubAccount> account;
    fixture->client->provisionSubAccount(this, account.callback());
    QVERIFY(waitFor(account));

    CapturedLog log;
    capturedLog = &log;
    previousFilter = QLoggingCategory::installFilter(enableNetworkDebug);
    const QtMessageHandler previous = qInstallMessageHandler(captureNetworkLog);
    const auto restore = qScopeGuard([&] {
        qInstallMessageHandler(previous);
        QLoggingCategory::installFilter(previousFilter);
        capturedLog = nullptr;
    });

    AvailableNumberQuery query;
    query.contains = u"+12125550100"_s;
    CallRecorder<QList<AvailableNumber>> found;
    fixture->client->searchAvailableNumbers(query, this, found.callback());
    QVERIFY(waitFor(found));
    CallRecorder<PhoneNumber> missing;
    fixture->client->getPhoneNumber(
            QUuid::createUuid().toString(QUuid::WithoutBraces), this, missing.callback());
    QVERIFY(waitFor(missing));

    QCOMPARE(log.lines.size(), 2);
    const QString key = fixture->client->settings().apiKey;
    for (const auto &[type, line] : std::as_const(log.lines)) {
        QCOMPARE(type, QtDebugMsg);
        QVERIFY2(!line.contains(key), qPrintable(line));
        QVERIFY2(!line.contains(u"2125550100"_s), qPrintable(line));
        QVERIFY2(line.contains(u"ms attempt=1 id="_s), qPrintable(line));
    }
    QVERIFY2(log.lines.at(0).second.startsWith(u"GET /v1/"_s), qPrintable(log.lines.at(0).second));
    QVERIFY2(log.lines.at(1).second.contains(u" 404 "_s), qPrintable(log.lines.at(1).second));
    QVERIFY(!log.lines.at(1).second.contains(u"id=-"_s));
}

QTEST_GUILESS_MAIN(tst_NetworkFaults)
#include "tst_networkfaults.moc"

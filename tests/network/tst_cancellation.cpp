#include "networktesting.h"

using namespace Qt::StringLiterals;

// Every call ends exactly once, whatever its owner does: cancel it, go away, or take the access
// manager or the client down with it while the request is in flight.
class tst_Cancellation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void cancelEndsOnceAsCancelled();
    void cancelAfterTheEndDoesNothing();
    void goneContextIsNeverCalledBack();
    void cancelWhileWaitingToRetry();
    void cancelFromTheRetryNotice();
    void accessManagerDestroyedInFlight();
    void clientDestroyedInFlight();
    void callbackDestroysTheClient();
    void callbackNeverRunsInsideTheCall();

private:
    // A request sent after `recorder`'s, on a sandbox that answers in order after a delay: once
    // it has its answer, the earlier call would have had its answer too.
    void waitForLaterAnswer();

    std::unique_ptr<SandboxClient> m_fixture;
};

void tst_Cancellation::init()
{
    Sandbox::Options options;
    options.faults.latencyMs = 300;
    m_fixture = SandboxClient::start(options);
    QVERIFY(m_fixture);
}

void tst_Cancellation::cleanup()
{
    m_fixture.reset();
}

void tst_Cancellation::waitForLaterAnswer()
{
    QNetworkAccessManager network;
    ApiClient other(&network, m_fixture->client->settings());
    CallRecorder<AuthInfo> later;
    other.getAuthInfo(this, later.callback());
    QTRY_VERIFY_WITH_TIMEOUT(later.isDone(), 10000);
    QVERIFY2(later.isOk(), later.describe());
}

void tst_Cancellation::cancelEndsOnceAsCancelled()
{
    CallRecorder<PhoneNumberPage> page;
    CallHandle handle = m_fixture->client->listPhoneNumbers({}, this, page.callback());
    QVERIFY(handle.isRunning());
    handle.cancel();
    handle.cancel();
    QTRY_VERIFY(page.isDone());
    QCOMPARE(page.error().kind(), ApiError::Kind::Cancelled);
    QVERIFY(page.error().isCancelled());
    QVERIFY(!handle.isRunning());

    waitForLaterAnswer();
    QCOMPARE(page.count(), 1);
}

void tst_Cancellation::cancelAfterTheEndDoesNothing()
{
    CallRecorder<AuthInfo> auth;
    CallHandle handle = m_fixture->client->getAuthInfo(this, auth.callback());
    QTRY_VERIFY_WITH_TIMEOUT(auth.isDone(), 10000);
    QVERIFY2(auth.isOk(), auth.describe());
    QVERIFY(!handle.isRunning());
    handle.cancel();
    QCoreApplication::processEvents();
    QCOMPARE(auth.count(), 1);
    QVERIFY(auth.isOk());

    CallHandle empty;
    empty.cancel(); // a default handle is harmless
    QVERIFY(!empty.isRunning());
}

void tst_Cancellation::goneContextIsNeverCalledBack()
{
    CallRecorder<PhoneNumberPage> page;
    auto *owner = new QObject;
    CallHandle handle = m_fixture->client->listPhoneNumbers({}, owner, page.callback());
    delete owner;
    QVERIFY(!handle.isRunning());
    handle.cancel(); // still safe

    waitForLaterAnswer();
    QCOMPARE(page.count(), 0);
}

void tst_Cancellation::cancelWhileWaitingToRetry()
{
    m_fixture.reset();
    Sandbox::Options options;
    options.faults.failRate = 1.0;
    options.faults.failStatus = 503;
    m_fixture = SandboxClient::start(options);
    QVERIFY(m_fixture);
    RetryPolicy slow = fastRetries();
    slow.baseDelay = 60s;
    slow.maxDelay = 60s;
    m_fixture->client->setRetryPolicy(slow);
    m_fixture->client->setTimeouts({2000ms, 120000ms});

    int notices = 0;
    connect(m_fixture->client.get(), &ApiClient::retryScheduled, this, [&] { ++notices; });
    CallRecorder<PhoneNumberPage> page;
    CallHandle handle = m_fixture->client->listPhoneNumbers({}, this, page.callback());
    QTRY_COMPARE_WITH_TIMEOUT(notices, 1, 10000);
    QVERIFY(handle.isRunning());
    handle.cancel();
    QTRY_VERIFY(page.isDone());
    QCOMPARE(page.error().kind(), ApiError::Kind::Cancelled);
    QCOMPARE(m_fixture->network->count("GET"), 1);
}

void tst_Cancellation::cancelFromTheRetryNotice()
{
    m_fixture.reset();
    Sandbox::Options options;
    options.faults.failRate = 1.0;
    options.faults.failStatus = 502;
    m_fixture = SandboxClient::start(options);
    QVERIFY(m_fixture);

    CallRecorder<PhoneNumberPage> page;
    CallHandle handle;
    connect(m_fixture->client.get(), &ApiClient::retryScheduled, this, [&] { handle.cancel(); });
    handle = m_fixture->client->listPhoneNumbers({}, this, page.callback());
    QTRY_VERIFY_WITH_TIMEOUT(page.isDone(), 10000);
    QCOMPARE(page.error().kind(), ApiError::Kind::Cancelled);
    QCOMPARE(page.count(), 1);
    QCOMPARE(m_fixture->network->count("GET"), 1);
}

void tst_Cancellation::accessManagerDestroyedInFlight()
{
    auto *network = new QNetworkAccessManager;
    ApiClient client(network, m_fixture->client->settings());
    CallRecorder<PhoneNumberPage> page;
    CallRecorder<Done> removal;
    client.listPhoneNumbers({}, this, page.callback());
    client.deletePhoneNumber(
            QUuid::createUuid().toString(QUuid::WithoutBraces), this, removal.callback());
    delete network;

    QTRY_VERIFY(page.isDone() && removal.isDone());
    QCOMPARE(page.error().kind(), ApiError::Kind::Network);
    QVERIFY2(page.error().message().contains(u"shut down"_s), page.describe());
    QCOMPARE(removal.error().kind(), ApiError::Kind::Network);

    // Later calls fail cleanly too, after the call has returned.
    CallRecorder<AuthInfo> later;
    client.getAuthInfo(this, later.callback());
    QVERIFY(!later.isDone());
    QTRY_VERIFY(later.isDone());
    QCOMPARE(later.error().kind(), ApiError::Kind::Network);

    waitForLaterAnswer();
    QCOMPARE(page.count(), 1);
    QCOMPARE(removal.count(), 1);
}

void tst_Cancellation::clientDestroyedInFlight()
{
    QNetworkAccessManager network;
    auto client = std::make_unique<ApiClient>(&network, m_fixture->client->settings());
    CallRecorder<PhoneNumberPage> page;
    CallRecorder<SubAccount> account;
    auto *owner = new QObject;
    CallRecorder<AuthInfo> ownerless;
    client->listPhoneNumbers({}, this, page.callback());
    client->provisionSubAccount(this, account.callback());
    client->getAuthInfo(owner, ownerless.callback());
    delete owner;
    client.reset();

    QCOMPARE(page.count(), 1);
    QCOMPARE(page.error().kind(), ApiError::Kind::Cancelled);
    QCOMPARE(account.count(), 1);
    QCOMPARE(account.error().kind(), ApiError::Kind::Cancelled);
    waitForLaterAnswer();
    QCOMPARE(page.count(), 1);
    QCOMPARE(account.count(), 1);
    QCOMPARE(ownerless.count(), 0);
}

void tst_Cancellation::callbackDestroysTheClient()
{
    QNetworkAccessManager network;
    auto *client = new ApiClient(&network, m_fixture->client->settings());
    int calls = 0;
    std::optional<ApiError::Kind> kind;
    client->listPhoneNumbers({}, this, [&](const Result<PhoneNumberPage> &result) {
        ++calls;
        kind = result.isOk() ? std::nullopt : std::optional(result.error().kind());
        delete client;
    });
    QTRY_VERIFY_WITH_TIMEOUT(calls == 1, 10000);
    QVERIFY(!kind.has_value());
    waitForLaterAnswer();
    QCOMPARE(calls, 1);
}

void tst_Cancellation::callbackNeverRunsInsideTheCall()
{
    // A configuration error is known at once, yet it still arrives after the call returned.
    ConnectionSettings settings = m_fixture->client->settings();
    settings.baseUrl = QUrl(u"http://numbers.example.com"_s);
    CountingAccessManager network;
    ApiClient client(&network, settings);
    CallRecorder<PhoneNumberPage> page;
    const CallHandle handle = client.listPhoneNumbers({}, this, page.callback());
    QVERIFY(!page.isDone());
    QVERIFY(handle.isRunning());
    QTRY_VERIFY(page.isDone());
    QCOMPARE(page.error().kind(), ApiError::Kind::Configuration);
    QVERIFY2(page.error().message().contains(u"https://"_s), page.describe());
    QVERIFY(network.sent.isEmpty());
}

QTEST_GUILESS_MAIN(tst_Cancellation)
#include "tst_cancellation.moc"

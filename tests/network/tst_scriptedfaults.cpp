#include "networktesting.h"
#include "scriptedhttpserver.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSslConfiguration>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

// Faults the sandbox cannot produce on demand, from a scripted loopback server: redirects to
// another origin, stalls in the middle of a body, HTML from a proxy, odd Retry-After values,
// purchases whose outcome is unknown, and a certificate nobody trusts.
class tst_ScriptedFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void redirectToAnotherOriginIsRefused_data();
    void redirectToAnotherOriginIsRefused();
    void redirectedWriteIsAnError_data();
    void redirectedWriteIsAnError();
    void sameOriginGetRedirectIsFollowed();
    void stallAfterHeadersOrMidBodyIsATimeout_data();
    void stallAfterHeadersOrMidBodyIsATimeout();
    void tricklingBodyHitsTheDeadline();
    void unreadableBodiesAreMalformed_data();
    void unreadableBodiesAreMalformed();
    void htmlErrorPageFromAProxy();
    void retryAfterDecidesTheDelay_data();
    void retryAfterDecidesTheDelay();
    void postRetriesOnlyOnRateLimitWithRetryAfter_data();
    void postRetriesOnlyOnRateLimitWithRetryAfter();
    void purchaseWithUnknownOutcomeIsNeverResent_data();
    void purchaseWithUnknownOutcomeIsNeverResent();
    void purchaseThatNeverLeftIsAPlainNetworkError();
    void clearForwardingAcceptsBodyOrNoContent_data();
    void clearForwardingAcceptsBodyOrNoContent();
    void requestIdFromTheErrorBody();
    void rateLimitHeadersAreReportedWhenTheyChange();
    void untrustedCertificateIsRefused();
    void insecureBaseUrlIsRefused_data();
    void insecureBaseUrlIsRefused();

private:
    std::unique_ptr<ApiClient> clientFor(const QUrl &baseUrl);

    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<CountingAccessManager> m_network;
};

static const QString workspaceId = u"6d1f4c1e-8f9a-4c55-9a5e-2e8c3f7b9d00"_s;
static const QString numberId = u"0b6f7c52-3f5e-4b7e-9a53-7f0e4d3e2a11"_s;

static QByteArray numberJson()
{
    return R"({"id": "0b6f7c52-3f5e-4b7e-9a53-7f0e4d3e2a11",
        "workspace_id": "6d1f4c1e-8f9a-4c55-9a5e-2e8c3f7b9d00", "phone_number": "+12015550123",
        "display_name": "Front desk", "provider": "twilio", "capabilities": ["inbound"],
        "status": "active", "inbound_service_id": null, "provider_phone_sid": null, "notes": "",
        "forwarding": null, "created_at": "2026-05-05T22:29:32Z",
        "updated_at": "2026-05-06T08:00:00Z"})";
}

static QByteArray pageJson()
{
    return R"({"items": [)" + numberJson() + R"(], "has_more": false, "total": 1})";
}

static PhoneNumberCreate newNumber()
{
    PhoneNumberCreate create;
    create.phoneNumber = u"+12015550123"_s;
    return create;
}

static PurchaseRequest purchaseOf(const QString &number)
{
    PurchaseRequest purchase;
    purchase.phoneNumber = number;
    return purchase;
}

template<typename T>
static bool waitFor(const CallRecorder<T> &recorder, int timeoutMs = 10000)
{
    return QTest::qWaitFor([&] { return recorder.isDone(); }, timeoutMs);
}

void tst_ScriptedFaults::init()
{
    m_server = std::make_unique<ScriptedHttpServer>();
    m_network = std::make_unique<CountingAccessManager>();
}

void tst_ScriptedFaults::cleanup()
{
    m_network.reset();
    m_server.reset();
}

std::unique_ptr<ApiClient> tst_ScriptedFaults::clientFor(const QUrl &baseUrl)
{
    auto client = std::make_unique<ApiClient>(
            m_network.get(), ConnectionSettings{baseUrl, workspaceId, u"secret-key-42"_s});
    client->setRetryPolicy(fastRetries());
    client->setTimeouts({2000ms, 15000ms});
    return client;
}

void tst_ScriptedFaults::redirectToAnotherOriginIsRefused_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<int>("status");
    QTest::newRow("GET 302") << "GET"_ba << 302;
    QTest::newRow("GET 301") << "GET"_ba << 301;
    QTest::newRow("GET 307") << "GET"_ba << 307;
    QTest::newRow("PUT 308") << "PUT"_ba << 308;
    QTest::newRow("POST 307") << "POST"_ba << 307;
    QTest::newRow("DELETE 302") << "DELETE"_ba << 302;
}

void tst_ScriptedFaults::redirectToAnotherOriginIsRefused()
{
    QFETCH(QByteArray, method);
    QFETCH(int, status);
    ScriptedHttpServer elsewhere;
    QVERIFY(elsewhere.listen());
    elsewhere.enqueue(ScriptedResponse::http(200, pageJson()));
    QVERIFY(m_server->listen());
    const QByteArray location = elsewhere.baseUrl().toEncoded() + "/v1/stolen";
    m_server->enqueue(ScriptedResponse::http(status, {}, {{"Location", location}}));
    auto client = clientFor(m_server->baseUrl());

    std::optional<ApiError> error;
    const auto keep = [&](const auto &result) {
        error = result.isOk() ? ApiError() : result.error();
    };
    if (method == "GET")
        client->getPhoneNumber(numberId, this, [&](const Result<PhoneNumber> &r) { keep(r); });
    else if (method == "PUT")
        client->updatePhoneNumber(
                numberId, {}, this, [&](const Result<PhoneNumber> &r) { keep(r); });
    else if (method == "POST")
        client->createPhoneNumber(
                newNumber(), this, [&](const Result<PhoneNumber> &r) { keep(r); });
    else
        client->deletePhoneNumber(numberId, this, [&](const Result<Done> &r) { keep(r); });
    QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), 10000);

    QCOMPARE(error->kind(), ApiError::Kind::Http);
    QCOMPARE(error->httpStatus(), status);
    QVERIFY2(error->message().contains(u"not followed"_s), qPrintable(error->message()));
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().first().headers.value("authorization"), "Bearer secret-key-42");
    QCOMPARE(elsewhere.connectionCount(), 0); // the key never reached the other origin
}

void tst_ScriptedFaults::redirectedWriteIsAnError_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::newRow("PUT") << "PUT"_ba;
    QTest::newRow("POST") << "POST"_ba;
    QTest::newRow("DELETE") << "DELETE"_ba;
}

void tst_ScriptedFaults::redirectedWriteIsAnError()
{
    QFETCH(QByteArray, method);
    QVERIFY(m_server->listen());
    m_server->enqueue(ScriptedResponse::http(307, {}, {{"Location", "/v1/elsewhere"}}));
    m_server->enqueue(ScriptedResponse::http(200, numberJson()));
    auto client = clientFor(m_server->baseUrl());

    CallRecorder<PhoneNumber> number;
    CallRecorder<Done> done;
    if (method == "PUT") {
        client->setForwarding(numberId, {true, u"+12015550100"_s, true}, this, number.callback());
        QVERIFY(waitFor(number));
    } else if (method == "POST") {
        client->createPhoneNumber(newNumber(), this, number.callback());
        QVERIFY(waitFor(number));
    } else {
        client->deletePhoneNumber(numberId, this, done.callback());
        QVERIFY(waitFor(done));
    }
    const ApiError error = method == "DELETE" ? done.error() : number.error();
    QCOMPARE(error.httpStatus(), 307);
    QVERIFY2(error.message().contains(u"nothing was changed"_s), qPrintable(error.message()));
    QCOMPARE(m_server->requests().size(), 1);
}

void tst_ScriptedFaults::sameOriginGetRedirectIsFollowed()
{
    QVERIFY(m_server->listen());
    m_server->enqueue(ScriptedResponse::http(301, {}, {{"Location", "/moved/phone-numbers"}}));
    m_server->enqueue(ScriptedResponse::http(200, pageJson()));
    auto client = clientFor(m_server->baseUrl());

    CallRecorder<PhoneNumberPage> page;
    client->listPhoneNumbers({}, this, page.callback());
    QVERIFY(waitFor(page));
    QVERIFY2(page.isOk(), page.describe());
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requests().at(1).target, "/moved/phone-numbers");
    QCOMPARE(m_server->requests().at(1).headers.value("authorization"), "Bearer secret-key-42");
}

void tst_ScriptedFaults::stallAfterHeadersOrMidBodyIsATimeout_data()
{
    QTest::addColumn<QByteArray>("sent");
    QTest::newRow("headers then nothing") << QByteArray();
    QTest::newRow("half the body then nothing") << pageJson().left(40);
}

void tst_ScriptedFaults::stallAfterHeadersOrMidBodyIsATimeout()
{
    QFETCH(QByteArray, sent);
    QVERIFY(m_server->listen());
    m_server->enqueue(ScriptedResponse::stallAfter(sent, pageJson().size()));
    auto client = clientFor(m_server->baseUrl());
    client->setTimeouts({300ms, 30000ms});
    client->setRetryPolicy(fastRetries(1));

    QElapsedTimer elapsed;
    elapsed.start();
    CallRecorder<PhoneNumberPage> page;
    client->listPhoneNumbers({}, this, page.callback());
    QVERIFY(waitFor(page));
    QCOMPARE(page.error().kind(), ApiError::Kind::Timeout);
    QVERIFY2(page.error().message().contains(u"stopped answering"_s), page.describe());
    QVERIFY2(elapsed.elapsed() < 1500, QByteArray::number(elapsed.elapsed()));
}

void tst_ScriptedFaults::tricklingBodyHitsTheDeadline()
{
    QVERIFY(m_server->listen());
    const QByteArray body = pageJson();
    ScriptedResponse trickle = ScriptedResponse::http(200, body);
    const QByteArray all = trickle.chunks.first();
    trickle.chunks.clear();
    for (qsizetype i = 0; i < all.size(); i += 8)
        trickle.chunks.append(all.mid(i, 8));
    trickle.chunkIntervalMs = 50; // never idle for long, but never done
    m_server->enqueue(trickle);
    auto client = clientFor(m_server->baseUrl());
    client->setTimeouts({300ms, 700ms});

    QElapsedTimer elapsed;
    elapsed.start();
    CallRecorder<PhoneNumberPage> page;
    client->listPhoneNumbers({}, this, page.callback());
    QVERIFY(waitFor(page));
    QCOMPARE(page.error().kind(), ApiError::Kind::Timeout);
    QVERIFY2(page.error().message().contains(u"did not finish within"_s), page.describe());
    QVERIFY2(elapsed.elapsed() < 2000, QByteArray::number(elapsed.elapsed()));
}

void tst_ScriptedFaults::unreadableBodiesAreMalformed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("reason");

    QTest::newRow("html page from a proxy")
            << "<!DOCTYPE html><html><body>Sign in to the Wi-Fi</body></html>"_ba
            << "text/html"_ba << u"HTML page"_s;
    QTest::newRow("empty body") << QByteArray() << "application/json"_ba << u"empty"_s;
    QTest::newRow("truncated json") << pageJson().left(pageJson().size() / 2)
                                    << "application/json"_ba << u"not valid JSON"_s;
    QTest::newRow("wrong type in a field")
            << QByteArray(pageJson()).replace(R"("has_more": false)", R"("has_more": "no")")
            << "application/json"_ba << u"has_more"_s;
    QTest::newRow("a list instead of an object") << "[]"_ba
                                                 << "application/json"_ba << u"not a JSON object"_s;
    QTest::newRow("null") << "null"_ba
                          << "application/json"_ba << u"JSON"_s;
}

void tst_ScriptedFaults::unreadableBodiesAreMalformed()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, reason);
    QVERIFY(m_server->listen());
    m_server->enqueue(
            ScriptedResponse::http(200, body, {{"x-request-id", "req-malformed"}}, contentType));
    auto client = clientFor(m_server->baseUrl());

    CallRecorder<PhoneNumberPage> page;
    client->listPhoneNumbers({}, this, page.callback());
    QVERIFY(waitFor(page));
    QCOMPARE(page.error().kind(), ApiError::Kind::MalformedResponse);
    QVERIFY2(page.error().message().contains(u"“list phone numbers”"_s), page.describe());
    QVERIFY2(page.error().message().contains(reason), page.describe());
    QCOMPARE(page.error().requestId(), u"req-malformed"_s);
    QCOMPARE(m_server->requests().size(), 1);
}

void tst_ScriptedFaults::htmlErrorPageFromAProxy()
{
    QVERIFY(m_server->listen());
    m_server->enqueue(ScriptedResponse::http(
            502, "<html><body><h1>502 Bad Gateway</h1></body></html>", {}, "text/html"));
    auto client = clientFor(m_server->baseUrl());

    CallRecorder<PhoneNumber> number;
    client->getPhoneNumber(numberId, this, number.callback());
    QVERIFY(waitFor(number));
    QCOMPARE(number.error().kind(), ApiError::Kind::Http);
    QCOMPARE(number.error().httpStatus(), 502);
    QVERIFY2(number.error().message().contains(u"(502)"_s), number.describe());
    QVERIFY2(number.error().message().contains(u"Try again"_s), number.describe());
    QCOMPARE(m_server->requests().size(), 3); // a passing gateway error is retried
}

void tst_ScriptedFaults::retryAfterDecidesTheDelay_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<qint64>("delayMs");

    // The policy: 10 ms base with the jitter fixed at one half, Retry-After clamped to 100 ms.
    QTest::newRow("delta seconds, clamped") << 429 << "120"_ba << qint64(100);
    QTest::newRow("zero") << 503 << "0"_ba << qint64(0);
    const QByteArray future = QLocale::c()
                                      .toString(QDateTime::currentDateTimeUtc().addSecs(30),
                                              u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s)
                                      .toLatin1();
    QTest::newRow("http date, clamped") << 503 << future << qint64(100);
    QTest::newRow("http date in the past")
            << 429 << "Thu, 01 Jan 2015 00:00:00 GMT"_ba << qint64(0);
    QTest::newRow("garbage falls back to back-off") << 429 << "soon"_ba << qint64(5);
    QTest::newRow("negative falls back to back-off") << 503 << "-10"_ba << qint64(5);
    QTest::newRow("absent means back-off") << 503 << QByteArray() << qint64(5);
}

void tst_ScriptedFaults::retryAfterDecidesTheDelay()
{
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    QFETCH(qint64, delayMs);
    QVERIFY(m_server->listen());
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!retryAfter.isEmpty())
        headers.append({"Retry-After", retryAfter});
    m_server->enqueue(ScriptedResponse::http(status, R"({"detail": "slow down"})", headers));
    m_server->enqueue(ScriptedResponse::http(200, pageJson()));
    auto client = clientFor(m_server->baseUrl());
    QList<RetryNotice> notices;
    connect(client.get(), &ApiClient::retryScheduled, this,
            [&](const RetryNotice &notice) { notices.append(notice); });

    CallRecorder<PhoneNumberPage> page;
    client->listPhoneNumbers({}, this, page.callback());
    QVERIFY(waitFor(page));
    QVERIFY2(page.isOk(), page.describe());
    QCOMPARE(notices.size(), 1);
    QCOMPARE(notices.first().delay.count(), delayMs);
    QCOMPARE(notices.first().reason.httpStatus(), status);
}

void tst_ScriptedFaults::postRetriesOnlyOnRateLimitWithRetryAfter_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("requests");
    QTest::addColumn<bool>("succeeds");

    QTest::newRow("429 with Retry-After") << 429 << "1"_ba << 2 << true;
    QTest::newRow("429 without Retry-After") << 429 << QByteArray() << 1 << false;
    QTest::newRow("429 with garbage Retry-After") << 429 << "later"_ba << 1 << false;
    QTest::newRow("503 with Retry-After") << 503 << "1"_ba << 1 << false;
}

void tst_ScriptedFaults::postRetriesOnlyOnRateLimitWithRetryAfter()
{
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, requests);
    QFETCH(bool, succeeds);
    QVERIFY(m_server->listen());
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!retryAfter.isEmpty())
        headers.append({"Retry-After", retryAfter});
    m_server->enqueue(ScriptedResponse::http(status, R"({"detail": "busy"})", headers));
    m_server->enqueue(ScriptedResponse::http(201, numberJson()));
    auto client = clientFor(m_server->baseUrl());

    CallRecorder<PhoneNumber> created;
    client->createPhoneNumber(newNumber(), this, created.callback());
    QVERIFY(waitFor(created));
    QCOMPARE(created.isOk(), succeeds);
    if (!succeeds)
        QCOMPARE(created.error().httpStatus(), status);
    QCOMPARE(m_server->requests().size(), requests);
}

void tst_ScriptedFaults::purchaseWithUnknownOutcomeIsNeverResent_data()
{
    QTest::addColumn<ScriptedResponse>("response");
    QTest::newRow("no answer at all") << ScriptedResponse::silence();
    QTest::newRow("connection dropped") << ScriptedResponse::hangUp();
    QTest::newRow("headers then stall") << ScriptedResponse::stallAfter({}, 200);
    QTest::newRow("gateway timeout")
            << ScriptedResponse::http(504, "<html>timeout</html>", {}, "text/html");
}

void tst_ScriptedFaults::purchaseWithUnknownOutcomeIsNeverResent()
{
    QFETCH(ScriptedResponse, response);
    QVERIFY(m_server->listen());
    m_server->enqueue(response);
    auto client = clientFor(m_server->baseUrl());
    client->setTimeouts({300ms, 10000ms});

    PurchaseRequest purchase;
    purchase.phoneNumber = u"+12015550166"_s;
    CallRecorder<PurchasedNumber> bought;
    client->purchasePhoneNumber(purchase, this, bought.callback());
    QVERIFY(waitFor(bought));
    QCOMPARE(bought.error().kind(), ApiError::Kind::OutcomeUnknown);
    QVERIFY2(bought.error().message().contains(u"It is not known whether"_s), bought.describe());
    QVERIFY2(
            bought.error().message().contains(u"Refresh the list of numbers"_s), bought.describe());
    QCOMPARE(bought.error().endpoint(), u"buy phone number"_s);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_network->count("POST"), 1);
}

void tst_ScriptedFaults::purchaseThatNeverLeftIsAPlainNetworkError()
{
    QVERIFY(m_server->listen());
    const QUrl url = m_server->baseUrl();
    m_server.reset(); // nothing listens on that port any more
    auto client = clientFor(url);

    CallRecorder<PurchasedNumber> bought;
    client->purchasePhoneNumber(purchaseOf(u"+12015550166"_s), this, bought.callback());
    QVERIFY(waitFor(bought));
    QCOMPARE(bought.error().kind(), ApiError::Kind::Network);
    QVERIFY2(bought.error().message().contains(u"refused"_s), bought.describe());
}

void tst_ScriptedFaults::clearForwardingAcceptsBodyOrNoContent_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("hasNumber");
    QTest::newRow("200 with the number") << 200 << numberJson() << true;
    QTest::newRow("204 without a body") << 204 << QByteArray() << false;
}

void tst_ScriptedFaults::clearForwardingAcceptsBodyOrNoContent()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, hasNumber);
    QVERIFY(m_server->listen());
    m_server->enqueue(ScriptedResponse::http(status, body));
    auto client = clientFor(m_server->baseUrl());

    CallRecorder<std::optional<PhoneNumber>> cleared;
    client->clearForwarding(numberId, this, cleared.callback());
    QVERIFY(waitFor(cleared));
    QVERIFY2(cleared.isOk(), cleared.describe());
    QCOMPARE(cleared.value().has_value(), hasNumber);
    QCOMPARE(m_server->requests().first().method, "DELETE");
    QVERIFY(m_server->requests().first().target.endsWith("/forwarding"));
}

void tst_ScriptedFaults::requestIdFromTheErrorBody()
{
    QVERIFY(m_server->listen());
    m_server->enqueue(ScriptedResponse::http(
            409, R"({"detail": "Phone number already registered.", "request_id": "req-77"})"));
    auto client = clientFor(m_server->baseUrl());
    CallRecorder<PhoneNumber> created;
    client->createPhoneNumber(newNumber(), this, created.callback());
    QVERIFY(waitFor(created));
    QVERIFY(created.error().isConflict());
    QCOMPARE(created.error().requestId(), u"req-77"_s);
    QVERIFY2(created.error().message().contains(u"already registered"_s), created.describe());
    QVERIFY(created.error().fullText().contains(u"req-77"_s));
}

void tst_ScriptedFaults::rateLimitHeadersAreReportedWhenTheyChange()
{
    QVERIFY(m_server->listen());
    const auto withLimits = [](const QByteArray &remaining) {
        return ScriptedResponse::http(200, pageJson(),
                {{"X-RateLimit-Limit", "100"}, {"X-RateLimit-Remaining", remaining},
                        {"X-RateLimit-Reset", "1778068800"}});
    };
    m_server->enqueue(withLimits("99"));
    m_server->enqueue(withLimits("99"));
    m_server->enqueue(withLimits("98"));
    auto client = clientFor(m_server->baseUrl());
    QList<RateLimitInfo> seen;
    connect(client.get(), &ApiClient::rateLimitChanged, this,
            [&](const RateLimitInfo &info) { seen.append(info); });

    for (int i = 0; i < 3; ++i) {
        CallRecorder<PhoneNumberPage> page;
        client->listPhoneNumbers({}, this, page.callback());
        QVERIFY(waitFor(page));
    }
    QCOMPARE(seen.size(), 2);
    QCOMPARE(seen.at(0).remaining, std::optional<qint64>(99));
    QCOMPARE(seen.at(1).remaining, std::optional<qint64>(98));
    QCOMPARE(seen.at(1).reset->toSecsSinceEpoch(), 1778068800);
    QCOMPARE(client->rateLimit(), seen.at(1));
}

void tst_ScriptedFaults::untrustedCertificateIsRefused()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const TestCertificate certificate = TestCertificate::generate(directory.path());
    if (!certificate.error.isEmpty())
        QSKIP(qPrintable(u"NOT TESTED: the self-signed certificate case needs a generated "
                         "certificate, and "_s
                + certificate.error));
    m_server->useTls(certificate.certificate, certificate.key);
    QVERIFY(m_server->listen());
    m_server->enqueue(ScriptedResponse::http(200, pageJson()));
    auto client = clientFor(m_server->baseUrl());
    QCOMPARE(client->settings().baseUrl.scheme(), u"https"_s);

    CallRecorder<PhoneNumberPage> page;
    client->listPhoneNumbers({}, this, page.callback());
    QVERIFY(waitFor(page));
    QCOMPARE(page.error().kind(), ApiError::Kind::Network);
    QVERIFY2(page.error().message().contains(u"not trusted"_s), page.describe());
    QTRY_VERIFY(m_server->handshakeFailures() > 0);
    QCOMPARE(m_server->requests().size(), 0); // not one byte of HTTP, so no key, got through

    // The same server is fine once its certificate is trusted: the refusal was about trust.
    const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
    const auto restore = qScopeGuard([&] { QSslConfiguration::setDefaultConfiguration(original); });
    QSslConfiguration trusting = original;
    trusting.addCaCertificate(certificate.certificate);
    QSslConfiguration::setDefaultConfiguration(trusting);
    m_network = std::make_unique<CountingAccessManager>();
    auto trustingClient = clientFor(m_server->baseUrl());
    CallRecorder<PhoneNumberPage> trusted;
    trustingClient->listPhoneNumbers({}, this, trusted.callback());
    QVERIFY(waitFor(trusted));
    QVERIFY2(trusted.isOk(), trusted.describe());
}

void tst_ScriptedFaults::insecureBaseUrlIsRefused_data()
{
    QTest::addColumn<QUrl>("baseUrl");
    QTest::addColumn<bool>("refused");
    QTest::newRow("http to a remote host") << QUrl(u"http://api.platform.example.com"_s) << true;
    QTest::newRow("http to a remote address") << QUrl(u"http://192.0.2.10:8080"_s) << true;
    QTest::newRow("ftp") << QUrl(u"ftp://127.0.0.1"_s) << true;
    QTest::newRow("not a url") << QUrl(u"api.platform.example.com"_s) << true;
    QTest::newRow("http to localhost") << QUrl(u"http://localhost:1"_s) << false;
    QTest::newRow("http to 127.0.0.1") << QUrl(u"http://127.0.0.1:1"_s) << false;
    QTest::newRow("http to ::1") << QUrl(u"http://[::1]:1"_s) << false;
}

void tst_ScriptedFaults::insecureBaseUrlIsRefused()
{
    QFETCH(QUrl, baseUrl);
    QFETCH(bool, refused);
    const std::optional<ApiError> invalid
            = ApiClient::validateSettings({baseUrl, workspaceId, u"k"_s});
    QCOMPARE(invalid.has_value(), refused);
    if (!refused)
        return;
    QCOMPARE(invalid->kind(), ApiError::Kind::Configuration);

    auto client = clientFor(baseUrl);
    CallRecorder<PhoneNumberPage> page;
    client->listPhoneNumbers({}, this, page.callback());
    QVERIFY(waitFor(page));
    QCOMPARE(page.error().kind(), ApiError::Kind::Configuration);
    QVERIFY(m_network->sent.isEmpty());
}

QTEST_GUILESS_MAIN(tst_ScriptedFaults)
#include "tst_scriptedfaults.moc"

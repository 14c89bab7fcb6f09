#include "scriptedtesting.h"

#include <QElapsedTimer>
#include <QLocale>

// Faults the sandbox cannot produce on demand, from a scripted loopback server: stalls in the
// middle of a body, HTML from a proxy, odd Retry-After values, purchases whose outcome is unknown.
class tst_ScriptedFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

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
    void purchaseWithUnreadableSuccessSaysItWentThrough();
    void clearForwardingAcceptsBodyOrNoContent_data();
    void clearForwardingAcceptsBodyOrNoContent();
    void requestIdFromTheErrorBody();
    void validationErrorsKeepNestedFieldNames();
    void rateLimitHeadersAreReportedWhenTheyChange();

private:
    std::unique_ptr<ApiClient> clientFor(const QUrl &baseUrl)
    {
        return Scripted::clientFor(m_network.get(), baseUrl);
    }

    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<CountingAccessManager> m_network;
};

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

void tst_ScriptedFaults::purchaseWithUnreadableSuccessSaysItWentThrough()
{
    QVERIFY(m_server->listen());
    m_server->enqueue(ScriptedResponse::http(201, R"({"id": "44444444-4444-4444-8444-)"));
    auto client = clientFor(m_server->baseUrl());

    CallRecorder<PurchasedNumber> bought;
    client->purchasePhoneNumber(purchaseOf(u"+12015550167"_s), this, bought.callback());
    QVERIFY(waitFor(bought));
    QCOMPARE(bought.error().kind(), ApiError::Kind::MalformedResponse);
    QCOMPARE(bought.error().httpStatus(), 201);
    QVERIFY2(bought.error().message().startsWith(u"+12015550167 was bought"_s), bought.describe());
    QVERIFY2(bought.error().message().contains(u"Refresh"_s), bought.describe());
    QCOMPARE(m_server->requests().size(), 1);
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

void tst_ScriptedFaults::validationErrorsKeepNestedFieldNames()
{
    QVERIFY(m_server->listen());
    m_server->enqueue(ScriptedResponse::http(422, R"({"detail": [
        {"type": "string_too_long", "loc": ["body", "forwarding", "forward_to"],
         "msg": "String should have at most 16 characters", "input": "+1201555012300000"},
        {"type": "too_long", "loc": ["body", "capabilities"],
         "msg": "List should have at most 2 items after validation, not 3", "input": []},
        {"type": "missing", "loc": ["body"], "msg": "Field required", "input": null}]})",
            {{"x-request-id", "req-422"}}));
    auto client = clientFor(m_server->baseUrl());

    CallRecorder<PhoneNumber> created;
    client->createPhoneNumber(newNumber(), this, created.callback());
    QVERIFY(waitFor(created));
    const ApiError &error = created.error();
    QCOMPARE(error.kind(), ApiError::Kind::Validation);
    QCOMPARE(error.httpStatus(), 422);
    QCOMPARE(error.fieldErrors().size(), 3);
    QCOMPARE(error.fieldError(u"forwarding.forward_to"_s),
            u"String should have at most 16 characters"_s);
    QCOMPARE(error.fieldErrors().at(1).field, u"capabilities"_s);
    QCOMPARE(error.fieldErrors().at(1).type, u"too_long"_s);
    QCOMPARE(error.fieldErrors().at(2).field, u"body"_s);
    QVERIFY2(error.message().contains(u"(422)"_s), created.describe());
    QVERIFY2(error.message().contains(u"forwarding.forward_to"_s), created.describe());
    QCOMPARE(error.requestId(), u"req-422"_s);
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

QTEST_GUILESS_MAIN(tst_ScriptedFaults)
#include "tst_scriptedfaults.moc"

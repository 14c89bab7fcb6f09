#include "scriptedtesting.h"

#include <QScopeGuard>
#include <QSslConfiguration>
#include <QTemporaryDir>

// The API key goes only to the configured origin: redirects elsewhere are refused, redirected
// writes are errors, untrusted certificates end the call, and plain http is for loopback only.
class tst_TransportSecurity : public QObject
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
    void untrustedCertificateIsRefused();
    void insecureBaseUrlIsRefused_data();
    void insecureBaseUrlIsRefused();

private:
    std::unique_ptr<ApiClient> clientFor(const QUrl &baseUrl)
    {
        return Scripted::clientFor(m_network.get(), baseUrl);
    }

    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<CountingAccessManager> m_network;
};

void tst_TransportSecurity::init()
{
    m_server = std::make_unique<ScriptedHttpServer>();
    m_network = std::make_unique<CountingAccessManager>();
}

void tst_TransportSecurity::cleanup()
{
    m_network.reset();
    m_server.reset();
}

void tst_TransportSecurity::redirectToAnotherOriginIsRefused_data()
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

void tst_TransportSecurity::redirectToAnotherOriginIsRefused()
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

void tst_TransportSecurity::redirectedWriteIsAnError_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::newRow("PUT") << "PUT"_ba;
    QTest::newRow("POST") << "POST"_ba;
    QTest::newRow("DELETE") << "DELETE"_ba;
}

void tst_TransportSecurity::redirectedWriteIsAnError()
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

void tst_TransportSecurity::sameOriginGetRedirectIsFollowed()
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

void tst_TransportSecurity::untrustedCertificateIsRefused()
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

void tst_TransportSecurity::insecureBaseUrlIsRefused_data()
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

void tst_TransportSecurity::insecureBaseUrlIsRefused()
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

QTEST_GUILESS_MAIN(tst_TransportSecurity)
#include "tst_transportsecurity.moc"

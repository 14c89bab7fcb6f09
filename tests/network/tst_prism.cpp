#include "networktesting.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>

using namespace Qt::StringLiterals;

// The client against a Prism mock of the official OpenAPI document, static (the document's
// examples) and dynamic (random schema-valid data). Prism runs with --errors, so a request the
// document does not allow comes back as an error and fails the test. Every call must end exactly
// once with a value or a clear error; no crash, no hang.
class tst_Prism : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void everyCallEnds_data();
    void everyCallEnds();
    void repeatedContinuationTokenStillReturnsThePage_data();
    void repeatedContinuationTokenStillReturnsThePage();

private:
    bool startPrism(const QStringList &modeArguments, QString *error);
    std::unique_ptr<ApiClient> client();

    struct Outcome
    {
        QString call;
        int callbacks = 0;
        std::optional<ApiError> error;
    };
    template<typename T, typename Start>
    void track(QList<std::shared_ptr<Outcome>> &outcomes, const QString &name, Start start);

    QString m_document;
    QString m_prism;
    std::unique_ptr<QProcess> m_process;
    QUrl m_baseUrl;
    QByteArray m_output;
    CountingAccessManager m_network;
};

static const QString workspaceId = u"6d1f4c1e-8f9a-4c55-9a5e-2e8c3f7b9d00"_s;
static const QString someId = u"0b6f7c52-3f5e-4b7e-9a53-7f0e4d3e2a11"_s;

// In dynamic mode Prism's data generator sometimes breaks the document's own limits (e.g.
// maxProperties deep inside a service's voice_config); with --errors it then answers 500 on its
// own behalf. The client must still end the call with a clear error, which it does.
static bool isMockGeneratorFault(const ApiError &error)
{
    return error.httpStatus() == 500 && error.detail().contains(u"Prism is generating this error"_s)
            && !error.message().isEmpty();
}

static QString installPrism(const QString &cacheDirectory, QString *error)
{
    const QString binary = cacheDirectory + u"/node_modules/.bin/prism"_s;
    if (QFileInfo::exists(binary))
        return binary;
    const QString npm = QStandardPaths::findExecutable(u"npm"_s);
    if (npm.isEmpty()) {
        *error = u"npm is not installed, and Prism is not in %1"_s.arg(cacheDirectory);
        return {};
    }
    if (!QDir().mkpath(cacheDirectory)) {
        *error = u"cannot create %1"_s.arg(cacheDirectory);
        return {};
    }
    QProcess install;
    install.setProcessChannelMode(QProcess::MergedChannels);
    install.start(npm,
            {u"install"_s, u"--no-audit"_s, u"--no-fund"_s, u"--prefix"_s, cacheDirectory,
                    u"@stoplight/prism-cli@5"_s});
    if (!install.waitForFinished(300000) || install.exitCode() != 0) {
        *error = u"npm could not install @stoplight/prism-cli: "_s
                + QString::fromLocal8Bit(install.readAll().right(2000));
        return {};
    }
    return QFileInfo::exists(binary) ? binary : QString();
}

void tst_Prism::initTestCase()
{
    m_document = QDir::cleanPath(QStringLiteral(AMIGO_SOURCE_DIR)
            + u"/../shared/api/amigo-platform-phone-numbers.openapi.json"_s);
    if (!QFileInfo::exists(m_document))
        QSKIP(qPrintable(u"NOT TESTED: the official OpenAPI document is not at %1, so the client "
                         "was not checked against a Prism mock of it."_s.arg(m_document)));
    QString error;
    m_prism = installPrism(QStringLiteral(AMIGO_BINARY_DIR) + u"/prism"_s, &error);
    if (m_prism.isEmpty())
        QSKIP(qPrintable(u"NOT TESTED: Prism is not available (%1)."_s.arg(error)));
}

void tst_Prism::cleanup()
{
    if (m_process) {
        m_process->kill();
        m_process->waitForFinished(10000);
        m_process.reset();
    }
}

static quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

bool tst_Prism::startPrism(const QStringList &modeArguments, QString *error)
{
    const quint16 port = freePort();
    m_output.clear();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    connect(m_process.get(), &QProcess::readyRead, this,
            [this] { m_output += m_process->readAll(); });
    m_process->start(m_prism,
            QStringList{u"mock"_s, u"--host"_s, u"127.0.0.1"_s, u"--port"_s, QString::number(port),
                    u"--errors"_s}
                    + modeArguments + QStringList{m_document});
    if (!m_process->waitForStarted(30000)) {
        *error = m_process->errorString();
        return false;
    }
    const bool listening = QTest::qWaitFor(
            [&] {
                return m_output.contains("Prism is listening")
                        || m_process->state() == QProcess::NotRunning;
            },
            120000);
    if (!listening || !m_output.contains("Prism is listening")) {
        *error = QString::fromLocal8Bit(m_output.right(3000));
        return false;
    }
    m_baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    return true;
}

std::unique_ptr<ApiClient> tst_Prism::client()
{
    auto client = std::make_unique<ApiClient>(
            &m_network, ConnectionSettings{m_baseUrl, workspaceId, u"prism-test-key"_s});
    client->setRetryPolicy(fastRetries());
    client->setTimeouts({10000ms, 30000ms});
    return client;
}

template<typename T, typename Start>
void tst_Prism::track(QList<std::shared_ptr<Outcome>> &outcomes, const QString &name, Start start)
{
    auto outcome = std::make_shared<Outcome>();
    outcome->call = name;
    outcomes.append(outcome);
    start([outcome](const Result<T> &result) {
        ++outcome->callbacks;
        if (!result)
            outcome->error = result.error();
    });
}

void tst_Prism::everyCallEnds_data()
{
    QTest::addColumn<QStringList>("mode");
    QTest::addColumn<int>("rounds");
    QTest::newRow("static") << QStringList() << 1;
    QTest::newRow("dynamic, seed 1") << QStringList{u"--dynamic"_s, u"--seed"_s, u"1"_s} << 3;
    QTest::newRow("dynamic, seed 2") << QStringList{u"--dynamic"_s, u"--seed"_s, u"2"_s} << 3;
    QTest::newRow("dynamic, unseeded") << QStringList{u"--dynamic"_s} << 3;
}

void tst_Prism::everyCallEnds()
{
    QFETCH(QStringList, mode);
    QFETCH(int, rounds);
    QString error;
    QVERIFY2(startPrism(mode, &error), qPrintable(error));
    auto api = client();

    QList<std::shared_ptr<Outcome>> outcomes;
    for (int round = 0; round < rounds; ++round) {
        PhoneNumberListQuery listQuery;
        listQuery.status = u"active"_s;
        track<PhoneNumberPage>(outcomes, u"list phone numbers"_s,
                [&](auto done) { api->listPhoneNumbers(listQuery, this, done); });
        track<PhoneNumber>(outcomes, u"get phone number"_s,
                [&](auto done) { api->getPhoneNumber(someId, this, done); });
        PhoneNumberCreate create;
        create.phoneNumber = u"+12015550123"_s;
        create.capabilities = QStringList{u"inbound"_s};
        create.forwarding = ForwardingConfig{true, u"+12015550100"_s, false};
        track<PhoneNumber>(outcomes, u"create phone number"_s,
                [&](auto done) { api->createPhoneNumber(create, this, done); });
        PhoneNumberUpdate update;
        update.displayName = u"Front desk"_s;
        update.inboundServiceId = Nullable<QString>::null();
        track<PhoneNumber>(outcomes, u"update phone number"_s,
                [&](auto done) { api->updatePhoneNumber(someId, update, this, done); });
        track<Done>(outcomes, u"delete phone number"_s,
                [&](auto done) { api->deletePhoneNumber(someId, this, done); });
        track<PhoneNumber>(outcomes, u"set forwarding"_s, [&](auto done) {
            api->setForwarding(someId, {true, u"+12015550100"_s, true}, this, done);
        });
        track<std::optional<PhoneNumber>>(outcomes, u"clear forwarding"_s,
                [&](auto done) { api->clearForwarding(someId, this, done); });
        track<SubAccount>(
                outcomes, u"get sub-account"_s, [&](auto done) { api->getSubAccount(this, done); });
        track<SubAccount>(outcomes, u"provision sub-account"_s,
                [&](auto done) { api->provisionSubAccount(this, done); });
        AvailableNumberQuery search;
        search.areaCode = u"201"_s;
        track<QList<AvailableNumber>>(outcomes, u"search available numbers"_s,
                [&](auto done) { api->searchAvailableNumbers(search, this, done); });
        PurchaseRequest purchase;
        purchase.phoneNumber = u"+12015550124"_s;
        purchase.displayName = u"New line"_s;
        track<PurchasedNumber>(outcomes, u"purchase"_s,
                [&](auto done) { api->purchasePhoneNumber(purchase, this, done); });
        track<Done>(outcomes, u"release"_s,
                [&](auto done) { api->releasePhoneNumber(someId, this, done); });
        ServiceListQuery services;
        services.isActive = true;
        services.search = u"desk"_s;
        track<Page<Service>>(outcomes, u"list services"_s,
                [&](auto done) { api->listServices(services, this, done); });
        track<Service>(outcomes, u"get service"_s,
                [&](auto done) { api->getService(someId, this, done); });
        track<Page<Workspace>>(outcomes, u"list workspaces"_s,
                [&](auto done) { api->listWorkspaces({}, this, done); });
        track<Workspace>(outcomes, u"get workspace"_s,
                [&](auto done) { api->getWorkspace(workspaceId, this, done); });
        track<AuthInfo>(outcomes, u"auth me"_s, [&](auto done) { api->getAuthInfo(this, done); });
    }

    const bool allEnded = QTest::qWaitFor(
            [&] {
                return std::all_of(outcomes.begin(), outcomes.end(),
                        [](const auto &o) { return o->callbacks > 0; });
            },
            60000);
    const bool dynamic = mode.contains(u"--dynamic"_s);
    QStringList problems;
    QStringList mockFaults;
    for (const auto &outcome : std::as_const(outcomes)) {
        if (outcome->callbacks != 1) {
            problems.append(u"%1 ended %2 times"_s.arg(outcome->call).arg(outcome->callbacks));
        } else if (outcome->error && dynamic && isMockGeneratorFault(*outcome->error)) {
            mockFaults.append(outcome->call);
        } else if (outcome->error) {
            problems.append(u"%1: %2"_s.arg(outcome->call, outcome->error->fullText()));
        }
    }
    QVERIFY2(allEnded, qPrintable(u"calls still running: "_s + problems.join(u"; "_s)));
    // Prism only answers with what the document allows, so every answer must decode; an error
    // here is a request the document rejects or a response this client cannot read.
    QVERIFY2(problems.isEmpty(),
            qPrintable(problems.join(u"\n"_s) + u"\nPrism said:\n"_s
                    + QString::fromLocal8Bit(m_output.right(3000))));
    QVERIFY2(!m_output.contains("did not pass the validation"),
            "Prism rejected a request the client sent");
    qInfo("%lld calls: %lld decoded, %lld ended with Prism's own 500 for data it generated "
          "against its document (%s)",
            qlonglong(outcomes.size()), qlonglong(outcomes.size() - mockFaults.size()),
            qlonglong(mockFaults.size()), qPrintable(mockFaults.join(u", "_s)));
}

void tst_Prism::repeatedContinuationTokenStillReturnsThePage_data()
{
    QTest::addColumn<QStringList>("mode");
    QTest::newRow("static") << QStringList();
    QTest::newRow("dynamic") << QStringList{u"--dynamic"_s, u"--seed"_s, u"3"_s};
}

void tst_Prism::repeatedContinuationTokenStillReturnsThePage()
{
    QFETCH(QStringList, mode);
    QString error;
    QVERIFY2(startPrism(mode, &error), qPrintable(error));
    auto api = client();

    // A mock answers has_more with whatever token it likes, the same one forever in static mode.
    // The client hands each page over as received; the table model notices a token that does not
    // advance and stops paging.
    PhoneNumberListQuery query;
    QJsonValue previousToken;
    const int sentBefore = m_network.count("GET");
    for (int i = 0; i < 3; ++i) {
        CallRecorder<PhoneNumberPage> page;
        api->listPhoneNumbers(query, this, page.callback());
        QTRY_VERIFY_WITH_TIMEOUT(page.isDone(), 30000);
        QVERIFY2(page.isOk(), page.describe());
        QCOMPARE(page.count(), 1);
        const QJsonValue token = page.value().continuationToken;
        QVERIFY(token.isNull() || token.isUndefined() || token.isDouble());
        if (i > 0 && mode.isEmpty())
            QCOMPARE(token, previousToken);
        previousToken = token;
        if (!token.isDouble())
            query.continuationToken = 0;
        else
            query.continuationToken = token;
    }
    QCOMPARE(m_network.count("GET") - sentBefore, 3);
}

QTEST_GUILESS_MAIN(tst_Prism)
#include "tst_prism.moc"

#include "sandboxclient.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;

// The fault injection switches: latency, failures, rate limiting, stalls and malformed JSON.
class SandboxFaultsTest : public QObject
{
    Q_OBJECT

private slots:
    void noFaultsByDefault();
    void latencyDelaysResponses();
    void failRateAnswersWithTheChosenStatus_data();
    void failRateAnswersWithTheChosenStatus();
    void rateLimitAnswers429WithRetryAfter();
    void stallSendsHeadersButNoBody();
    void stallByPathPatternOnlyHitsMatchingPaths();
    void malformedJsonCutsTheBody();

private:
    static Sandbox::Options withFaults(const Sandbox::FaultOptions &faults)
    {
        auto options = SandboxFixture::defaultOptions();
        options.faults = faults;
        options.faults.randomSeed = 7;
        return options;
    }

    SandboxFixture m_sandbox;
};

void SandboxFaultsTest::noFaultsByDefault()
{
    QVERIFY(m_sandbox.start());
    for (int i = 0; i < 30; ++i) {
        const auto reply = m_sandbox.client->get(m_sandbox.workspacePath(u"/phone-numbers"_s));
        QCOMPARE(reply.status, 200);
        QVERIFY(!reply.object().isEmpty());
        QVERIFY(reply.header("x-ratelimit-limit").isEmpty());
    }
}

void SandboxFaultsTest::latencyDelaysResponses()
{
    Sandbox::FaultOptions faults;
    faults.latencyMs = 300;
    QVERIFY(m_sandbox.start(withFaults(faults)));
    QElapsedTimer timer;
    timer.start();
    const auto reply = m_sandbox.client->get(m_sandbox.workspacePath(u"/phone-numbers"_s));
    QCOMPARE(reply.status, 200);
    QVERIFY2(timer.elapsed() >= 290, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!reply.header("x-request-id").isEmpty());
}

void SandboxFaultsTest::failRateAnswersWithTheChosenStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("503") << 503;
    QTest::newRow("500") << 500;
    QTest::newRow("502") << 502;
}

void SandboxFaultsTest::failRateAnswersWithTheChosenStatus()
{
    QFETCH(int, status);
    Sandbox::FaultOptions faults;
    faults.failRate = 1.0;
    faults.failStatus = status;
    QVERIFY(m_sandbox.start(withFaults(faults)));
    const auto reply = m_sandbox.client->get(m_sandbox.workspacePath(u"/phone-numbers"_s));
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.object().value(u"detail"_s).toString(), u"Injected failure."_s);
    QVERIFY(!reply.header("x-request-id").isEmpty());
}

void SandboxFaultsTest::rateLimitAnswers429WithRetryAfter()
{
    Sandbox::FaultOptions faults;
    faults.rateLimitPerMinute = 3;
    QVERIFY(m_sandbox.start(withFaults(faults)));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (int i = 0; i < 3; ++i) {
        const auto reply = m_sandbox.client->get(m_sandbox.workspacePath(u"/phone-numbers"_s));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("x-ratelimit-limit"), QByteArray("3"));
        QCOMPARE(reply.header("x-ratelimit-remaining").toInt(), 2 - i);
        QVERIFY(reply.header("retry-after").isEmpty());
    }
    const auto limited = m_sandbox.client->get(m_sandbox.workspacePath(u"/phone-numbers"_s));
    QCOMPARE(limited.status, 429);
    const int retryAfter = limited.header("retry-after").toInt();
    QVERIFY2(retryAfter >= 1 && retryAfter <= 60, limited.header("retry-after").constData());
    QCOMPARE(limited.header("x-ratelimit-remaining"), QByteArray("0"));
    const qint64 reset = limited.header("x-ratelimit-reset").toLongLong();
    QVERIFY(reset >= now + 58 && reset <= now + 62);
    QVERIFY(limited.object().value(u"detail"_s).isString());
}

void SandboxFaultsTest::stallSendsHeadersButNoBody()
{
    Sandbox::FaultOptions faults;
    faults.stallRate = 1.0;
    QVERIFY(m_sandbox.start(withFaults(faults)));
    QElapsedTimer timer;
    timer.start();
    const auto reply
            = m_sandbox.client->send("GET", m_sandbox.workspacePath(u"/phone-numbers"_s), {}, 700);
    QVERIFY(reply.error != QNetworkReply::NoError);
    QVERIFY(reply.body.isEmpty());
    QCOMPARE(reply.status, 200); // the status line and headers did arrive
    QVERIFY(timer.elapsed() >= 600);
}

void SandboxFaultsTest::stallByPathPatternOnlyHitsMatchingPaths()
{
    Sandbox::FaultOptions faults;
    faults.stallPathPattern = u"/services$"_s;
    QVERIFY(m_sandbox.start(withFaults(faults)));
    const auto numbers = m_sandbox.client->get(m_sandbox.workspacePath(u"/phone-numbers"_s));
    QCOMPARE(numbers.status, 200);
    const auto services
            = m_sandbox.client->send("GET", m_sandbox.workspacePath(u"/services"_s), {}, 500);
    QVERIFY(services.error != QNetworkReply::NoError);
    QVERIFY(services.body.isEmpty());
}

void SandboxFaultsTest::malformedJsonCutsTheBody()
{
    Sandbox::FaultOptions faults;
    faults.malformedJsonRate = 1.0;
    QVERIFY(m_sandbox.start(withFaults(faults)));
    const auto reply = m_sandbox.client->get(m_sandbox.workspacePath(u"/phone-numbers"_s));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.error, QNetworkReply::NoError);
    QVERIFY(!reply.body.isEmpty());
    QJsonParseError error;
    QJsonDocument::fromJson(reply.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
}

QTEST_GUILESS_MAIN(SandboxFaultsTest)
#include "tst_sandboxfaults.moc"

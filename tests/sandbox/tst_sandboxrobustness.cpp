#include "sandboxclient.h"

#include "validation.h"

#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray randomBytes(QRandomGenerator *random, int maximum)
{
    QByteArray bytes(random->bounded(maximum + 1), Qt::Uninitialized);
    for (auto &byte : bytes)
        byte = char(random->bounded(256));
    return bytes;
}

// A valid body with one byte flipped, dropped or duplicated: near-misses reach deeper code than
// pure noise.
QByteArray mutated(QRandomGenerator *random, QByteArray body)
{
    const int edits = 1 + random->bounded(4);
    for (int i = 0; i < edits && !body.isEmpty(); ++i) {
        const int at = random->bounded(int(body.size()));
        switch (random->bounded(3)) {
        case 0:
            body[at] = char(random->bounded(256));
            break;
        case 1:
            body.remove(at, 1);
            break;
        default:
            body.insert(at, body.mid(at, random->bounded(8)));
            break;
        }
    }
    return body;
}

} // namespace

// Garbage in never crashes the sandbox nor makes it answer 500.
class SandboxRobustnessTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void garbageBodies_data();
    void garbageBodies();
    void nonObjectBodies_data();
    void nonObjectBodies();
    void garbageQueries();
    void garbagePaths();
    void brokenHttpOnTheSocket_data();
    void brokenHttpOnTheSocket();
    void answersOnTheSocket_data();
    void answersOnTheSocket();
    void validationFunctionTakesAnyBytes();

private:
    void expectStillServing()
    {
        QCOMPARE(m_sandbox.client->get(m_sandbox.workspacePath(u"/phone-numbers?limit=1"_s)).status,
                200);
    }

    SandboxFixture m_sandbox;
    QString m_numberId;
};

void SandboxRobustnessTest::initTestCase()
{
    QVERIFY(m_sandbox.start());
    QCOMPARE(m_sandbox.client->send("POST", m_sandbox.workspacePath(u"/twilio/sub-account"_s))
                     .status,
            201);
    m_numberId = m_sandbox.findNumber([](const QJsonObject &) { return true; })
                         .value(u"id"_s)
                         .toString();
}

void SandboxRobustnessTest::garbageBodies_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("validBody");

    QTest::newRow("create") << QByteArray("POST") << u"/phone-numbers"_s
                            << QByteArray(R"({"phone_number":"+12125550166","display_name":"x",)"
                                          R"("capabilities":["inbound"],"forwarding":)"
                                          R"({"forward_to":"+12125550100","enabled":true}})");
    QTest::newRow("update") << QByteArray("PUT") << u"/phone-numbers/{id}"_s
                            << QByteArray(R"({"display_name":"y","notes":"n","status":"active",)"
                                          R"("inbound_service_id":null,"capabilities":[]})");
    QTest::newRow("forwarding") << QByteArray("PUT") << u"/phone-numbers/{id}/forwarding"_s
                                << QByteArray(R"({"forward_to":"+12125550100",)"
                                              R"("should_disconnect":false})");
    QTest::newRow("purchase") << QByteArray("POST") << u"/twilio/phone-numbers/purchase"_s
                              << QByteArray(R"({"phone_number":"+12125551234"})");
}

void SandboxRobustnessTest::garbageBodies()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, validBody);
    path = m_sandbox.workspacePath(path.replace(u"{id}"_s, m_numberId));

    QRandomGenerator random(20260504);
    for (int i = 0; i < 150; ++i) {
        const QByteArray body = i % 2 ? randomBytes(&random, 300) : mutated(&random, validBody);
        const auto reply = m_sandbox.client->send(method, path, body);
        QVERIFY2(reply.status >= 200 && reply.status < 500,
                qPrintable(u"%1 for %2"_s.arg(reply.status)
                                   .arg(QString::fromLatin1(body.toPercentEncoding()))));
        QVERIFY(!reply.header("x-request-id").isEmpty());
    }
    expectStillServing();
}

void SandboxRobustnessTest::nonObjectBodies_data()
{
    garbageBodies_data();
}

void SandboxRobustnessTest::nonObjectBodies()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    path = m_sandbox.workspacePath(path.replace(u"{id}"_s, m_numberId));

    for (const QByteArray body : {"null", "\"str\"", "42", "[]"}) {
        const auto reply = m_sandbox.client->send(method, path, body);
        QCOMPARE(reply.status, 422);
        const auto error = reply.detailList().first().toObject();
        QCOMPARE(error.value(u"type"_s).toString(), u"model_attributes_type"_s);
        QCOMPARE(error.value(u"loc"_s).toArray(), QJsonArray{u"body"_s});
        QVERIFY2(error.value(u"msg"_s).toString().contains(u"object"_s), reply.body.constData());
        QCOMPARE(error.value(u"input"_s), QJsonDocument::fromJson("[" + body + "]")[0]);
    }
}

void SandboxRobustnessTest::garbageQueries()
{
    QRandomGenerator random(42);
    const QStringList paths{
            u"/phone-numbers"_s, u"/services"_s, u"/twilio/phone-numbers/available"_s};
    const QList<QByteArray> names{"limit", "continuation_token", "status", "search", "is_active",
            "country", "area_code", "contains", "x"};
    for (int i = 0; i < 200; ++i) {
        QByteArray query;
        for (int n = random.bounded(1, 4); n > 0; --n) {
            query += names.at(random.bounded(int(names.size()))) + '='
                    + randomBytes(&random, 40).toPercentEncoding() + '&';
        }
        const QString path = m_sandbox.workspacePath(paths.at(i % paths.size())) + u'?'
                + QString::fromLatin1(query);
        const auto reply = m_sandbox.client->get(path);
        QVERIFY2(reply.status == 200 || reply.status == 400 || reply.status == 422,
                qPrintable(u"%1 for %2"_s.arg(reply.status).arg(path)));
    }
    expectStillServing();
}

void SandboxRobustnessTest::garbagePaths()
{
    QRandomGenerator random(7);
    for (int i = 0; i < 100; ++i) {
        const QString path
                = u"/v1/"_s + QString::fromLatin1(randomBytes(&random, 60).toPercentEncoding("/"));
        const auto reply = m_sandbox.client->get(path);
        QVERIFY2(reply.status >= 400 && reply.status < 500,
                qPrintable(u"%1 for %2"_s.arg(reply.status).arg(path)));
    }
    expectStillServing();
}

void SandboxRobustnessTest::brokenHttpOnTheSocket_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("noise") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11);
    QTest::newRow("request line only") << QByteArray("GET /v1/auth/me HTTP/1.1\r\n");
    QTest::newRow("no version") << QByteArray("GET /v1/auth/me\r\n\r\n");
    QTest::newRow("content length lies") << QByteArray(
            "POST /v1/auth/me HTTP/1.1\r\nHost: x\r\nContent-Length: 99999\r\n\r\n{}");
    QTest::newRow("negative content length")
            << QByteArray("POST /v1/auth/me HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n");
    QTest::newRow("huge header") << QByteArray("GET /v1/auth/me HTTP/1.1\r\nX-A: ")
                    + QByteArray(200000, 'a') + "\r\n\r\n";
    QTest::newRow("bad chunking") << QByteArray("POST /v1/auth/me HTTP/1.1\r\nHost: x\r\n"
                                                "Transfer-Encoding: chunked\r\n\r\nzz\r\n");
}

void SandboxRobustnessTest::brokenHttpOnTheSocket()
{
    QFETCH(QByteArray, bytes);
    QTcpSocket socket;
    socket.connectToHost(
            m_sandbox.server->baseUrl().host(), quint16(m_sandbox.server->baseUrl().port()));
    QVERIFY(socket.waitForConnected(5000));
    socket.write(bytes);
    QVERIFY(socket.waitForBytesWritten(5000));
    socket.waitForReadyRead(300);
    socket.abort();
    expectStillServing();
}

void SandboxRobustnessTest::answersOnTheSocket_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("statusLine");
    QTest::addColumn<QString>("detail"); // part of it

    auto request = [](const QByteArray &headers) -> QByteArray {
        return "GET /v1/auth/me HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                + SandboxFixture::ownerKey.toUtf8() + "\r\n" + headers
                + "Connection: close\r\n\r\n";
    };
    auto fields = [](int count, int size) -> QByteArray {
        QByteArray headers;
        for (int i = 0; i < count; ++i)
            headers += "X-F" + QByteArray::number(i) + ": " + QByteArray(size, 'a') + "\r\n";
        return headers;
    };
    const QByteArray ok = "HTTP/1.1 200 OK";
    const QByteArray tooLarge = "HTTP/1.1 431 Request Header Fields Too Large";
    const QByteArray badRequest = "HTTP/1.1 400 Bad Request";
    const QString headerDetail = u"Request header fields too large"_s;
    const QString malformed = u"Malformed HTTP request."_s;

    QTest::newRow("a 60 KB header") << request(fields(1, 60000)) << ok << QString();
    QTest::newRow("a 70 KB header") << request(fields(1, 70000)) << tooLarge << headerDetail;
    QTest::newRow("a 200 KB header") << request(fields(1, 200000)) << tooLarge << headerDetail;
    QTest::newRow("120 small headers") << request(fields(120, 10)) << tooLarge << headerDetail;
    QTest::newRow("20 headers of 7 KB") << request(fields(20, 7000)) << tooLarge << headerDetail;
    QTest::newRow("header line without a colon")
            << request("X-Broken value\r\n") << tooLarge << headerDetail;
    QTest::newRow("not HTTP") << QByteArray("hello\r\n\r\n") << badRequest << malformed;
    QTest::newRow("no HTTP version")
            << QByteArray("GET /v1/auth/me\r\n\r\n") << badRequest << malformed;
    // No "Connection: close": the sandbox has to close by itself, as it cannot tell where the
    // body ends. A complete request in the body must not be answered.
    auto withLength = [](const QByteArray &lengths, const QByteArray &body) -> QByteArray {
        return "POST /v1/auth/me HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                + SandboxFixture::ownerKey.toUtf8() + "\r\n" + lengths + "\r\n" + body;
    };
    const QString badLength = u"Malformed Content-Length"_s;
    const QByteArray smuggled = "GET /v1/auth/me HTTP/1.1\r\nHost: x\r\n\r\n";
    QTest::newRow("negative content length")
            << withLength("Content-Length: -5\r\n", "hello") << badRequest << badLength;
    QTest::newRow("content length not a number")
            << withLength("Content-Length: abc\r\n", smuggled) << badRequest << badLength;
    QTest::newRow("content length with a sign")
            << withLength("Content-Length: +2\r\n", "{}") << badRequest << badLength;
    QTest::newRow("content length past 2^63")
            << withLength("Content-Length: 9223372036854775808\r\n", smuggled) << badRequest
            << badLength;
    QTest::newRow("two different content lengths")
            << withLength("Content-Length: 2\r\nContent-Length: 5\r\n", "{}") << badRequest
            << badLength;
    QTest::newRow("binary noise and a line end")
            << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n", 15) << badRequest
            << malformed;
}

// What the sandbox answers on the socket itself, where the client sends bytes no HTTP client
// library would.
void SandboxRobustnessTest::answersOnTheSocket()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, statusLine);
    QFETCH(QString, detail);

    QTcpSocket socket;
    QByteArray answer;
    connect(&socket, &QTcpSocket::readyRead, this, [&] { answer += socket.readAll(); });
    socket.connectToHost(
            m_sandbox.server->baseUrl().host(), quint16(m_sandbox.server->baseUrl().port()));
    socket.write(bytes);
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 10000);
    answer += socket.readAll();

    QCOMPARE(answer.left(answer.indexOf("\r\n")), statusLine);
    QCOMPARE(answer.count("HTTP/1.1 "), 1);
    QVERIFY(answer.contains("\r\nx-request-id: "));
    const qsizetype bodyStart = answer.indexOf("\r\n\r\n") + 4;
    const auto object = QJsonDocument::fromJson(answer.sliced(bodyStart)).object();
    if (!detail.isEmpty())
        QVERIFY2(object.value(u"detail"_s).toString().contains(detail), answer.constData());
    expectStillServing();
}

void SandboxRobustnessTest::validationFunctionTakesAnyBytes()
{
    QRandomGenerator random(99);
    for (int i = 0; i < 2000; ++i) {
        const QByteArray bytes = randomBytes(&random, 200);
        QVERIFY(!Sandbox::validatePhoneNumberCreate(bytes).isEmpty());
    }
    QVERIFY(Sandbox::validatePhoneNumberCreate(R"({"phone_number":"+12125550100"})").isEmpty());
}

QTEST_GUILESS_MAIN(SandboxRobustnessTest)
#include "tst_sandboxrobustness.moc"

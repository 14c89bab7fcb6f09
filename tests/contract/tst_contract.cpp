#include "embeddedsandbox.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString ownerKey = u"contract-owner"_s;
const QString memberKey = u"contract-member"_s;
const QString viewerKey = u"contract-viewer"_s;
const QString otherWorkspace = u"0d8e4b2a-9a51-4c1e-8f55-3a0c1d7e6b11"_s;
const QString unknownId = u"6f1c2b1e-0000-4000-8000-000000000000"_s;

struct Reply
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray violations; // Prism's sl-violations header
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
};

} // namespace

// The sandbox against the official OpenAPI document: every request goes through Prism's proxy
// with --errors, which reports any response that does not conform. Requests the document
// forbids are also sent to the sandbox directly, which must refuse them with a 422 too.
class ContractTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void authAndDirectory();
    void phoneNumberReads();
    void phoneNumberWrites();
    void telephony();
    void requestsTheContractForbids_data();
    void requestsTheContractForbids();

private:
    QString findOrInstallPrism();
    Reply send(const QUrl &base, const QByteArray &method, const QString &path,
            const QByteArray &body, const QString &key);
    // Through Prism; records and fails on any contract violation.
    Reply call(const QByteArray &method, const QString &path, const QByteArray &body = {},
            const QString &key = ownerKey);
    QString ws(const QString &rest) const { return u"/v1/"_s + m_sandbox->workspaceId() + rest; }

    std::unique_ptr<Sandbox::EmbeddedSandbox> m_sandbox;
    QProcess m_prism;
    QUrl m_prismUrl;
    QNetworkAccessManager m_manager;
};

QString ContractTest::findOrInstallPrism()
{
    const QString fromEnvironment = qEnvironmentVariable("AMIGO_PRISM");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString cache = QStringLiteral(AMIGO_PRISM_CACHE);
    const QString prism = cache + u"/node_modules/.bin/prism"_s;
    if (QFileInfo(prism).isExecutable())
        return prism;

    const QString npm = QStandardPaths::findExecutable(u"npm"_s);
    if (npm.isEmpty())
        return {};
    qInfo("installing @stoplight/prism-cli into %s ...", qPrintable(cache));
    QProcess install;
    install.setProcessChannelMode(QProcess::MergedChannels);
    install.start(npm,
            {u"install"_s, u"--prefix"_s, cache, u"--no-audit"_s, u"--no-fund"_s,
                    u"--loglevel=error"_s, u"@stoplight/prism-cli@5"_s});
    if (!install.waitForFinished(600000) || install.exitCode() != 0) {
        qWarning("npm install failed:\n%s", install.readAll().constData());
        return {};
    }
    return QFileInfo(prism).isExecutable() ? prism : QString();
}

void ContractTest::initTestCase()
{
    const QString spec = QStringLiteral(AMIGO_SOURCE_DIR)
            + u"/../shared/api/amigo-platform-phone-numbers.openapi.json"_s;
    if (!QFileInfo::exists(spec)) {
        QSKIP(qPrintable(u"CONTRACT TEST SKIPPED: the OpenAPI document %1 is absent, so the "
                         "sandbox was NOT checked against the contract."_s.arg(spec)));
    }
    const QString prism = findOrInstallPrism();
    if (prism.isEmpty()) {
        QSKIP("CONTRACT TEST SKIPPED: Prism (@stoplight/prism-cli) is not installed and npm "
              "could not install it, so the sandbox was NOT checked against the contract.");
    }

    Sandbox::Options options;
    options.apiKeys = {{ownerKey, u"owner"_s}, {memberKey, u"member"_s}, {viewerKey, u"viewer"_s}};
    m_sandbox = std::make_unique<Sandbox::EmbeddedSandbox>(options);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));

    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();

    m_prism.setProcessChannelMode(QProcess::MergedChannels);
    m_prism.start(prism,
            {u"proxy"_s, spec, m_sandbox->baseUrl().toString(), u"--errors"_s, u"-h"_s,
                    u"127.0.0.1"_s, u"-p"_s, QString::number(port)});
    QVERIFY2(m_prism.waitForStarted(30000), qPrintable(m_prism.errorString()));
    QByteArray output;
    QDeadlineTimer deadline(120000);
    while (!output.contains("Prism is listening") && !deadline.hasExpired()
            && m_prism.state() == QProcess::Running) {
        m_prism.waitForReadyRead(1000);
        output += m_prism.readAll();
    }
    QVERIFY2(output.contains("Prism is listening"), output.constData());
    m_prismUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
}

void ContractTest::cleanupTestCase()
{
    if (m_prism.state() != QProcess::NotRunning) {
        m_prism.terminate();
        if (!m_prism.waitForFinished(5000))
            m_prism.kill();
        m_prism.waitForFinished(5000);
    }
    const QByteArray log = m_prism.readAll();
    QVERIFY2(!log.contains("Violation"), log.constData());
}

Reply ContractTest::send(const QUrl &base, const QByteArray &method, const QString &path,
        const QByteArray &body, const QString &key)
{
    QUrl url = base;
    const qsizetype question = path.indexOf(u'?');
    url.setPath(question < 0 ? path : path.left(question));
    if (question >= 0)
        url.setQuery(path.mid(question + 1));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setTransferTimeout(30000);
    QNetworkReply *reply = m_manager.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(35000);
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.contentType = reply->rawHeader("content-type");
    result.violations = reply->rawHeader("sl-violations");
    reply->deleteLater();
    return result;
}

Reply ContractTest::call(
        const QByteArray &method, const QString &path, const QByteArray &body, const QString &key)
{
    const Reply reply = send(m_prismUrl, method, path, body, key);
    const QString where = QString::fromLatin1(method) + u' ' + path;
    if (!reply.violations.isEmpty())
        qWarning("contract violation on %s: %s", qPrintable(where), reply.violations.constData());
    if (reply.contentType.startsWith("application/problem+json"))
        qWarning("Prism refused %s: %s", qPrintable(where), reply.body.constData());
    return reply;
}

// Evaluates the call once, then fails on any violation Prism reported and on a wrong status.
#define CHECK_CALL(expression, expectedStatus)                                                     \
    do {                                                                                           \
        const Reply checked = (expression);                                                        \
        QVERIFY2(checked.violations.isEmpty(), checked.violations.constData());                    \
        QVERIFY2(!checked.contentType.startsWith("application/problem+json"),                      \
                checked.body.constData());                                                         \
        QCOMPARE(checked.status, expectedStatus);                                                  \
    } while (false)

void ContractTest::authAndDirectory()
{
    CHECK_CALL(call("GET", u"/v1/auth/me"_s), 200);
    CHECK_CALL(call("GET", u"/v1/auth/me"_s, {}, u"wrong-key"_s), 401);
    CHECK_CALL(call("GET", u"/v1/workspaces?limit=5"_s), 200);
    CHECK_CALL(call("GET", u"/v1/workspaces/"_s + m_sandbox->workspaceId()), 200);
    CHECK_CALL(call("GET", u"/v1/workspaces/"_s + otherWorkspace), 403);

    const auto services = call("GET", ws(u"/services?limit=2"_s));
    CHECK_CALL(services, 200);
    const auto next = services.object().value(u"continuation_token"_s).toInteger();
    CHECK_CALL(call("GET", ws(u"/services?limit=2&continuation_token="_s + QString::number(next))),
            200);
    CHECK_CALL(call("GET", ws(u"/services?search=desk&is_active=true&sort_by=name"_s)), 200);
    const QString serviceId = services.object()
                                      .value(u"items"_s)
                                      .toArray()
                                      .first()
                                      .toObject()
                                      .value(u"id"_s)
                                      .toString();
    CHECK_CALL(call("GET", ws(u"/services/"_s + serviceId)), 200);
    CHECK_CALL(call("GET", ws(u"/services/"_s + unknownId)), 404);
    CHECK_CALL(call("GET", u"/v1/"_s + otherWorkspace + u"/services"_s), 403);
}

void ContractTest::phoneNumberReads()
{
    QString token;
    int pages = 0;
    do {
        const auto page = call("GET",
                ws(u"/phone-numbers?limit=20"_s)
                        + (token.isEmpty() ? QString() : u"&continuation_token="_s + token));
        CHECK_CALL(page, 200);
        const auto object = page.object();
        token = object.value(u"has_more"_s).toBool()
                ? QString::number(object.value(u"continuation_token"_s).toInteger())
                : QString();
        QVERIFY(++pages < 20);
    } while (!token.isEmpty());
    CHECK_CALL(call("GET", ws(u"/phone-numbers?status=inactive"_s)), 200);
    CHECK_CALL(call("GET", ws(u"/phone-numbers"_s), {}, viewerKey), 200);
    CHECK_CALL(call("GET", ws(u"/phone-numbers"_s), {}, u"wrong-key"_s), 401);
    CHECK_CALL(call("GET", u"/v1/"_s + otherWorkspace + u"/phone-numbers"_s), 403);

    const auto first = call("GET", ws(u"/phone-numbers?limit=1"_s)).object();
    const QString id
            = first.value(u"items"_s).toArray().first().toObject().value(u"id"_s).toString();
    CHECK_CALL(call("GET", ws(u"/phone-numbers/"_s + id)), 200);
    CHECK_CALL(call("GET", ws(u"/phone-numbers/"_s + unknownId)), 404);
}

void ContractTest::phoneNumberWrites()
{
    const QString serviceId = call("GET", ws(u"/services"_s))
                                      .object()
                                      .value(u"items"_s)
                                      .toArray()
                                      .first()
                                      .toObject()
                                      .value(u"id"_s)
                                      .toString();
    const QJsonObject full{
            {u"phone_number"_s, u"+14155550166"_s},
            {u"display_name"_s, u"Contract line"_s},
            {u"provider"_s, u"twilio"_s},
            {u"capabilities"_s, QJsonArray{u"inbound"_s}},
            {u"status"_s, u"active"_s},
            {u"inbound_service_id"_s, serviceId},
            {u"provider_phone_sid"_s, u"PN00000000000000000000000000000001"_s},
            {u"notes"_s, u"Created by the contract test"_s},
            {u"forwarding"_s, QJsonObject{{u"forward_to"_s, u"+14155550100"_s}}},
    };
    const auto created = call("POST", ws(u"/phone-numbers"_s), QJsonDocument(full).toJson());
    CHECK_CALL(created, 201);
    const QString id = created.object().value(u"id"_s).toString();
    CHECK_CALL(call("POST", ws(u"/phone-numbers"_s), QJsonDocument(full).toJson()), 409);
    CHECK_CALL(call("POST", ws(u"/phone-numbers"_s), R"({"phone_number":"+1abc"})"), 422);
    CHECK_CALL(call("POST", ws(u"/phone-numbers"_s),
                       R"({"phone_number":"+14155550167","inbound_service_id":")"
                               + unknownId.toUtf8() + "\"}"),
            422);
    CHECK_CALL(
            call("POST", ws(u"/phone-numbers"_s), R"({"phone_number":"+14155550168"})", viewerKey),
            403);
    CHECK_CALL(
            call("POST", ws(u"/phone-numbers"_s), R"({"phone_number":"+14155550168"})", memberKey),
            201);

    const QString path = ws(u"/phone-numbers/"_s + id);
    CHECK_CALL(call("PUT", path, R"({"display_name":"Renamed","status":"inactive"})"), 200);
    CHECK_CALL(call("PUT", path, R"({"inbound_service_id":null,"forwarding":null})"), 200);
    CHECK_CALL(call("PUT", path, R"({"display_name":"x"})", viewerKey), 403);
    CHECK_CALL(call("PUT", ws(u"/phone-numbers/"_s + unknownId), R"({"notes":"x"})"), 404);

    CHECK_CALL(call("PUT", path + u"/forwarding"_s, R"({"forward_to":"+442079460000"})"), 200);
    CHECK_CALL(
            call("PUT", path + u"/forwarding"_s,
                    R"({"forward_to":"+442079460000","enabled":false,"should_disconnect":false})"),
            200);
    CHECK_CALL(call("PUT", ws(u"/phone-numbers/"_s + unknownId + u"/forwarding"_s),
                       R"({"forward_to":"+442079460000"})"),
            404);
    CHECK_CALL(call("DELETE", path + u"/forwarding"_s), 200);
    CHECK_CALL(call("DELETE", ws(u"/phone-numbers/"_s + unknownId + u"/forwarding"_s)), 404);

    CHECK_CALL(call("DELETE", path, {}, memberKey), 403);
    CHECK_CALL(call("DELETE", path), 204);
    CHECK_CALL(call("DELETE", path), 404);
}

void ContractTest::telephony()
{
    CHECK_CALL(call("GET", ws(u"/twilio/sub-account"_s)), 404);
    CHECK_CALL(call("GET", ws(u"/twilio/phone-numbers/available"_s)), 404);
    CHECK_CALL(call("POST", ws(u"/twilio/phone-numbers/purchase"_s),
                       R"({"phone_number":"+12125550177"})"),
            404);
    CHECK_CALL(call("POST", ws(u"/twilio/sub-account"_s), {}, memberKey), 403);
    const auto provisioned = call("POST", ws(u"/twilio/sub-account"_s));
    CHECK_CALL(provisioned, 201);
    CHECK_CALL(call("POST", ws(u"/twilio/sub-account"_s)), 201);
    CHECK_CALL(call("GET", ws(u"/twilio/sub-account"_s)), 200);

    const auto offered = call("GET", ws(u"/twilio/phone-numbers/available"_s));
    CHECK_CALL(offered, 200);
    CHECK_CALL(
            call("GET", ws(u"/twilio/phone-numbers/available?country=GB&area_code=020&limit=3"_s)),
            200);
    CHECK_CALL(
            call("GET", ws(u"/twilio/phone-numbers/available?country=US&contains=555*1"_s)), 200);
    CHECK_CALL(call("GET", ws(u"/twilio/phone-numbers/available?country=ZZ"_s)), 200);
    CHECK_CALL(call("GET", ws(u"/twilio/phone-numbers/available"_s), {}, viewerKey), 403);

    const QString e164 = offered.object()
                                 .value(u"numbers"_s)
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(u"phone_number"_s)
                                 .toString();
    const QByteArray purchase
            = QJsonDocument(QJsonObject{{u"phone_number"_s, e164}, {u"display_name"_s, u"Bought"_s},
                                    {u"capabilities"_s, QJsonArray{u"inbound"_s, u"outbound"_s}}})
                      .toJson();
    CHECK_CALL(call("POST", ws(u"/twilio/phone-numbers/purchase"_s), purchase, viewerKey), 403);
    const auto bought = call("POST", ws(u"/twilio/phone-numbers/purchase"_s), purchase);
    CHECK_CALL(bought, 201);
    CHECK_CALL(call("POST", ws(u"/twilio/phone-numbers/purchase"_s), purchase), 409);
    CHECK_CALL(call("POST", ws(u"/twilio/phone-numbers/purchase"_s),
                       R"({"phone_number":"+12125551234"})"),
            422);

    const QString boughtId = bought.object().value(u"id"_s).toString();
    CHECK_CALL(call("DELETE", ws(u"/twilio/phone-numbers/"_s + boughtId + u"/release"_s), {},
                       memberKey),
            403);
    CHECK_CALL(call("DELETE", ws(u"/twilio/phone-numbers/"_s + boughtId + u"/release"_s)), 204);
    CHECK_CALL(call("DELETE", ws(u"/twilio/phone-numbers/"_s + boughtId + u"/release"_s)), 404);

    const auto plain = call("POST", ws(u"/phone-numbers"_s), R"({"phone_number":"+16175550188"})");
    CHECK_CALL(plain, 201);
    CHECK_CALL(call("DELETE",
                       ws(u"/twilio/phone-numbers/"_s + plain.object().value(u"id"_s).toString()
                               + u"/release"_s)),
            422);
    CHECK_CALL(call("POST", ws(u"/phone-numbers/bind"_s),
                       QJsonDocument(QJsonObject{{u"setup_id"_s, unknownId},
                                             {u"channel_phone_id"_s, unknownId}})
                               .toJson()),
            503);
}

void ContractTest::requestsTheContractForbids_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("limit 0") << QByteArray("GET") << u"/phone-numbers?limit=0"_s << QByteArray();
    QTest::newRow("limit 21") << QByteArray("GET") << u"/phone-numbers?limit=21"_s << QByteArray();
    QTest::newRow("text token") << QByteArray("GET") << u"/phone-numbers?continuation_token=x"_s
                                << QByteArray();
    QTest::newRow("unknown status")
            << QByteArray("GET") << u"/phone-numbers?status=gone"_s << QByteArray();
    QTest::newRow("malformed id") << QByteArray("GET") << u"/phone-numbers/12345"_s << QByteArray();
    QTest::newRow("empty service search")
            << QByteArray("GET") << u"/services?search="_s << QByteArray();
    QTest::newRow("service filter not boolean")
            << QByteArray("GET") << u"/services?is_active=maybe"_s << QByteArray();
    QTest::newRow("no phone number")
            << QByteArray("POST") << u"/phone-numbers"_s << QByteArray(R"({"display_name":"x"})");
    QTest::newRow("number of 17 characters") << QByteArray(
            "POST") << u"/phone-numbers"_s << QByteArray(R"({"phone_number":"+1212555018812345"})");
    QTest::newRow("three capabilities")
            << QByteArray("POST") << u"/phone-numbers"_s
            << QByteArray(R"({"phone_number":"+12125550188",)"
                          R"("capabilities":["inbound","outbound","inbound"]})");
    QTest::newRow("unknown capability")
            << QByteArray("POST") << u"/phone-numbers"_s
            << QByteArray(R"({"phone_number":"+12125550188","capabilities":["sms"]})");
    QTest::newRow("display name of 257 characters")
            << QByteArray("POST") << u"/phone-numbers"_s
            << QByteArray(R"({"phone_number":"+12125550188","display_name":")")
                    + QByteArray(257, 'a') + "\"}";
    QTest::newRow("notes of 2001 characters")
            << QByteArray("PUT") << u"/phone-numbers/{id}"_s
            << QByteArray(R"({"notes":")") + QByteArray(2001, 'n') + "\"}";
    QTest::newRow("forwarding without target")
            << QByteArray("PUT") << u"/phone-numbers/{id}/forwarding"_s
            << QByteArray(R"({"enabled":true})");
    QTest::newRow("purchase without number")
            << QByteArray("POST") << u"/twilio/phone-numbers/purchase"_s << QByteArray("{}");
}

void ContractTest::requestsTheContractForbids()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    const QString id = call("GET", ws(u"/phone-numbers?limit=1"_s))
                               .object()
                               .value(u"items"_s)
                               .toArray()
                               .first()
                               .toObject()
                               .value(u"id"_s)
                               .toString();
    path = ws(path.replace(u"{id}"_s, id));

    const Reply viaPrism = send(m_prismUrl, method, path, body, ownerKey);
    QVERIFY2(viaPrism.violations.isEmpty(), viaPrism.violations.constData());
    QCOMPARE(viaPrism.status, 422);

    const Reply direct = send(m_sandbox->baseUrl(), method, path, body, ownerKey);
    QCOMPARE(direct.status, 422);
    const auto detail = direct.object().value(u"detail"_s).toArray();
    QVERIFY2(!detail.isEmpty(), direct.body.constData());
    for (const auto &error : detail) {
        QVERIFY(error.toObject().value(u"loc"_s).isArray());
        QVERIFY(error.toObject().value(u"type"_s).isString());
        QVERIFY(error.toObject().value(u"msg"_s).isString());
    }
}

QTEST_GUILESS_MAIN(ContractTest)
#include "tst_contract.moc"

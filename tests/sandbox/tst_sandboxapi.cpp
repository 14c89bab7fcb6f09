#include "sandboxclient.h"
#include "sandboxserver.h"

#include <QSet>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// The sandbox's list and get endpoints, authentication and response shape, over real HTTP.
class SandboxApiTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void listPagesToTheEnd_data();
    void listPagesToTheEnd();
    void limitBounds_data();
    void limitBounds();
    void statusFilter_data();
    void statusFilter();
    void itemsCarryEveryRequiredField();
    void getReturnsTheListedNumber();
    void getErrors_data();
    void getErrors();
    void unauthorized_data();
    void unauthorized();
    void everyResponseCarriesARequestId_data();
    void everyResponseCarriesARequestId();

private:
    QString numbersPath(const QString &query = {}) const
    {
        return u"/v1/"_s + m_server->workspaceId() + u"/phone-numbers"_s
                + (query.isEmpty() ? QString() : u'?' + query);
    }

    std::unique_ptr<Sandbox::Server> m_server;
    std::unique_ptr<SandboxClient> m_client;
};

void SandboxApiTest::initTestCase()
{
    Sandbox::Options options;
    options.apiKeys = {Sandbox::ApiKey{u"test-owner-key"_s}};
    m_server = std::make_unique<Sandbox::Server>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    QCOMPARE(m_server->apiKey(), u"test-owner-key"_s);
    QVERIFY(m_server->baseUrl().port() > 0);
    m_client = std::make_unique<SandboxClient>(m_server->baseUrl(), m_server->apiKey());
}

void SandboxApiTest::listPagesToTheEnd_data()
{
    QTest::addColumn<int>("limit");
    QTest::newRow("one per page") << 1;
    QTest::newRow("seven per page") << 7;
    QTest::newRow("default page") << 0;
    QTest::newRow("largest page") << 20;
}

void SandboxApiTest::listPagesToTheEnd()
{
    QFETCH(int, limit);
    QSet<QString> seen;
    QJsonValue token;
    qint64 total = -1;
    int pages = 0;
    while (true) {
        QStringList query;
        if (limit > 0)
            query << u"limit=%1"_s.arg(limit);
        if (!token.isUndefined())
            query << u"continuation_token=%1"_s.arg(token.toInteger());
        const auto reply = m_client->get(numbersPath(query.join(u'&')));
        QCOMPARE(reply.status, 200);
        const auto page = reply.object();
        const auto items = page.value(u"items"_s).toArray();
        QVERIFY(items.size() <= (limit > 0 ? limit : 10));
        for (const auto &item : items) {
            const QString id = item.toObject().value(u"id"_s).toString();
            QVERIFY2(!seen.contains(id), qPrintable(u"repeated "_s + id));
            seen.insert(id);
        }
        total = page.value(u"total"_s).toInteger(-1);
        QVERIFY(++pages < 200);
        if (!page.value(u"has_more"_s).toBool()) {
            QVERIFY(page.value(u"continuation_token"_s).isNull());
            break;
        }
        QCOMPARE(items.size(), limit > 0 ? limit : 10);
        QVERIFY(page.value(u"continuation_token"_s).isDouble());
        token = page.value(u"continuation_token"_s);
    }
    QVERIFY2(seen.size() >= 50, "the demo workspace holds about sixty numbers");
    QCOMPARE(qint64(seen.size()), total);
}

void SandboxApiTest::limitBounds_data()
{
    QTest::addColumn<QString>("limit");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("items");
    QTest::addColumn<QString>("errorType");

    QTest::newRow("smallest") << u"1"_s << 200 << 1 << QString();
    QTest::newRow("largest") << u"20"_s << 200 << 20 << QString();
    QTest::newRow("zero") << u"0"_s << 422 << 0 << u"greater_than"_s;
    QTest::newRow("negative") << u"-3"_s << 422 << 0 << u"greater_than"_s;
    QTest::newRow("twenty-one") << u"21"_s << 422 << 0 << u"less_than_equal"_s;
    QTest::newRow("not a number") << u"ten"_s << 422 << 0 << u"int_parsing"_s;
    QTest::newRow("empty") << QString() << 422 << 0 << u"int_parsing"_s;
}

void SandboxApiTest::limitBounds()
{
    QFETCH(QString, limit);
    QFETCH(int, status);
    QFETCH(int, items);
    QFETCH(QString, errorType);

    const auto reply = m_client->get(numbersPath(u"limit="_s + limit));
    QCOMPARE(reply.status, status);
    if (status == 200) {
        QCOMPARE(reply.object().value(u"items"_s).toArray().size(), items);
        return;
    }
    const auto detail = reply.detailList();
    QCOMPARE(detail.size(), 1);
    const auto error = detail.first().toObject();
    QCOMPARE(error.value(u"type"_s).toString(), errorType);
    QCOMPARE(error.value(u"loc"_s).toArray(), (QJsonArray{u"query"_s, u"limit"_s}));
    QCOMPARE(error.value(u"input"_s).toString(), limit);
    QVERIFY(!error.value(u"msg"_s).toString().isEmpty());
}

void SandboxApiTest::statusFilter_data()
{
    QTest::addColumn<QString>("status");
    QTest::newRow("active") << u"active"_s;
    QTest::newRow("inactive") << u"inactive"_s;
}

void SandboxApiTest::statusFilter()
{
    QFETCH(QString, status);
    const auto all = m_client->get(numbersPath()).object().value(u"total"_s).toInteger();

    const auto reply = m_client->get(numbersPath(u"limit=20&status="_s + status));
    QCOMPARE(reply.status, 200);
    const auto page = reply.object();
    const auto items = page.value(u"items"_s).toArray();
    QVERIFY(!items.isEmpty());
    for (const auto &item : items)
        QCOMPARE(item.toObject().value(u"status"_s).toString(), status);
    QVERIFY(page.value(u"total"_s).toInteger() < all);
}

void SandboxApiTest::itemsCarryEveryRequiredField()
{
    const auto items
            = m_client->get(numbersPath(u"limit=20"_s)).object().value(u"items"_s).toArray();
    QVERIFY(!items.isEmpty());
    const QStringList required{u"id"_s, u"workspace_id"_s, u"phone_number"_s, u"display_name"_s,
            u"provider"_s, u"capabilities"_s, u"status"_s, u"inbound_service_id"_s,
            u"provider_phone_sid"_s, u"notes"_s, u"forwarding"_s, u"created_at"_s, u"updated_at"_s};
    bool sawNullForwarding = false;
    bool sawForwarding = false;
    for (const auto &value : items) {
        const auto item = value.toObject();
        for (const auto &field : required)
            QVERIFY2(item.contains(field), qPrintable(field));
        QCOMPARE(item.value(u"workspace_id"_s).toString(), m_server->workspaceId());
        QVERIFY(item.value(u"phone_number"_s).toString().startsWith(u'+'));
        sawNullForwarding = sawNullForwarding || item.value(u"forwarding"_s).isNull();
        if (item.value(u"forwarding"_s).isObject()) {
            sawForwarding = true;
            const auto forwarding = item.value(u"forwarding"_s).toObject();
            QVERIFY(forwarding.value(u"enabled"_s).isBool());
            QVERIFY(forwarding.value(u"should_disconnect"_s).isBool());
            QVERIFY(forwarding.value(u"forward_to"_s).isString());
        }
    }
    QVERIFY(sawNullForwarding);
    QVERIFY(sawForwarding);
}

void SandboxApiTest::getReturnsTheListedNumber()
{
    const auto listed
            = m_client->get(numbersPath(u"limit=5"_s)).object().value(u"items"_s).toArray();
    QVERIFY(!listed.isEmpty());
    for (const auto &value : listed) {
        const auto item = value.toObject();
        const auto reply = m_client->get(numbersPath() + u'/' + item.value(u"id"_s).toString());
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object(), item);
    }
}

void SandboxApiTest::getErrors_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("status");
    QTest::newRow("unknown id") << u"6f1c2b1e-0000-4000-8000-000000000000"_s << 404;
    QTest::newRow("not a uuid") << u"12345"_s << 422;
    QTest::newRow("uuid with a stray letter") << u"6f1c2b1e-0000-4000-8000-00000000000z"_s << 422;
}

void SandboxApiTest::getErrors()
{
    QFETCH(QString, id);
    QFETCH(int, status);
    const auto reply = m_client->get(numbersPath() + u'/' + id);
    QCOMPARE(reply.status, status);
    if (status == 404) {
        QCOMPARE(reply.object().value(u"detail"_s).toString(), u"Phone number not found."_s);
    } else {
        const auto error = reply.detailList().first().toObject();
        QCOMPARE(error.value(u"type"_s).toString(), u"uuid_parsing"_s);
        QCOMPARE(error.value(u"loc"_s).toArray(), (QJsonArray{u"path"_s, u"phone_number_id"_s}));
    }
}

void SandboxApiTest::unauthorized_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("no header") << QByteArray();
    QTest::newRow("wrong key") << QByteArray("Bearer not-the-key");
    QTest::newRow("basic scheme") << QByteArray("Basic dGVzdC1vd25lci1rZXk=");
    QTest::newRow("bearer without key") << QByteArray("Bearer ");
}

void SandboxApiTest::unauthorized()
{
    QFETCH(QByteArray, authorization);
    QUrl url = m_server->baseUrl();
    url.setPath(numbersPath());
    QNetworkRequest request(url);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    QNetworkReply *reply = m_client->manager().get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
    QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(u"detail"_s).toString(),
            u"Missing or invalid API key."_s);
    reply->deleteLater();
}

void SandboxApiTest::everyResponseCarriesARequestId_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::newRow("list") << u"/v1/{ws}/phone-numbers"_s << 200;
    QTest::newRow("validation error") << u"/v1/{ws}/phone-numbers?limit=0"_s << 422;
    QTest::newRow("not found") << u"/v1/{ws}/phone-numbers/6f1c2b1e-0000-4000-8000-000000000000"_s
                               << 404;
    QTest::newRow("unknown path") << u"/v2/nothing"_s << 404;
}

void SandboxApiTest::everyResponseCarriesARequestId()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    path.replace(u"{ws}"_s, m_server->workspaceId());
    const auto reply = m_client->get(path);
    QCOMPARE(reply.status, status);
    QVERIFY(!reply.header("x-request-id").isEmpty());
    const auto again = m_client->get(path);
    QVERIFY(again.header("x-request-id") != reply.header("x-request-id"));
}

QTEST_GUILESS_MAIN(SandboxApiTest)
#include "tst_sandboxapi.moc"

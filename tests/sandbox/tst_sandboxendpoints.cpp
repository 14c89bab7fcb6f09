#include "sandboxclient.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Every endpoint's status codes, and what each one does to the stored data.
class SandboxEndpointsTest : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void statusCodes_data();
    void statusCodes();

    void createAppliesDefaults();
    void createKeepsEveryField();
    void updateChangesOnlyGivenFields();
    void explicitNull_data();
    void explicitNull();
    void forwardingDefaultsToEnabledAndDisconnect();
    void clearForwardingReturnsTheNumber();
    void deleteRemovesFromTheList();
    void provisionIsIdempotent();
    void searchHonoursFilters_data();
    void searchHonoursFilters();
    void searchWithNoMatchIsAnEmptyList();
    void purchaseRegistersTheNumberAndNeverOffersItAgain();
    void releaseRemovesTheNumber();
    void servicesSearchAndActiveFilter_data();
    void servicesSearchAndActiveFilter();
    void servicesPageToTheEnd();
    void workspacesListOnlyTheKeysWorkspace();
    void authMeDescribesTheKey();

private:
    SandboxClient::Reply call(const QByteArray &method, const QString &path,
            const QByteArray &body = {}, const QString &key = SandboxFixture::ownerKey)
    {
        m_sandbox.client->setApiKey(key);
        auto reply = m_sandbox.client->send(method, path, body);
        m_sandbox.client->setApiKey(SandboxFixture::ownerKey);
        return reply;
    }
    QString path(const QString &rest) const { return m_sandbox.workspacePath(rest); }
    void provision() { QCOMPARE(call("POST", path(u"/twilio/sub-account"_s)).status, 201); }

    SandboxFixture m_sandbox;
};

void SandboxEndpointsTest::init()
{
    QVERIFY(m_sandbox.start());
}

void SandboxEndpointsTest::statusCodes_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("provisioned");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("detail");

    const QString owner = SandboxFixture::ownerKey;
    const QString admin = SandboxFixture::adminKey;
    const QString member = SandboxFixture::memberKey;
    const QString viewer = SandboxFixture::viewerKey;
    const QByteArray newNumber = R"({"phone_number":"+12125550188"})";
    const QByteArray forwarding = R"({"forward_to":"+14155550100"})";
    const QString denied = u"Insufficient permissions."_s;
    const QString notFound = u"Phone number not found."_s;
    const QString noAccount = u"No sub-account provisioned."_s;

    auto row = [](const char *name) -> QTestData & {
        return QTest::newRow(name);
    };
    row("create") << QByteArray("POST") << u"{ws}/phone-numbers"_s << newNumber << owner << false
                  << 201 << QString();
    row("create by a member") << QByteArray("POST") << u"{ws}/phone-numbers"_s << newNumber
                              << member << false << 201 << QString();
    row("create by a viewer") << QByteArray("POST") << u"{ws}/phone-numbers"_s << newNumber
                              << viewer << false << 403 << denied;
    row("create a registered number") << QByteArray("POST") << u"{ws}/phone-numbers"_s
                                      << QByteArray(R"({"phone_number":"+12125550100"})") << owner
                                      << false << 409 << u"Phone number already registered."_s;
    row("create in another workspace")
            << QByteArray("POST") << u"{other}/phone-numbers"_s << newNumber << owner << false
            << 403 << u"API key does not have access to this workspace."_s;
    row("create with an unknown service")
            << QByteArray("POST") << u"{ws}/phone-numbers"_s
            << QByteArray(R"({"phone_number":"+12125550188",)"
                          R"("inbound_service_id":"0d8e4b2a-9a51-4c1e-8f55-3a0c1d7e6b11"})")
            << owner << false << 422 << QString();
    row("list") << QByteArray("GET") << u"{ws}/phone-numbers"_s << QByteArray() << viewer << false
                << 200 << QString();
    row("list with an unknown status") << QByteArray("GET") << u"{ws}/phone-numbers?status=gone"_s
                                       << QByteArray() << owner << false << 422 << QString();
    row("list with a text token") << QByteArray("GET")
                                  << u"{ws}/phone-numbers?continuation_token=abc"_s << QByteArray()
                                  << owner << false << 422 << QString();
    const QString foreignToken = u"Invalid continuation_token: pass the continuation_token of "
                                 "the previous page, or none for the first page."_s;
    row("list with a negative token")
            << QByteArray("GET") << u"{ws}/phone-numbers?continuation_token=-5"_s << QByteArray()
            << owner << false << 400 << foreignToken;
    row("list with a token beyond JSON's exact integers")
            << QByteArray("GET") << u"{ws}/phone-numbers?continuation_token=9007199254740992"_s
            << QByteArray() << owner << false << 400 << foreignToken;
    row("list with a token beyond 64 bits")
            << QByteArray("GET") << u"{ws}/phone-numbers?continuation_token=99999999999999999999"_s
            << QByteArray() << owner << false << 400 << foreignToken;
    row("list with a token past the end")
            << QByteArray("GET") << u"{ws}/phone-numbers?continuation_token=9007199254740991"_s
            << QByteArray() << owner << false << 200 << QString();
    row("list with a bad limit and a negative token")
            << QByteArray("GET") << u"{ws}/phone-numbers?limit=0&continuation_token=-5"_s
            << QByteArray() << owner << false << 422 << QString();
    row("list services with a negative token")
            << QByteArray("GET") << u"{ws}/services?continuation_token=-1"_s << QByteArray()
            << owner << false << 400 << foreignToken;
    row("list workspaces with a negative token")
            << QByteArray("GET") << u"/v1/workspaces?continuation_token=-1"_s << QByteArray()
            << owner << false << 400 << foreignToken;
    row("list in a malformed workspace") << QByteArray("GET") << u"/v1/not-a-uuid/phone-numbers"_s
                                         << QByteArray() << owner << false << 422 << QString();
    row("list in another workspace")
            << QByteArray("GET") << u"{other}/phone-numbers"_s << QByteArray() << owner << false
            << 403 << u"API key does not have access to this workspace."_s;
    row("list with a wrong key") << QByteArray("GET") << u"{ws}/phone-numbers"_s << QByteArray()
                                 << u"nope"_s << false << 401 << u"Missing or invalid API key."_s;
    row("get") << QByteArray("GET") << u"{ws}/phone-numbers/{number}"_s << QByteArray() << viewer
               << false << 200 << QString();
    row("get an unknown number") << QByteArray("GET") << u"{ws}/phone-numbers/{unknown}"_s
                                 << QByteArray() << owner << false << 404 << notFound;
    row("update") << QByteArray("PUT") << u"{ws}/phone-numbers/{number}"_s
                  << QByteArray(R"({"display_name":"Reception"})") << member << false << 200
                  << QString();
    row("update by a viewer") << QByteArray("PUT") << u"{ws}/phone-numbers/{number}"_s
                              << QByteArray(R"({"display_name":"x"})") << viewer << false << 403
                              << denied;
    row("update an unknown number")
            << QByteArray("PUT") << u"{ws}/phone-numbers/{unknown}"_s
            << QByteArray(R"({"notes":"x"})") << owner << false << 404 << notFound;
    row("update with a long name") << QByteArray("PUT") << u"{ws}/phone-numbers/{number}"_s
                                   << (R"({"display_name":")" + QByteArray(257, 'a') + "\"}")
                                   << owner << false << 422 << QString();
    row("delete") << QByteArray("DELETE") << u"{ws}/phone-numbers/{number}"_s << QByteArray()
                  << admin << false << 204 << QString();
    row("delete by a member") << QByteArray("DELETE") << u"{ws}/phone-numbers/{number}"_s
                              << QByteArray() << member << false << 403 << denied;
    row("delete by a viewer") << QByteArray("DELETE") << u"{ws}/phone-numbers/{number}"_s
                              << QByteArray() << viewer << false << 403 << denied;
    row("delete an unknown number") << QByteArray("DELETE") << u"{ws}/phone-numbers/{unknown}"_s
                                    << QByteArray() << owner << false << 404 << notFound;
    row("set forwarding") << QByteArray("PUT") << u"{ws}/phone-numbers/{number}/forwarding"_s
                          << forwarding << owner << false << 200 << QString();
    row("set forwarding by a viewer")
            << QByteArray("PUT") << u"{ws}/phone-numbers/{number}/forwarding"_s << forwarding
            << viewer << false << 403 << denied;
    row("set forwarding on an unknown number")
            << QByteArray("PUT") << u"{ws}/phone-numbers/{unknown}/forwarding"_s << forwarding
            << owner << false << 404 << notFound;
    row("set forwarding to a non-E.164 number")
            << QByteArray("PUT") << u"{ws}/phone-numbers/{number}/forwarding"_s
            << QByteArray(R"({"forward_to":"0207 946 0000"})") << owner << false << 422
            << QString();
    row("clear forwarding") << QByteArray("DELETE") << u"{ws}/phone-numbers/{number}/forwarding"_s
                            << QByteArray() << owner << false << 200 << QString();
    row("clear forwarding on an unknown number")
            << QByteArray("DELETE") << u"{ws}/phone-numbers/{unknown}/forwarding"_s << QByteArray()
            << owner << false << 404 << notFound;
    row("bind without a channel manager")
            << QByteArray("POST") << u"{ws}/phone-numbers/bind"_s << QByteArray("{}") << owner
            << false << 503 << u"Channel manager not configured."_s;
    row("sub-account before provisioning") << QByteArray("GET") << u"{ws}/twilio/sub-account"_s
                                           << QByteArray() << owner << false << 404 << noAccount;
    row("sub-account") << QByteArray("GET") << u"{ws}/twilio/sub-account"_s << QByteArray()
                       << viewer << true << 200 << QString();
    row("provision") << QByteArray("POST") << u"{ws}/twilio/sub-account"_s << QByteArray() << admin
                     << false << 201 << QString();
    // FastAPI never reads the body of an endpoint that declares none, so neither does the sandbox.
    row("provision ignores a body") << QByteArray("POST") << u"{ws}/twilio/sub-account"_s
                                    << QByteArray("\"str\"") << owner << false << 201 << QString();
    row("provision by a member") << QByteArray("POST") << u"{ws}/twilio/sub-account"_s
                                 << QByteArray() << member << false << 403 << denied;
    row("search before provisioning")
            << QByteArray("GET") << u"{ws}/twilio/phone-numbers/available"_s << QByteArray()
            << owner << false << 404 << noAccount;
    row("search") << QByteArray("GET") << u"{ws}/twilio/phone-numbers/available"_s << QByteArray()
                  << member << true << 200 << QString();
    row("search by a viewer") << QByteArray("GET") << u"{ws}/twilio/phone-numbers/available"_s
                              << QByteArray() << viewer << true << 403 << denied;
    row("search with a text limit")
            << QByteArray("GET") << u"{ws}/twilio/phone-numbers/available?limit=many"_s
            << QByteArray() << owner << true << 422 << QString();
    // pydantic takes any integer; the contract gives the search limit no bounds.
    row("search with a limit past 2^63")
            << QByteArray("GET")
            << u"{ws}/twilio/phone-numbers/available?limit=99999999999999999999"_s << QByteArray()
            << owner << true << 200 << QString();
    row("purchase before provisioning")
            << QByteArray("POST") << u"{ws}/twilio/phone-numbers/purchase"_s
            << QByteArray(R"({"phone_number":"+12125550177"})") << owner << false << 404
            << noAccount;
    row("purchase") << QByteArray("POST") << u"{ws}/twilio/phone-numbers/purchase"_s
                    << QByteArray(R"({"phone_number":"+12125550177"})") << owner << true << 201
                    << QString();
    row("purchase a registered number")
            << QByteArray("POST") << u"{ws}/twilio/phone-numbers/purchase"_s
            << QByteArray(R"({"phone_number":"+12125550100"})") << owner << true << 409
            << u"Phone number already registered."_s;
    row("purchase a number the carrier lacks")
            << QByteArray("POST") << u"{ws}/twilio/phone-numbers/purchase"_s
            << QByteArray(R"({"phone_number":"+12125551234"})") << owner << true << 422
            << QString();
    row("purchase by a viewer") << QByteArray("POST") << u"{ws}/twilio/phone-numbers/purchase"_s
                                << QByteArray(R"({"phone_number":"+12125550177"})") << viewer
                                << true << 403 << denied;
    row("release") << QByteArray("DELETE") << u"{ws}/twilio/phone-numbers/{number}/release"_s
                   << QByteArray() << owner << false << 204 << QString();
    row("release a number without SID")
            << QByteArray("DELETE") << u"{ws}/twilio/phone-numbers/{plain}/release"_s
            << QByteArray() << owner << false << 422 << u"No provider SID on number."_s;
    row("release an unknown number")
            << QByteArray("DELETE") << u"{ws}/twilio/phone-numbers/{unknown}/release"_s
            << QByteArray() << owner << false << 404 << notFound;
    row("release by a member") << QByteArray("DELETE")
                               << u"{ws}/twilio/phone-numbers/{number}/release"_s << QByteArray()
                               << member << false << 403 << denied;
    row("services") << QByteArray("GET") << u"{ws}/services"_s << QByteArray() << viewer << false
                    << 200 << QString();
    row("services with a non-boolean filter")
            << QByteArray("GET") << u"{ws}/services?is_active=maybe"_s << QByteArray() << owner
            << false << 422 << QString();
    row("service") << QByteArray("GET") << u"{ws}/services/{service}"_s << QByteArray() << viewer
                   << false << 200 << QString();
    row("unknown service") << QByteArray("GET") << u"{ws}/services/{unknown}"_s << QByteArray()
                           << owner << false << 404 << u"Not found."_s;
    row("workspaces") << QByteArray("GET") << u"/v1/workspaces"_s << QByteArray() << viewer << false
                      << 200 << QString();
    row("workspace") << QByteArray("GET") << u"/v1/workspaces/{wsid}"_s << QByteArray() << viewer
                     << false << 200 << QString();
    row("another workspace") << QByteArray("GET") << u"/v1/workspaces/{otherid}"_s << QByteArray()
                             << owner << false << 403
                             << u"API key does not have access to this workspace."_s;
    row("auth me") << QByteArray("GET") << u"/v1/auth/me"_s << QByteArray() << viewer << false
                   << 200 << QString();
    row("auth me with a wrong key")
            << QByteArray("GET") << u"/v1/auth/me"_s << QByteArray() << u"nope"_s << false << 401
            << u"Missing or invalid API key."_s;
    row("unknown path") << QByteArray("GET") << u"{ws}/fax-numbers"_s << QByteArray() << owner
                        << false << 404 << u"Not Found"_s;
    row("unsupported method") << QByteArray("PATCH") << u"{ws}/phone-numbers/{number}"_s
                              << QByteArray("{}") << owner << false << 405
                              << u"Method Not Allowed"_s;
    row("oversized body") << QByteArray("POST") << u"{ws}/phone-numbers"_s
                          << QByteArray(qsizetype(70) * 1024, ' ') << owner << false << 413
                          << u"Request body too large."_s;
}

void SandboxEndpointsTest::statusCodes()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, key);
    QFETCH(bool, provisioned);
    QFETCH(int, status);
    QFETCH(QString, detail);

    if (provisioned)
        provision();
    const auto withSid = m_sandbox.findNumber(
            [](const QJsonObject &n) { return n.value(u"provider_phone_sid"_s).isString(); });
    const auto withoutSid = m_sandbox.findNumber(
            [](const QJsonObject &n) { return n.value(u"provider_phone_sid"_s).isNull(); });
    const auto services = call("GET", this->path(u"/services"_s)).object();
    const QString other = u"0d8e4b2a-9a51-4c1e-8f55-3a0c1d7e6b11"_s;

    path.replace(u"{ws}"_s, u"/v1/"_s + m_sandbox.server->workspaceId());
    path.replace(u"{wsid}"_s, m_sandbox.server->workspaceId());
    path.replace(u"{other}"_s, u"/v1/"_s + other);
    path.replace(u"{otherid}"_s, other);
    path.replace(u"{number}"_s, withSid.value(u"id"_s).toString());
    path.replace(u"{plain}"_s, withoutSid.value(u"id"_s).toString());
    path.replace(u"{service}"_s,
            services.value(u"items"_s).toArray().first().toObject().value(u"id"_s).toString());
    path.replace(u"{unknown}"_s, u"6f1c2b1e-0000-4000-8000-000000000000"_s);

    const auto reply = call(method, path, body.isEmpty() ? QByteArray() : body, key);
    QCOMPARE(reply.status, status);
    QVERIFY(!reply.header("x-request-id").isEmpty());
    if (status == 204) {
        QVERIFY(reply.body.isEmpty());
        return;
    }
    QCOMPARE(reply.header("content-type"), QByteArray("application/json"));
    const auto object = reply.object();
    if (!detail.isEmpty())
        QCOMPARE(object.value(u"detail"_s).toString(), detail);
    if (status == 422) {
        const auto errors = reply.detailList();
        QVERIFY(!errors.isEmpty() || object.value(u"detail"_s).isString());
        for (const auto &error : errors) {
            QVERIFY(error.toObject().value(u"loc"_s).isArray());
            QVERIFY(error.toObject().value(u"msg"_s).isString());
            QVERIFY(error.toObject().value(u"type"_s).isString());
        }
    }
    if (status == 401)
        QCOMPARE(reply.header("www-authenticate"), QByteArray("Bearer"));
}

void SandboxEndpointsTest::createAppliesDefaults()
{
    const auto reply
            = call("POST", path(u"/phone-numbers"_s), R"({"phone_number":"+442079460555"})");
    QCOMPARE(reply.status, 201);
    const auto number = reply.object();
    QCOMPARE(number.value(u"phone_number"_s).toString(), u"+442079460555"_s);
    QCOMPARE(number.value(u"display_name"_s).toString(), QString());
    QCOMPARE(number.value(u"provider"_s).toString(), u"twilio"_s);
    QCOMPARE(number.value(u"status"_s).toString(), u"active"_s);
    QCOMPARE(number.value(u"capabilities"_s).toArray(), (QJsonArray{u"inbound"_s, u"outbound"_s}));
    QCOMPARE(number.value(u"notes"_s).toString(), QString());
    QVERIFY(number.value(u"forwarding"_s).isNull());
    QVERIFY(number.value(u"inbound_service_id"_s).isNull());
    QVERIFY(number.value(u"provider_phone_sid"_s).isNull());
    QCOMPARE(number.value(u"created_at"_s), number.value(u"updated_at"_s));
    QCOMPARE(number.value(u"workspace_id"_s).toString(), m_sandbox.server->workspaceId());

    const auto fetched = call("GET", path(u"/phone-numbers/"_s + number.value(u"id"_s).toString()));
    QCOMPARE(fetched.object(), number);
}

void SandboxEndpointsTest::createKeepsEveryField()
{
    const QString service = call("GET", path(u"/services"_s))
                                    .object()
                                    .value(u"items"_s)
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(u"id"_s)
                                    .toString();
    const QJsonObject body{
            {u"phone_number"_s, u"+61255500777"_s},
            {u"display_name"_s, u"Sydney 🦘 line"_s},
            {u"provider"_s, u"livekit"_s},
            {u"capabilities"_s, QJsonArray{u"outbound"_s}},
            {u"status"_s, u"inactive"_s},
            {u"inbound_service_id"_s, service.toUpper()},
            {u"provider_phone_sid"_s, u"PN0123"_s},
            {u"notes"_s, u"Ünïcödé notes"_s},
            {u"forwarding"_s,
                    QJsonObject{{u"forward_to"_s, u"+61255500001"_s}, {u"enabled"_s, false}}},
    };
    const auto reply = call("POST", path(u"/phone-numbers"_s), QJsonDocument(body).toJson());
    QCOMPARE(reply.status, 201);
    const auto number = reply.object();
    for (const auto *field : {"phone_number", "display_name", "provider", "capabilities", "status",
                 "provider_phone_sid", "notes"}) {
        const QString name = QString::fromLatin1(field);
        QCOMPARE(number.value(name), body.value(name));
    }
    QCOMPARE(number.value(u"inbound_service_id"_s).toString(), service);
    QCOMPARE(number.value(u"forwarding"_s).toObject(),
            (QJsonObject{{u"forward_to"_s, u"+61255500001"_s}, {u"enabled"_s, false},
                    {u"should_disconnect"_s, true}}));
}

void SandboxEndpointsTest::updateChangesOnlyGivenFields()
{
    const auto before = m_sandbox.findNumber(
            [](const QJsonObject &n) { return n.value(u"forwarding"_s).isObject(); });
    QVERIFY(!before.isEmpty());
    const QString id = before.value(u"id"_s).toString();
    const auto reply = call("PUT", path(u"/phone-numbers/"_s + id),
            R"({"display_name":"Renamed","status":"inactive"})");
    QCOMPARE(reply.status, 200);
    const auto after = reply.object();
    QCOMPARE(after.value(u"display_name"_s).toString(), u"Renamed"_s);
    QCOMPARE(after.value(u"status"_s).toString(), u"inactive"_s);
    for (const auto *unchanged : {"phone_number", "provider", "capabilities", "notes", "forwarding",
                 "inbound_service_id", "provider_phone_sid", "created_at"}) {
        const QString name = QString::fromLatin1(unchanged);
        QCOMPARE(after.value(name), before.value(name));
    }
    QVERIFY(after.value(u"updated_at"_s).toString() > before.value(u"updated_at"_s).toString());
    QCOMPARE(call("GET", path(u"/phone-numbers/"_s + id)).object(), after);
}

void SandboxEndpointsTest::explicitNull_data()
{
    QTest::addColumn<bool>("nullClears");
    QTest::newRow("null ignored (default)") << false;
    QTest::newRow("null clears (--null-clears)") << true;
}

void SandboxEndpointsTest::explicitNull()
{
    QFETCH(bool, nullClears);
    auto options = SandboxFixture::defaultOptions();
    options.nullClears = nullClears;
    QVERIFY(m_sandbox.start(options));

    const auto before = m_sandbox.findNumber([](const QJsonObject &n) {
        return n.value(u"forwarding"_s).isObject() && n.value(u"inbound_service_id"_s).isString()
                && !n.value(u"display_name"_s).toString().isEmpty();
    });
    QVERIFY(!before.isEmpty());
    const auto reply = call("PUT", path(u"/phone-numbers/"_s + before.value(u"id"_s).toString()),
            R"({"inbound_service_id":null,"forwarding":null,"display_name":null})");
    QCOMPARE(reply.status, 200);
    const auto after = reply.object();
    // display_name cannot be null in a response: null never changes it.
    QCOMPARE(after.value(u"display_name"_s), before.value(u"display_name"_s));
    if (nullClears) {
        QVERIFY(after.value(u"inbound_service_id"_s).isNull());
        QVERIFY(after.value(u"forwarding"_s).isNull());
    } else {
        QCOMPARE(after.value(u"inbound_service_id"_s), before.value(u"inbound_service_id"_s));
        QCOMPARE(after.value(u"forwarding"_s), before.value(u"forwarding"_s));
    }
}

void SandboxEndpointsTest::forwardingDefaultsToEnabledAndDisconnect()
{
    const auto before = m_sandbox.findNumber(
            [](const QJsonObject &n) { return n.value(u"forwarding"_s).isNull(); });
    const QString id = before.value(u"id"_s).toString();
    const auto reply = call("PUT", path(u"/phone-numbers/"_s + id + u"/forwarding"_s),
            R"({"forward_to":"+493023125999"})");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(u"forwarding"_s).toObject(),
            (QJsonObject{{u"forward_to"_s, u"+493023125999"_s}, {u"enabled"_s, true},
                    {u"should_disconnect"_s, true}}));
    QCOMPARE(reply.object().value(u"display_name"_s), before.value(u"display_name"_s));
}

void SandboxEndpointsTest::clearForwardingReturnsTheNumber()
{
    const auto before = m_sandbox.findNumber(
            [](const QJsonObject &n) { return n.value(u"forwarding"_s).isObject(); });
    const QString id = before.value(u"id"_s).toString();
    const auto reply = call("DELETE", path(u"/phone-numbers/"_s + id + u"/forwarding"_s));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(u"id"_s).toString(), id);
    QVERIFY(reply.object().value(u"forwarding"_s).isNull());
    QVERIFY(call("GET", path(u"/phone-numbers/"_s + id)).object().value(u"forwarding"_s).isNull());
}

void SandboxEndpointsTest::deleteRemovesFromTheList()
{
    const auto list = call("GET", path(u"/phone-numbers"_s)).object();
    const qint64 total = list.value(u"total"_s).toInteger();
    const QString id
            = list.value(u"items"_s).toArray().first().toObject().value(u"id"_s).toString();
    QCOMPARE(call("DELETE", path(u"/phone-numbers/"_s + id)).status, 204);
    QCOMPARE(call("GET", path(u"/phone-numbers/"_s + id)).status, 404);
    const auto after = call("GET", path(u"/phone-numbers"_s)).object();
    QCOMPARE(after.value(u"total"_s).toInteger(), total - 1);
    QVERIFY(after.value(u"items"_s).toArray().first().toObject().value(u"id"_s).toString() != id);
}

void SandboxEndpointsTest::provisionIsIdempotent()
{
    const auto first = call("POST", path(u"/twilio/sub-account"_s));
    const auto second = call("POST", path(u"/twilio/sub-account"_s));
    QCOMPARE(first.status, 201);
    QCOMPARE(second.status, 201);
    QCOMPARE(second.object(), first.object());
    const auto account = first.object();
    QVERIFY(account.value(u"account_sid"_s).toString().startsWith(u"AC"_s));
    QCOMPARE(account.value(u"account_sid"_s).toString().size(), 34);
    QCOMPARE(account.value(u"workspace_id"_s).toString(), m_sandbox.server->workspaceId());
    QCOMPARE(call("GET", path(u"/twilio/sub-account"_s)).object(), account);
}

void SandboxEndpointsTest::searchHonoursFilters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("containing");
    QTest::addColumn<int>("count");

    QTest::newRow("default is US") << QString() << u"+1"_s << QString() << 10;
    QTest::newRow("US area code") << u"country=US&area_code=415&limit=5"_s << u"+1415555"_s
                                  << QString() << 5;
    QTest::newRow("Canada") << u"country=CA&limit=3"_s << u"+1"_s << QString() << 3;
    QTest::newRow("GB London written with 0")
            << u"country=GB&area_code=020&limit=4"_s << u"+44207946"_s << QString() << 4;
    QTest::newRow("Australia") << u"country=au&limit=2"_s << u"+61"_s << QString() << 2;
    QTest::newRow("France") << u"country=FR"_s << u"+33199"_s << QString() << 10;
    QTest::newRow("Germany Berlin")
            << u"country=DE&area_code=30"_s << u"+493023125"_s << QString() << 10;
    QTest::newRow("contains digits") << u"contains=0142&limit=3"_s << u"+1"_s << u"0142"_s << 3;
    QTest::newRow("contains with wildcard")
            << u"area_code=212&contains=55501*9"_s << u"+1212"_s << u"55501"_s << 10;
}

void SandboxEndpointsTest::searchHonoursFilters()
{
    QFETCH(QString, query);
    QFETCH(QString, prefix);
    QFETCH(QString, containing);
    QFETCH(int, count);
    provision();

    const auto reply = call("GET",
            path(u"/twilio/phone-numbers/available"_s)
                    + (query.isEmpty() ? QString() : u'?' + query));
    QCOMPARE(reply.status, 200);
    const auto numbers = reply.object().value(u"numbers"_s).toArray();
    QCOMPARE(numbers.size(), count);
    for (const auto &value : numbers) {
        const auto number = value.toObject();
        const QString e164 = number.value(u"phone_number"_s).toString();
        QVERIFY2(e164.startsWith(prefix), qPrintable(e164));
        QVERIFY2(e164.contains(containing), qPrintable(e164));
        QVERIFY(!number.value(u"friendly_name"_s).toString().isEmpty());
        QVERIFY(number.value(u"capabilities"_s).toObject().value(u"voice"_s).toBool());
        QVERIFY(number.contains(u"locality"_s));
        QVERIFY(number.contains(u"region"_s));
    }
}

void SandboxEndpointsTest::searchWithNoMatchIsAnEmptyList()
{
    provision();
    // The contract bounds neither limit nor country: these are no 422.
    for (const auto &query :
            {u"country=ZZ"_s, u"country=ZZZ"_s, u"area_code=999"_s, u"contains=abc"_s, u"limit=0"_s,
                    u"limit=-5"_s, u"limit=-99999999999999999999"_s}) {
        const auto reply = call("GET", path(u"/twilio/phone-numbers/available?"_s + query));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object(), (QJsonObject{{u"numbers"_s, QJsonArray()}}));
    }
}

void SandboxEndpointsTest::purchaseRegistersTheNumberAndNeverOffersItAgain()
{
    provision();
    const auto offered = call("GET", path(u"/twilio/phone-numbers/available?area_code=212"_s))
                                 .object()
                                 .value(u"numbers"_s)
                                 .toArray();
    const QString e164 = offered.first().toObject().value(u"phone_number"_s).toString();

    const auto reply = call("POST", path(u"/twilio/phone-numbers/purchase"_s),
            QJsonDocument(QJsonObject{{u"phone_number"_s, e164}, {u"display_name"_s, u"New"_s}})
                    .toJson());
    QCOMPARE(reply.status, 201);
    const auto purchase = reply.object();
    QCOMPARE(purchase.value(u"phone_number"_s).toString(), e164);
    QVERIFY(purchase.value(u"provider_phone_sid"_s).toString().startsWith(u"PN"_s));
    QCOMPARE(purchase.value(u"status"_s).toString(), u"active"_s);

    const auto stored
            = call("GET", path(u"/phone-numbers/"_s + purchase.value(u"id"_s).toString())).object();
    QCOMPARE(stored.value(u"provider_phone_sid"_s), purchase.value(u"provider_phone_sid"_s));
    QCOMPARE(stored.value(u"display_name"_s).toString(), u"New"_s);
    QCOMPARE(stored.value(u"provider"_s).toString(), u"twilio"_s);

    const auto again = call("GET", path(u"/twilio/phone-numbers/available?area_code=212"_s))
                               .object()
                               .value(u"numbers"_s)
                               .toArray();
    for (const auto &value : again)
        QVERIFY(value.toObject().value(u"phone_number"_s).toString() != e164);

    // Released numbers stay out of stock too.
    QCOMPARE(call("DELETE",
                     path(u"/twilio/phone-numbers/"_s + purchase.value(u"id"_s).toString()
                             + u"/release"_s))
                     .status,
            204);
    const auto afterRelease = call("GET", path(u"/twilio/phone-numbers/available?area_code=212"_s))
                                      .object()
                                      .value(u"numbers"_s)
                                      .toArray();
    for (const auto &value : afterRelease)
        QVERIFY(value.toObject().value(u"phone_number"_s).toString() != e164);
}

void SandboxEndpointsTest::releaseRemovesTheNumber()
{
    const auto number = m_sandbox.findNumber(
            [](const QJsonObject &n) { return n.value(u"provider_phone_sid"_s).isString(); });
    const QString id = number.value(u"id"_s).toString();
    QCOMPARE(call("DELETE", path(u"/twilio/phone-numbers/"_s + id + u"/release"_s)).status, 204);
    QCOMPARE(call("GET", path(u"/phone-numbers/"_s + id)).status, 404);
    QCOMPARE(call("DELETE", path(u"/twilio/phone-numbers/"_s + id + u"/release"_s)).status, 404);
}

void SandboxEndpointsTest::servicesSearchAndActiveFilter_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("all") << QString()
                         << QStringList{u"Front Desk Receptionist"_s, u"After-Hours Triage"_s,
                                    u"Prescription Refills"_s, u"Billing Questions"_s,
                                    u"Appointment Reminders"_s};
    QTest::newRow("inactive") << u"is_active=false"_s << QStringList{u"Appointment Reminders"_s};
    QTest::newRow("search in names, any case")
            << u"search=triage"_s << QStringList{u"After-Hours Triage"_s};
    QTest::newRow("search in descriptions")
            << u"search=card%20payments"_s << QStringList{u"Billing Questions"_s};
    QTest::newRow("search and active")
            << u"search=appointment&is_active=true"_s << QStringList{u"Front Desk Receptionist"_s};
    QTest::newRow("percent is literal") << u"search=%25"_s << QStringList();
}

void SandboxEndpointsTest::servicesSearchAndActiveFilter()
{
    QFETCH(QString, query);
    QFETCH(QStringList, names);
    const auto reply = call("GET", path(u"/services?limit=20&"_s + query));
    QCOMPARE(reply.status, 200);
    QStringList got;
    for (const auto &item : reply.object().value(u"items"_s).toArray())
        got << item.toObject().value(u"name"_s).toString();
    QCOMPARE(got, names);
    QCOMPARE(reply.object().value(u"total"_s).toInteger(), names.size());
}

void SandboxEndpointsTest::servicesPageToTheEnd()
{
    const auto first = call("GET", path(u"/services?limit=2"_s)).object();
    QVERIFY(first.value(u"has_more"_s).toBool());
    const auto second = call("GET",
            path(u"/services?limit=2&continuation_token="_s
                    + QString::number(first.value(u"continuation_token"_s).toInteger())))
                                .object();
    QCOMPARE(second.value(u"items"_s).toArray().size(), 2);
    QVERIFY(second.value(u"items"_s).toArray().first()
            != first.value(u"items"_s).toArray().first());
}

void SandboxEndpointsTest::workspacesListOnlyTheKeysWorkspace()
{
    const auto page = call("GET", u"/v1/workspaces"_s).object();
    const auto items = page.value(u"items"_s).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().toObject().value(u"id"_s).toString(), m_sandbox.server->workspaceId());
    QCOMPARE(items.first().toObject().value(u"name"_s).toString(), u"Amigo Demo Clinic"_s);
    QCOMPARE(page.value(u"has_more"_s).toBool(), false);
}

void SandboxEndpointsTest::authMeDescribesTheKey()
{
    const auto owner = call("GET", u"/v1/auth/me"_s).object();
    const auto viewer = call("GET", u"/v1/auth/me"_s, {}, SandboxFixture::viewerKey).object();
    QCOMPARE(owner.value(u"workspace_id"_s).toString(), m_sandbox.server->workspaceId());
    QVERIFY(!owner.value(u"key_id"_s).toString().isEmpty());
    QVERIFY(owner.value(u"key_id"_s) != viewer.value(u"key_id"_s));
    QVERIFY(!owner.value(u"key_id"_s).toString().contains(SandboxFixture::ownerKey));
    QVERIFY(owner.contains(u"name"_s));
    const auto expires
            = QDateTime::fromString(owner.value(u"expires_at"_s).toString(), Qt::ISODateWithMs);
    QVERIFY(expires > QDateTime::currentDateTimeUtc());
    const qint64 seconds = owner.value(u"expires_in_seconds"_s).toInteger();
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(expires) - seconds) <= 5);
}

QTEST_GUILESS_MAIN(SandboxEndpointsTest)
#include "tst_sandboxendpoints.moc"

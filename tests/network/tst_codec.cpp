#include "codec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_Codec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesEveryField();
    void keepsUnknownEnumValues();
    void forwardingNullAbsentOrSet_data();
    void forwardingNullAbsentOrSet();
    void rejectsContractViolations_data();
    void rejectsContractViolations();
    void keepsContinuationTokenExactly_data();
    void keepsContinuationTokenExactly();
    void ignoresUnknownFields();
    void parseBodyRejectsNonJson_data();
    void parseBodyRejectsNonJson();
    void encodesOnlyFieldsThatAreSet();
    void encodesPurchaseWithOnlyWhatWasSet();
    void encodesCreateWithOnlyWhatWasSet();
    void decodesSubAccount();
    void decodesAvailableNumbers();
    void decodesPurchasedNumber();
    void decodesServicePage();
    void decodesWorkspace();
    void decodesAuthInfo();
    void newTypesRejectContractViolations_data();
    void newTypesRejectContractViolations();
};

static QJsonObject sampleNumber()
{
    return QJsonDocument::fromJson(R"({
        "id": "0b6f7c52-3f5e-4b7e-9a53-7f0e4d3e2a11",
        "workspace_id": "6d1f4c1e-8f9a-4c55-9a5e-2e8c3f7b9d00",
        "phone_number": "+12015550123",
        "display_name": "Front desk",
        "provider": "twilio",
        "capabilities": ["inbound", "outbound"],
        "status": "active",
        "inbound_service_id": null,
        "provider_phone_sid": "PN0123456789abcdef0123456789abcdef",
        "notes": "Main line",
        "forwarding": {"enabled": true, "forward_to": "+442079460123", "should_disconnect": false},
        "created_at": "2026-05-05T22:29:32.123456Z",
        "updated_at": "2026-05-06T08:00:00Z"
    })")
            .object();
}

void tst_Codec::decodesEveryField()
{
    const Result<PhoneNumber> result = Codec::decodePhoneNumber(sampleNumber());
    QVERIFY2(result.isOk(), qPrintable(result.isOk() ? QString() : result.error().message()));
    const PhoneNumber &number = result.value();
    QCOMPARE(number.id, u"0b6f7c52-3f5e-4b7e-9a53-7f0e4d3e2a11"_s);
    QCOMPARE(number.phoneNumber, u"+12015550123"_s);
    QCOMPARE(number.displayName, u"Front desk"_s);
    QCOMPARE(number.capabilities, QStringList({u"inbound"_s, u"outbound"_s}));
    QVERIFY(!number.inboundServiceId.has_value());
    QCOMPARE(number.providerPhoneSid, std::optional(u"PN0123456789abcdef0123456789abcdef"_s));
    QVERIFY(number.forwarding.has_value());
    QCOMPARE(number.forwarding->forwardTo, u"+442079460123"_s);
    QCOMPARE(number.forwarding->shouldDisconnect, false);
    QVERIFY(!number.channelPhoneId.has_value());
    QCOMPARE(number.createdAt.toUTC().date(), QDate(2026, 5, 5));
    QCOMPARE(number.createdAt.toUTC().time().msec(), 123);
    QCOMPARE(number.updatedAt.toUTC(), QDateTime(QDate(2026, 5, 6), QTime(8, 0), Qt::UTC));
}

void tst_Codec::keepsUnknownEnumValues()
{
    QJsonObject json = sampleNumber();
    json[u"status"_s] = u"suspended"_s;
    json[u"provider"_s] = u"carrier-x"_s;
    json[u"capabilities"_s] = QJsonArray{u"voice"_s, u"sms"_s};
    const Result<PhoneNumber> result = Codec::decodePhoneNumber(json);
    QVERIFY(result.isOk());
    QCOMPARE(result.value().status, u"suspended"_s);
    QCOMPARE(result.value().provider, u"carrier-x"_s);
    QCOMPARE(result.value().capabilities, QStringList({u"voice"_s, u"sms"_s}));
}

void tst_Codec::forwardingNullAbsentOrSet_data()
{
    QTest::addColumn<QJsonValue>("forwarding");
    QTest::addColumn<bool>("decodes");
    QTest::addColumn<bool>("hasForwarding");

    QTest::newRow("null means no forwarding") << QJsonValue(QJsonValue::Null) << true << false;
    QTest::newRow("absent violates the contract")
            << QJsonValue(QJsonValue::Undefined) << false << false;
    QTest::newRow("object is kept") << QJsonValue(QJsonObject{{u"enabled"_s, false},
            {u"forward_to"_s, u"+12015550100"_s}, {u"should_disconnect"_s, true}})
                                    << true << true;
    QTest::newRow("object lacking forward_to")
            << QJsonValue(QJsonObject{{u"enabled"_s, true}, {u"should_disconnect"_s, true}})
            << false << false;
}

void tst_Codec::forwardingNullAbsentOrSet()
{
    QFETCH(QJsonValue, forwarding);
    QFETCH(bool, decodes);
    QFETCH(bool, hasForwarding);

    QJsonObject json = sampleNumber();
    if (forwarding.isUndefined())
        json.remove(u"forwarding"_s);
    else
        json[u"forwarding"_s] = forwarding;
    const Result<PhoneNumber> result = Codec::decodePhoneNumber(json);
    QCOMPARE(result.isOk(), decodes);
    if (decodes)
        QCOMPARE(result.value().forwarding.has_value(), hasForwarding);
    else
        QCOMPARE(result.error().kind(), ApiError::Kind::MalformedResponse);
}

void tst_Codec::rejectsContractViolations_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");

    QTest::newRow("id missing") << u"id"_s << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("phone_number is a number") << u"phone_number"_s << QJsonValue(12015550123.0);
    QTest::newRow("display_name is null") << u"display_name"_s << QJsonValue(QJsonValue::Null);
    QTest::newRow("capabilities is a string") << u"capabilities"_s << QJsonValue(u"inbound"_s);
    QTest::newRow("capabilities holds a number") << u"capabilities"_s << QJsonValue(QJsonArray{1});
    QTest::newRow("inbound_service_id is a number") << u"inbound_service_id"_s << QJsonValue(7);
    QTest::newRow("created_at is not a date") << u"created_at"_s << QJsonValue(u"yesterday"_s);
    QTest::newRow("updated_at missing") << u"updated_at"_s << QJsonValue(QJsonValue::Undefined);
}

void tst_Codec::rejectsContractViolations()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);

    QJsonObject json = sampleNumber();
    if (value.isUndefined())
        json.remove(field);
    else
        json[field] = value;
    const Result<PhoneNumber> result = Codec::decodePhoneNumber(json);
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().kind(), ApiError::Kind::MalformedResponse);
    QVERIFY2(result.error().message().contains(field), qPrintable(result.error().message()));
}

void tst_Codec::keepsContinuationTokenExactly_data()
{
    QTest::addColumn<QJsonValue>("token");

    QTest::newRow("integer") << QJsonValue(40);
    QTest::newRow("large integer") << QJsonValue(qint64(9007199254740991LL));
    QTest::newRow("string") << QJsonValue(u"opaque-token-42"_s);
    QTest::newRow("null") << QJsonValue(QJsonValue::Null);
    QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined);
}

void tst_Codec::keepsContinuationTokenExactly()
{
    QFETCH(QJsonValue, token);

    QJsonObject page{{u"items"_s, QJsonArray{sampleNumber()}}, {u"has_more"_s, true}};
    if (!token.isUndefined())
        page[u"continuation_token"_s] = token;
    const Result<PhoneNumberPage> result = Codec::decodePhoneNumberPage(page);
    QVERIFY(result.isOk());
    QCOMPARE(result.value().continuationToken, token);
    QCOMPARE(result.value().items.size(), 1);
    QVERIFY(result.value().hasMore);
}

void tst_Codec::ignoresUnknownFields()
{
    QJsonObject json = sampleNumber();
    json[u"brand_new_field"_s] = QJsonObject{{u"nested"_s, true}};
    QVERIFY(Codec::decodePhoneNumber(json).isOk());
}

void tst_Codec::parseBodyRejectsNonJson_data()
{
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("whitespace") << QByteArray(" \r\n");
    QTest::newRow("truncated") << QByteArray(R"({"items": [{"id": "abc")");
    QTest::newRow("html error page") << QByteArray("<html><body>502 Bad Gateway</body></html>");
}

void tst_Codec::parseBodyRejectsNonJson()
{
    QFETCH(QByteArray, body);
    const Result<QJsonValue> result = Codec::parseBody(body);
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().kind(), ApiError::Kind::MalformedResponse);
}

void tst_Codec::encodesOnlyFieldsThatAreSet()
{
    PhoneNumberUpdate update;
    update.displayName = u"Reception"_s;
    update.inboundServiceId = Nullable<QString>::null();
    const QJsonObject body = Codec::encode(update);

    QCOMPARE(body.keys(), QStringList({u"display_name"_s, u"inbound_service_id"_s}));
    QCOMPARE(body.value(u"display_name"_s), QJsonValue(u"Reception"_s));
    QVERIFY(body.value(u"inbound_service_id"_s).isNull());
    QVERIFY(PhoneNumberUpdate().isEmpty());
    QVERIFY(!update.isEmpty());
}

void tst_Codec::encodesPurchaseWithOnlyWhatWasSet()
{
    PurchaseRequest purchase;
    purchase.phoneNumber = u"+12015550142"_s;
    QCOMPARE(Codec::encode(purchase), QJsonObject({{u"phone_number"_s, u"+12015550142"_s}}));

    purchase.displayName = u"Sales"_s;
    purchase.capabilities = QStringList{u"inbound"_s};
    const QJsonObject body = Codec::encode(purchase);
    QCOMPARE(body.value(u"display_name"_s), QJsonValue(u"Sales"_s));
    QCOMPARE(body.value(u"capabilities"_s), QJsonValue(QJsonArray{u"inbound"_s}));
    QCOMPARE(body.size(), 3);
}

void tst_Codec::encodesCreateWithOnlyWhatWasSet()
{
    PhoneNumberCreate create;
    create.phoneNumber = u"+12015550143"_s;
    create.forwarding = ForwardingConfig{true, u"+12015550100"_s, false};
    const QJsonObject body = Codec::encode(create);
    QCOMPARE(body.keys(), QStringList({u"forwarding"_s, u"phone_number"_s}));
    QCOMPARE(body.value(u"forwarding"_s).toObject().value(u"should_disconnect"_s),
            QJsonValue(false));
}

static QJsonObject parse(const char *json)
{
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError)
        qFatal("Bad test JSON: %s", qPrintable(error.errorString()));
    return object;
}

static QJsonObject sampleSubAccount()
{
    return parse(R"({"id": "sa_1", "workspace_id": "6d1f4c1e-8f9a-4c55-9a5e-2e8c3f7b9d00",
        "account_sid": "AC0123456789abcdef0123456789abcdef", "friendly_name": "Demo",
        "environment": "sandbox", "twiml_app_sid": null,
        "created_at": "2026-05-01T10:00:00Z", "updated_at": "2026-05-01T10:00:00Z"})");
}

static QJsonObject sampleService()
{
    return parse(R"({"id": "11111111-1111-4111-8111-111111111111",
        "workspace_id": "6d1f4c1e-8f9a-4c55-9a5e-2e8c3f7b9d00", "name": "Front desk",
        "description": "Answers the main line", "agent_id": "22222222-2222-4222-8222-222222222222",
        "context_graph_id": "33333333-3333-4333-8333-333333333333", "keyterms": ["billing"],
        "is_active": true, "version_sets": {"release": {"agent_version_number": 3}},
        "tags": [{"key": "team", "value": "support"}, {"key": "legacy"}], "tool_capacity": 4,
        "created_at": "2026-04-01T09:00:00Z", "updated_at": "2026-04-02T09:00:00Z"})");
}

static QJsonObject sampleWorkspace()
{
    return parse(R"({"id": "6d1f4c1e-8f9a-4c55-9a5e-2e8c3f7b9d00", "slug": "demo",
        "name": "Demo clinic", "environment": "production", "region": "us-east-1",
        "backend_org_id": null, "connector_type": "ehr-x",
        "provisioned_at": "2026-03-01T00:00:00Z",
        "created_at": "2026-03-01T00:00:00Z", "updated_at": "2026-03-02T00:00:00Z"})");
}

static QJsonObject sampleAuthInfo()
{
    return parse(R"({"workspace_id": "6d1f4c1e-8f9a-4c55-9a5e-2e8c3f7b9d00", "key_id": "key_42",
        "name": null, "expires_at": "2026-08-01T00:00:00Z", "expires_in_seconds": 7776000})");
}

static QJsonObject samplePurchase()
{
    return parse(R"({"id": "44444444-4444-4444-8444-444444444444",
        "workspace_id": "6d1f4c1e-8f9a-4c55-9a5e-2e8c3f7b9d00", "phone_number": "+12015550144",
        "display_name": "", "provider_phone_sid": "PN0123456789abcdef0123456789abcdef",
        "status": "active", "capabilities": ["inbound", "outbound"],
        "created_at": "2026-05-06T12:00:00Z"})");
}

void tst_Codec::decodesSubAccount()
{
    Result<SubAccount> result = Codec::decodeSubAccount(sampleSubAccount());
    QVERIFY(result.isOk());
    QCOMPARE(result.value().accountSid, u"AC0123456789abcdef0123456789abcdef"_s);
    QVERIFY(!result.value().twimlAppSid.has_value());
    QCOMPARE(result.value().status, u"active"_s); // the documented default when left out

    QJsonObject json = sampleSubAccount();
    json[u"status"_s] = u"suspended"_s;
    json[u"twiml_app_sid"_s] = u"AP0123"_s;
    result = Codec::decodeSubAccount(json);
    QVERIFY(result.isOk());
    QCOMPARE(result.value().status, u"suspended"_s);
    QCOMPARE(result.value().twimlAppSid, std::optional(u"AP0123"_s));
}

void tst_Codec::decodesAvailableNumbers()
{
    const QJsonObject json = parse(R"({"numbers": [
        {"phone_number": "+12015550150", "friendly_name": "(201) 555-0150",
         "locality": "Hoboken", "region": "NJ",
         "capabilities": {"voice": true, "SMS": false, "fax": true}, "rate_center": "x"},
        {"phone_number": "+12015550151", "friendly_name": "(201) 555-0151"}]})");
    const Result<QList<AvailableNumber>> result = Codec::decodeAvailableNumbers(json);
    QVERIFY(result.isOk());
    QCOMPARE(result.value().size(), 2);
    const AvailableNumber &first = result.value().first();
    QCOMPARE(first.locality, std::optional(u"Hoboken"_s));
    QCOMPARE(first.capabilities.value(u"voice"_s), true);
    QCOMPARE(first.capabilities.value(u"SMS"_s), false);
    QVERIFY(first.capabilities.contains(u"fax"_s)); // unknown capability names are kept
    QVERIFY(!result.value().at(1).locality.has_value());
    QVERIFY(result.value().at(1).capabilities.isEmpty());

    QVERIFY(Codec::decodeAvailableNumbers(parse(R"({"numbers": []})")).isOk());
}

void tst_Codec::decodesPurchasedNumber()
{
    const Result<PurchasedNumber> result = Codec::decodePurchasedNumber(samplePurchase());
    QVERIFY(result.isOk());
    QCOMPARE(result.value().providerPhoneSid, u"PN0123456789abcdef0123456789abcdef"_s);
    QCOMPARE(result.value().capabilities, QStringList({u"inbound"_s, u"outbound"_s}));
    QCOMPARE(result.value().createdAt.toUTC(), QDateTime(QDate(2026, 5, 6), QTime(12, 0), Qt::UTC));
}

void tst_Codec::decodesServicePage()
{
    QJsonObject service = sampleService();
    service[u"channel_type"_s] = u"video"_s; // unknown values are kept
    const QJsonObject page{{u"items"_s, QJsonArray{service, sampleService()}},
            {u"has_more"_s, false}, {u"continuation_token"_s, QJsonValue::Null}, {u"total"_s, 2}};
    const Result<ServicePage> result = Codec::decodeServicePage(page);
    QVERIFY2(result.isOk(), qPrintable(result.isOk() ? QString() : result.error().message()));
    QCOMPARE(result.value().items.size(), 2);
    QCOMPARE(result.value().total, std::optional<qint64>(2));
    const Service &first = result.value().items.first();
    QCOMPARE(first.channelType, u"video"_s);
    QCOMPARE(result.value().items.at(1).channelType, u"voice"_s); // default when left out
    QCOMPARE(first.environment, u"production"_s);
    QCOMPARE(first.tags.size(), 2);
    QCOMPARE(first.tags.at(0).value, std::optional(u"support"_s));
    QVERIFY(!first.tags.at(1).value.has_value());
    QCOMPARE(first.keyterms, QStringList{u"billing"_s});
    QCOMPARE(first.toolCapacity, 4);
    QVERIFY(first.versionSets.contains(u"release"_s));
    QVERIFY(first.isActive);
}

void tst_Codec::decodesWorkspace()
{
    Result<Workspace> result = Codec::decodeWorkspace(sampleWorkspace());
    QVERIFY(result.isOk());
    QCOMPARE(result.value().slug, u"demo"_s);
    QVERIFY(!result.value().backendOrgId.has_value());
    QCOMPARE(result.value().connectorType, std::optional(u"ehr-x"_s));
    QVERIFY(result.value().provisionedAt.has_value());

    const QJsonObject page{{u"items"_s, QJsonArray{sampleWorkspace()}}, {u"has_more"_s, true},
            {u"continuation_token"_s, 1}};
    const Result<WorkspacePage> decodedPage = Codec::decodeWorkspacePage(page);
    QVERIFY(decodedPage.isOk());
    QCOMPARE(decodedPage.value().continuationToken, QJsonValue(1));
}

void tst_Codec::decodesAuthInfo()
{
    const Result<AuthInfo> result = Codec::decodeAuthInfo(sampleAuthInfo());
    QVERIFY(result.isOk());
    QCOMPARE(result.value().keyId, u"key_42"_s);
    QVERIFY(!result.value().name.has_value());
    QCOMPARE(result.value().expiresInSeconds, 7776000);
}

void tst_Codec::newTypesRejectContractViolations_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");

    const QJsonValue missing(QJsonValue::Undefined);
    QTest::newRow("sub-account without account_sid")
            << u"subaccount"_s << u"account_sid"_s << missing;
    QTest::newRow("sub-account twiml_app_sid missing")
            << u"subaccount"_s << u"twiml_app_sid"_s << missing;
    QTest::newRow("sub-account status null")
            << u"subaccount"_s << u"status"_s << QJsonValue(QJsonValue::Null);
    QTest::newRow("purchase provider_phone_sid null")
            << u"purchase"_s << u"provider_phone_sid"_s << QJsonValue(QJsonValue::Null);
    QTest::newRow("purchase created_at garbage")
            << u"purchase"_s << u"created_at"_s << QJsonValue(u"soon"_s);
    QTest::newRow("service is_active is text")
            << u"service"_s << u"is_active"_s << QJsonValue(u"yes"_s);
    QTest::newRow("service without version_sets") << u"service"_s << u"version_sets"_s << missing;
    QTest::newRow("service tool_capacity fractional")
            << u"service"_s << u"tool_capacity"_s << QJsonValue(1.5);
    QTest::newRow("service tags hold a string")
            << u"service"_s << u"tags"_s << QJsonValue(QJsonArray{u"team"_s});
    QTest::newRow("workspace without region") << u"workspace"_s << u"region"_s << missing;
    QTest::newRow("workspace backend_org_id missing")
            << u"workspace"_s << u"backend_org_id"_s << missing;
    QTest::newRow("auth expires_in_seconds text")
            << u"auth"_s << u"expires_in_seconds"_s << QJsonValue(u"90 days"_s);
    QTest::newRow("auth without workspace_id") << u"auth"_s << u"workspace_id"_s << missing;
    QTest::newRow("available number capability not boolean")
            << u"available"_s << u"capabilities"_s << QJsonValue(QJsonObject{{u"voice"_s, 1}});
    QTest::newRow("available number without friendly_name")
            << u"available"_s << u"friendly_name"_s << missing;
}

void tst_Codec::newTypesRejectContractViolations()
{
    QFETCH(QString, type);
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);

    const auto mutate = [&](QJsonObject json) {
        if (value.isUndefined())
            json.remove(field);
        else
            json[field] = value;
        return json;
    };
    std::optional<ApiError> error;
    const auto check = [&](const auto &result) {
        if (!result.isOk())
            error = result.error();
    };
    if (type == u"subaccount")
        check(Codec::decodeSubAccount(mutate(sampleSubAccount())));
    else if (type == u"purchase")
        check(Codec::decodePurchasedNumber(mutate(samplePurchase())));
    else if (type == u"service")
        check(Codec::decodeService(mutate(sampleService())));
    else if (type == u"workspace")
        check(Codec::decodeWorkspace(mutate(sampleWorkspace())));
    else if (type == u"auth")
        check(Codec::decodeAuthInfo(mutate(sampleAuthInfo())));
    else if (type == u"available")
        check(Codec::decodeAvailableNumbers(QJsonObject{
                {u"numbers"_s, QJsonArray{mutate(parse(R"({"phone_number": "+12015550150",
                                             "friendly_name": "x"})"))}}}));
    else
        QFAIL("unknown type in test data");

    QVERIFY2(error.has_value(), "the violation was accepted");
    QCOMPARE(error->kind(), ApiError::Kind::MalformedResponse);
    QVERIFY2(error->message().contains(field) || field == u"tags", qPrintable(error->message()));
}

QTEST_GUILESS_MAIN(tst_Codec)
#include "tst_codec.moc"

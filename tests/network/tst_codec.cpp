#include "codec.h"

#include <QJsonArray>
#include <QJsonDocument>
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
    QTest::newRow("absent violates the contract") << QJsonValue(QJsonValue::Undefined) << false
                                                  << false;
    QTest::newRow("object is kept")
            << QJsonValue(QJsonObject{{u"enabled"_s, false},
                                      {u"forward_to"_s, u"+12015550100"_s},
                                      {u"should_disconnect"_s, true}})
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

QTEST_GUILESS_MAIN(tst_Codec)
#include "tst_codec.moc"

#include "validation.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

// Every request validation rule, checked on the pure parsing functions: the FastAPI/pydantic
// error type and location each broken rule produces.
class SandboxValidationTest : public QObject
{
    Q_OBJECT

private slots:
    void createBody_data();
    void createBody();
    void updateBody_data();
    void updateBody();
    void updateDistinguishesAbsentNullAndValue();
    void forwardingBody_data();
    void forwardingBody();
    void purchaseBody_data();
    void purchaseBody();
    void query_data();
    void query();
    void foreignContinuationTokens_data();
    void foreignContinuationTokens();
    void uuids_data();
    void uuids();
    void codePoints_data();
    void codePoints();
    void echoedBodyValues_data();
    void echoedBodyValues();
    void echoedQueryAndPathValues();

private:
    static void addColumns()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("type"); // empty: valid
        QTest::addColumn<QJsonArray>("loc");
    }
    static void compareFirstError(const Sandbox::ValidationErrors &errors)
    {
        QFETCH(QString, type);
        QFETCH(QJsonArray, loc);
        if (type.isEmpty()) {
            QVERIFY2(errors.isEmpty(), QJsonDocument(errors.detail()).toJson().constData());
            return;
        }
        QVERIFY(!errors.isEmpty());
        const auto error = errors.detail().first().toObject();
        QCOMPARE(error.value(u"type"_s).toString(), type);
        if (type == u"json_invalid") {
            // The offset is wherever the JSON parser gave up; only its kind is checked.
            QCOMPARE(error.value(u"loc"_s).toArray().first(), loc.first());
            QVERIFY(error.value(u"loc"_s).toArray().last().isDouble());
        } else {
            QCOMPARE(error.value(u"loc"_s).toArray(), loc);
        }
        QVERIFY(!error.value(u"msg"_s).toString().isEmpty());
        QVERIFY(error.contains(u"input"_s));
    }
};

static QByteArray repeated(const QString &unit, int count)
{
    return unit.repeated(count).toUtf8();
}

void SandboxValidationTest::createBody_data()
{
    addColumns();
    const QJsonArray body{u"body"_s};
    auto at = [](const QString &field) {
        return QJsonArray{u"body"_s, field};
    };
    auto number = [](const QByteArray &extra) -> QByteArray {
        return QByteArray(R"({"phone_number":"+12125550188")") + extra + '}';
    };

    QTest::newRow("minimal") << number({}) << QString() << QJsonArray();
    QTest::newRow("empty body") << QByteArray() << u"missing"_s << body;
    QTest::newRow("not JSON") << QByteArray("{phone") << u"json_invalid"_s
                              << QJsonArray{u"body"_s, 1};
    QTest::newRow("array body") << QByteArray("[1,2]") << u"model_attributes_type"_s << body;
    QTest::newRow("empty array body") << QByteArray("[]") << u"model_attributes_type"_s << body;
    QTest::newRow("null body") << QByteArray("null") << u"model_attributes_type"_s << body;
    QTest::newRow("string body") << QByteArray(R"("str")") << u"model_attributes_type"_s << body;
    QTest::newRow("number body") << QByteArray(" 42\n") << u"model_attributes_type"_s << body;
    QTest::newRow("boolean body") << QByteArray("true") << u"model_attributes_type"_s << body;
    QTest::newRow("two values") << QByteArray("1,2") << u"json_invalid"_s
                                << QJsonArray{u"body"_s, 1};
    QTest::newRow("value and a bracket")
            << QByteArray("1],[2") << u"json_invalid"_s << QJsonArray{u"body"_s, 1};
    QTest::newRow("phone number missing")
            << QByteArray("{}") << u"missing"_s << at(u"phone_number"_s);
    QTest::newRow("phone number not a string") << QByteArray(R"({"phone_number":12125550188})")
                                               << u"string_type"_s << at(u"phone_number"_s);
    QTest::newRow("phone number too short") << QByteArray(R"({"phone_number":"+"})")
                                            << u"string_too_short"_s << at(u"phone_number"_s);
    QTest::newRow("phone number of 17 characters")
            << QByteArray(R"({"phone_number":"+1212555018812345"})") << u"string_too_long"_s
            << at(u"phone_number"_s);
    QTest::newRow("phone number without plus")
            << QByteArray(R"({"phone_number":"12125550188"})") << u"string_pattern_mismatch"_s
            << at(u"phone_number"_s);
    QTest::newRow("phone number with spaces")
            << QByteArray(R"({"phone_number":"+1 212 555"})") << u"string_pattern_mismatch"_s
            << at(u"phone_number"_s);
    QTest::newRow("phone number with leading zero")
            << QByteArray(R"({"phone_number":"+012125550"})") << u"string_pattern_mismatch"_s
            << at(u"phone_number"_s);
    QTest::newRow("phone number with trailing newline")
            << QByteArray(R"({"phone_number":"+12125550188\n"})") << u"string_pattern_mismatch"_s
            << at(u"phone_number"_s);
    QTest::newRow("display name of 256 code points")
            << number(R"(,"display_name":")" + repeated(u"😀"_s, 256) + '"') << QString()
            << QJsonArray();
    QTest::newRow("display name of 257 code points")
            << number(R"(,"display_name":")" + repeated(u"é"_s, 257) + '"') << u"string_too_long"_s
            << at(u"display_name"_s);
    QTest::newRow("display name null")
            << number(R"(,"display_name":null)") << u"string_type"_s << at(u"display_name"_s);
    QTest::newRow("notes of 2000 code points")
            << number(R"(,"notes":")" + repeated(u"𝄞"_s, 2000) + '"') << QString() << QJsonArray();
    QTest::newRow("notes of 2001 code points")
            << number(R"(,"notes":")" + repeated(u"x"_s, 2001) + '"') << u"string_too_long"_s
            << at(u"notes"_s);
    QTest::newRow("two capabilities")
            << number(R"(,"capabilities":["outbound","inbound"])") << QString() << QJsonArray();
    QTest::newRow("three capabilities")
            << number(R"(,"capabilities":["inbound","outbound","inbound"])") << u"too_long"_s
            << at(u"capabilities"_s);
    QTest::newRow("unknown capability")
            << number(R"(,"capabilities":["sms"])") << u"literal_error"_s
            << QJsonArray{u"body"_s, u"capabilities"_s, 0};
    QTest::newRow("capabilities not a list")
            << number(R"(,"capabilities":"inbound")") << u"list_type"_s << at(u"capabilities"_s);
    QTest::newRow("unknown provider")
            << number(R"(,"provider":"vonage")") << u"literal_error"_s << at(u"provider"_s);
    QTest::newRow("unknown status")
            << number(R"(,"status":"paused")") << u"literal_error"_s << at(u"status"_s);
    QTest::newRow("service id null")
            << number(R"(,"inbound_service_id":null)") << QString() << QJsonArray();
    QTest::newRow("service id not a uuid") << number(R"(,"inbound_service_id":"front-desk")")
                                           << u"uuid_parsing"_s << at(u"inbound_service_id"_s);
    QTest::newRow("service id a number") << number(R"(,"inbound_service_id":7)") << u"uuid_type"_s
                                         << at(u"inbound_service_id"_s);
    QTest::newRow("provider SID of 65 characters")
            << number(R"(,"provider_phone_sid":")" + QByteArray(65, 'P') + '"')
            << u"string_too_long"_s << at(u"provider_phone_sid"_s);
    QTest::newRow("forwarding null")
            << number(R"(,"forwarding":null)") << QString() << QJsonArray();
    QTest::newRow("forwarding not an object") << number(R"(,"forwarding":"+12125550100")")
                                              << u"model_attributes_type"_s << at(u"forwarding"_s);
    QTest::newRow("forwarding without target")
            << number(R"(,"forwarding":{"enabled":true})") << u"missing"_s
            << QJsonArray{u"body"_s, u"forwarding"_s, u"forward_to"_s};
    QTest::newRow("forwarding to a non-E.164 number")
            << number(R"(,"forwarding":{"forward_to":"020 7946 0000"})")
            << u"string_pattern_mismatch"_s
            << QJsonArray{u"body"_s, u"forwarding"_s, u"forward_to"_s};
    QTest::newRow("forwarding flag not boolean")
            << number(R"(,"forwarding":{"forward_to":"+12125550100","enabled":[]})")
            << u"bool_type"_s << QJsonArray{u"body"_s, u"forwarding"_s, u"enabled"_s};
    QTest::newRow("forwarding flag as text")
            << number(R"(,"forwarding":{"forward_to":"+12125550100","enabled":"perhaps"})")
            << u"bool_parsing"_s << QJsonArray{u"body"_s, u"forwarding"_s, u"enabled"_s};
    QTest::newRow("unknown fields ignored")
            << number(R"(,"colour":"blue")") << QString() << QJsonArray();
}

void SandboxValidationTest::createBody()
{
    QFETCH(QByteArray, body);
    Sandbox::ValidationErrors errors;
    Sandbox::parseCreatePhoneNumber(body, &errors);
    compareFirstError(errors);
    QCOMPARE(Sandbox::validatePhoneNumberCreate(body), errors.detail());
}

void SandboxValidationTest::updateBody_data()
{
    addColumns();
    auto at = [](const QString &field) {
        return QJsonArray{u"body"_s, field};
    };
    QTest::newRow("empty object") << QByteArray("{}") << QString() << QJsonArray();
    QTest::newRow("all null") << QByteArray(R"({"display_name":null,"provider":null,)"
                                            R"("capabilities":null,"status":null,)"
                                            R"("inbound_service_id":null,)"
                                            R"("provider_phone_sid":null,"notes":null,)"
                                            R"("forwarding":null})")
                              << QString() << QJsonArray();
    QTest::newRow("four capabilities")
            << QByteArray(R"({"capabilities":["inbound","outbound","inbound","outbound"]})")
            << QString() << QJsonArray();
    QTest::newRow("five capabilities")
            << QByteArray(R"({"capabilities":["inbound","inbound","inbound","inbound","inbound"]})")
            << u"too_long"_s << at(u"capabilities"_s);
    QTest::newRow("display name too long")
            << (R"({"display_name":")" + repeated(u"ß"_s, 257) + "\"}") << u"string_too_long"_s
            << at(u"display_name"_s);
    QTest::newRow("notes too long") << (R"({"notes":")" + repeated(u"n"_s, 2001) + "\"}")
                                    << u"string_too_long"_s << at(u"notes"_s);
    QTest::newRow("unknown status")
            << QByteArray(R"({"status":"deleted"})") << u"literal_error"_s << at(u"status"_s);
    QTest::newRow("bad service id") << QByteArray(R"({"inbound_service_id":"abc"})")
                                    << u"uuid_parsing"_s << at(u"inbound_service_id"_s);
    QTest::newRow("phone number is not updatable, so ignored")
            << QByteArray(R"({"phone_number":"nonsense"})") << QString() << QJsonArray();
}

void SandboxValidationTest::updateBody()
{
    QFETCH(QByteArray, body);
    Sandbox::ValidationErrors errors;
    Sandbox::parseUpdatePhoneNumber(body, &errors);
    compareFirstError(errors);
}

void SandboxValidationTest::updateDistinguishesAbsentNullAndValue()
{
    Sandbox::ValidationErrors errors;
    const auto input = Sandbox::parseUpdatePhoneNumber(
            R"({"inbound_service_id":null,"display_name":"Desk"})", &errors);
    QVERIFY(errors.isEmpty());
    QVERIFY(input.inboundServiceId.has_value());
    QVERIFY(!input.inboundServiceId->has_value());
    QCOMPARE(input.displayName.value().value(), u"Desk"_s);
    QVERIFY(!input.notes.has_value());
    QVERIFY(!input.forwarding.has_value());
}

void SandboxValidationTest::forwardingBody_data()
{
    addColumns();
    QTest::newRow("target only") << QByteArray(R"({"forward_to":"+12125550100"})") << QString()
                                 << QJsonArray();
    QTest::newRow("no target") << QByteArray(R"({"enabled":false})") << u"missing"_s
                               << QJsonArray{u"body"_s, u"forward_to"_s};
    QTest::newRow("target too long")
            << QByteArray(R"({"forward_to":"+121255501001234567"})") << u"string_too_long"_s
            << QJsonArray{u"body"_s, u"forward_to"_s};
    QTest::newRow("flag as number one") << QByteArray(R"({"forward_to":"+12125550100",)"
                                                      R"("should_disconnect":1})")
                                        << QString() << QJsonArray();
}

void SandboxValidationTest::forwardingBody()
{
    QFETCH(QByteArray, body);
    Sandbox::ValidationErrors errors;
    const auto forwarding = Sandbox::parseForwarding(body, &errors);
    compareFirstError(errors);
    if (errors.isEmpty())
        QVERIFY(forwarding.enabled || body.contains("false"));
}

void SandboxValidationTest::purchaseBody_data()
{
    addColumns();
    QTest::newRow("number only") << QByteArray(R"({"phone_number":"+12125550177"})") << QString()
                                 << QJsonArray();
    QTest::newRow("no number") << QByteArray(R"({"display_name":"x"})") << u"missing"_s
                               << QJsonArray{u"body"_s, u"phone_number"_s};
    QTest::newRow("three capabilities")
            << QByteArray(R"({"phone_number":"+12125550177",)"
                          R"("capabilities":["inbound","inbound","inbound"]})")
            << u"too_long"_s << QJsonArray{u"body"_s, u"capabilities"_s};
}

void SandboxValidationTest::purchaseBody()
{
    QFETCH(QByteArray, body);
    Sandbox::ValidationErrors errors;
    Sandbox::parsePurchase(body, &errors);
    compareFirstError(errors);
}

void SandboxValidationTest::query_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QString>("status");

    QTest::newRow("defaults") << QByteArray() << QString() << QString() << 10 << QString();
    QTest::newRow("limit 1") << QByteArray("limit=1") << QString() << QString() << 1 << QString();
    QTest::newRow("limit 20") << QByteArray("limit=20") << QString() << QString() << 20
                              << QString();
    QTest::newRow("limit 0") << QByteArray("limit=0") << u"greater_than"_s << u"limit"_s << 10
                             << QString();
    QTest::newRow("limit 21") << QByteArray("limit=21") << u"less_than_equal"_s << u"limit"_s << 10
                              << QString();
    QTest::newRow("limit 2.5") << QByteArray("limit=2.5") << u"int_parsing"_s << u"limit"_s << 10
                               << QString();
    QTest::newRow("last repeated value wins")
            << QByteArray("limit=50&limit=5") << QString() << QString() << 5 << QString();
    QTest::newRow("status active")
            << QByteArray("status=active") << QString() << QString() << 10 << u"active"_s;
    QTest::newRow("status in capitals")
            << QByteArray("status=ACTIVE") << u"literal_error"_s << u"status"_s << 10 << QString();
    QTest::newRow("token not an integer")
            << QByteArray("continuation_token=eyJ9") << u"int_parsing"_s << u"continuation_token"_s
            << 10 << QString();
    QTest::newRow("token beyond 64 bits is still an integer")
            << QByteArray("continuation_token=99999999999999999999999") << QString() << QString()
            << 10 << QString();
    QTest::newRow("boolean not understood") << QByteArray("is_active=perhaps") << u"bool_parsing"_s
                                            << u"is_active"_s << 10 << QString();
    QTest::newRow("percent-encoded garbage") << QByteArray("limit=%FF%00&status=%E2%82")
                                             << u"int_parsing"_s << u"limit"_s << 10 << QString();
}

void SandboxValidationTest::query()
{
    QFETCH(QByteArray, query);
    QFETCH(QString, type);
    QFETCH(QString, name);
    QFETCH(int, limit);
    QFETCH(QString, status);

    const Sandbox::QueryParameters parameters(query);
    Sandbox::ValidationErrors errors;
    QCOMPARE(Sandbox::queryLimit(parameters, &errors), limit);
    Sandbox::queryContinuationToken(parameters, &errors);
    QCOMPARE(Sandbox::queryStatus(parameters, &errors), status);
    Sandbox::queryBoolean(parameters, u"is_active"_s, &errors);
    if (type.isEmpty()) {
        QVERIFY(errors.isEmpty());
        return;
    }
    const auto error = errors.detail().first().toObject();
    QCOMPARE(error.value(u"type"_s).toString(), type);
    QCOMPARE(error.value(u"loc"_s).toArray(), (QJsonArray{u"query"_s, name}));
}

void SandboxValidationTest::foreignContinuationTokens_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<bool>("foreign");
    QTest::newRow("absent") << QByteArray("limit=5") << false;
    QTest::newRow("first page") << QByteArray("continuation_token=0") << false;
    QTest::newRow("an offset") << QByteArray("continuation_token=20") << false;
    QTest::newRow("with spaces and a plus") << QByteArray("continuation_token=%20+20%20") << false;
    QTest::newRow("minus zero") << QByteArray("continuation_token=-0") << false;
    QTest::newRow("largest exact JSON integer")
            << QByteArray("continuation_token=9007199254740991") << false;
    QTest::newRow("negative") << QByteArray("continuation_token=-5") << true;
    QTest::newRow("one beyond exact JSON integers")
            << QByteArray("continuation_token=9007199254740992") << true;
    QTest::newRow("beyond 64 bits")
            << QByteArray("continuation_token=99999999999999999999999") << true;
    QTest::newRow("negative beyond 64 bits")
            << QByteArray("continuation_token=-99999999999999999999999") << true;
    QTest::newRow("text is a 422 instead") << QByteArray("continuation_token=eyJ9") << false;
    QTest::newRow("empty is a 422 instead") << QByteArray("continuation_token=") << false;
    QTest::newRow("last repeated value counts")
            << QByteArray("continuation_token=5&continuation_token=-5") << true;
}

void SandboxValidationTest::foreignContinuationTokens()
{
    QFETCH(QByteArray, query);
    QFETCH(bool, foreign);
    QCOMPARE(Sandbox::isForeignContinuationToken(Sandbox::QueryParameters(query)), foreign);
}

void SandboxValidationTest::uuids_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical"); // empty: invalid
    const QString id = u"6f1c2b1e-0a3d-4e5f-8a9b-0c1d2e3f4a5b"_s;
    QTest::newRow("canonical") << id << id;
    QTest::newRow("upper case") << id.toUpper() << id;
    QTest::newRow("without hyphens") << QString(id).remove(u'-') << id;
    QTest::newRow("braced") << u'{' + id + u'}' << id;
    QTest::newRow("urn") << u"urn:uuid:"_s + id << id;
    QTest::newRow("too short") << u"6f1c2b1e"_s << QString();
    QTest::newRow("bad character") << id.left(35) + u'g' << QString();
    QTest::newRow("misplaced hyphen") << u"6f1c2b1e0-a3d-4e5f-8a9b-0c1d2e3f4a5b"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void SandboxValidationTest::uuids()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    Sandbox::ValidationErrors errors;
    const QString result = Sandbox::pathUuid(text, u"phone_number_id"_s, &errors);
    if (canonical.isEmpty()) {
        QCOMPARE(errors.detail().size(), 1);
        const auto error = errors.detail().first().toObject();
        QCOMPARE(error.value(u"type"_s).toString(), u"uuid_parsing"_s);
        QCOMPARE(error.value(u"loc"_s).toArray(), (QJsonArray{u"path"_s, u"phone_number_id"_s}));
        QVERIFY(error.value(u"ctx"_s).toObject().contains(u"error"_s));
    } else {
        QVERIFY(errors.isEmpty());
        QCOMPARE(result, canonical);
    }
}

void SandboxValidationTest::codePoints_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");
    QTest::newRow("ascii") << u"abc"_s << 3;
    QTest::newRow("accents") << u"ééé"_s << 3;
    QTest::newRow("emoji, two UTF-16 units each") << u"😀😀"_s << 2;
    QTest::newRow("lone surrogate counts once") << QString(QChar(0xD800)) << 1;
}

void SandboxValidationTest::codePoints()
{
    QFETCH(QString, text);
    QFETCH(int, count);
    QCOMPARE(Sandbox::codePointCount(text), count);
}

void SandboxValidationTest::echoedBodyValues_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QJsonValue>("input"); // what the first error repeats of the body

    auto number = [](const QByteArray &extra) -> QByteArray {
        return QByteArray(R"({"phone_number":"+12125550188")") + extra + '}';
    };
    const QString ellipsis(u'…');
    QJsonArray capabilities;
    for (int i = 0; i < 16; ++i)
        capabilities.append(u"inbound"_s);
    capabilities.append(ellipsis);
    QJsonObject fields;
    QByteArray manyFields = "{";
    for (int i = 10; i < 40; ++i) {
        manyFields += "\"f" + QByteArray::number(i) + "\":" + QByteArray::number(i) + ',';
        if (fields.size() < 16)
            fields.insert(u"f%1"_s.arg(i), i);
    }
    manyFields += R"("z":0})";
    fields.insert(ellipsis, ellipsis);

    QTest::newRow("100 KB status") << number(R"(,"status":")" + QByteArray(100000, 's') + '"')
                                   << QJsonValue(QString(64, u's') + ellipsis);
    QTest::newRow("status of 64 characters is whole")
            << number(R"(,"status":")" + QByteArray(64, 's') + '"')
            << QJsonValue(QString(64, u's'));
    QTest::newRow("long display name cut at code points, not UTF-16 units")
            << number(R"(,"display_name":")" + repeated(u"😀"_s, 300) + '"')
            << QJsonValue(u"😀"_s.repeated(64) + ellipsis);
    QTest::newRow("long list of capabilities") << number(
            R"(,"capabilities":[)" + QByteArray(R"("inbound",)").repeated(99) + R"("inbound"])")
                                               << QJsonValue(capabilities);
    QTest::newRow("missing field repeats a cut-down body") << manyFields << QJsonValue(fields);
    QTest::newRow("deep nesting") << number(R"(,"forwarding":[[[[["x"]]]]])")
                                  << QJsonValue(QJsonArray{
                                             QJsonArray{QJsonArray{QJsonArray{ellipsis}}}});
}

void SandboxValidationTest::echoedBodyValues()
{
    QFETCH(QByteArray, body);
    QFETCH(QJsonValue, input);
    Sandbox::ValidationErrors errors;
    Sandbox::parseCreatePhoneNumber(body, &errors);
    QVERIFY(!errors.isEmpty());
    QCOMPARE(errors.detail().first().toObject().value(u"input"_s), input);
}

void SandboxValidationTest::echoedQueryAndPathValues()
{
    const QString ellipsis(u'…');
    const Sandbox::QueryParameters query("status=" + QByteArray(100000, 'a'));
    Sandbox::ValidationErrors errors;
    Sandbox::queryStatus(query, &errors);
    Sandbox::pathUuid(QString(5000, u'z'), u"phone_number_id"_s, &errors);
    QCOMPARE(errors.detail().size(), 2);
    QCOMPARE(errors.detail().at(0).toObject().value(u"input"_s).toString(),
            QString(64, u'a') + ellipsis);
    QCOMPARE(errors.detail().at(1).toObject().value(u"input"_s).toString(),
            QString(64, u'z') + ellipsis);
}

QTEST_GUILESS_MAIN(SandboxValidationTest)
#include "tst_sandboxvalidation.moc"

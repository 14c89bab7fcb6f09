#include "codec.h"
#include "pageenvelope.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The quick look at a list page's paging fields, against the full decode of the same body.
class tst_PageEnvelope : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsWhatTheFullDecodeReads_data();
    void readsWhatTheFullDecodeReads();
    void answersNothingForUnusualBodies_data();
    void answersNothingForUnusualBodies();
};

static QByteArray item(const QByteArray &notes = "")
{
    return R"({"id":"a","workspace_id":"w","phone_number":"+12015550123","display_name":"x",)"
           R"("provider":"twilio","capabilities":["inbound"],"status":"active",)"
           R"("inbound_service_id":null,"provider_phone_sid":null,"notes":")"
            + notes
            + R"(","forwarding":{"enabled":true,"forward_to":"+12015550199",)"
              R"("should_disconnect":true},"created_at":"2026-01-01T00:00:00Z",)"
              R"("updated_at":"2026-01-02T00:00:00Z"})";
}

void tst_PageEnvelope::readsWhatTheFullDecodeReads_data()
{
    QTest::addColumn<QByteArray>("body");
    const auto row = [](const char *name, const QByteArray &body) {
        QTest::newRow(name) << body;
    };

    const QByteArray two = item() + ',' + item();
    row("integer token",
            R"({"items":[)" + two + R"(],"has_more":true,"continuation_token":40,"total":100})");
    row("fields in another order",
            R"({"total":100,"continuation_token":40,"has_more":true,"items":[)" + two + "]}");
    row("string token",
            R"({"items":[)" + item() + R"(],"has_more":true,"continuation_token":"abc\"d"})");
    row("last page with null token and total",
            R"({"items":[)" + item()
                    + R"(],"has_more":false,"continuation_token":null,"total":null})");
    row("no token, no total", R"({"items":[],"has_more":false})");
    row("whitespace everywhere",
            " {\n \"items\" : [ " + item() + " , " + item()
                    + " ] ,\r\n\t\"has_more\" : false , \"continuation_token\" : 2 } \n");
    // A number's notes holding what looks like the envelope's own fields.
    row("paging fields inside a string",
            R"({"items":[)" + item(R"(\"has_more\":false,\"items\":[1,2,3]}]})")
                    + R"(],"has_more":true,"continuation_token":20})");
    row("brackets inside a string",
            R"({"items":[)" + item(R"(}]{[\\)") + R"(],"has_more":true,"continuation_token":20})");
    // Whether a quote ends a string depends on how many backslashes stand before it.
    row("escaped backslashes before quotes",
            R"({"items":[)" + item(R"(a\\\"],\\)") + ',' + item(R"(\\\\)")
                    + R"(],"has_more":true,"continuation_token":"t\\"})");
    row("unknown fields",
            R"({"next":{"a":[1,{"b":"]"}]},"items":[)" + item()
                    + R"(],"has_more":true,"continuation_token":20.0,"extra":[]})");
}

void tst_PageEnvelope::readsWhatTheFullDecodeReads()
{
    QFETCH(QByteArray, body);

    const std::optional<PageEnvelope> envelope = PageEnvelope::peek(body);
    const Result<PhoneNumberPage> page = Codec::decodePhoneNumberPageBody(body);
    QVERIFY2(page, qPrintable(page ? QString() : page.error().message()));
    QVERIFY(envelope);
    QCOMPARE(envelope->hasMore, page.value().hasMore);
    QCOMPARE(envelope->continuationToken, page.value().continuationToken);
    QCOMPARE(envelope->total, page.value().total);
    QCOMPARE(envelope->items, page.value().items.size());
    QVERIFY(envelope->sameAs(page.value().hasMore, page.value().continuationToken,
            page.value().total, page.value().items.size()));
}

void tst_PageEnvelope::answersNothingForUnusualBodies_data()
{
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("HTML from a gateway") << QByteArray("<html><body>Bad gateway</body></html>");
    QTest::newRow("an array") << QByteArray(R"([{"items":[],"has_more":false}])");
    QTest::newRow("truncated") << QByteArray(R"({"items":[)" + item() + R"(],"has_more":tr)");
    QTest::newRow("unterminated string") << QByteArray(R"({"items":[],"has_more":false,"x":"ab)");
    QTest::newRow("trailing text") << QByteArray(R"({"items":[],"has_more":false} {})");
    QTest::newRow("no has_more") << QByteArray(R"({"items":[]})");
    QTest::newRow("no items") << QByteArray(R"({"has_more":false})");
    QTest::newRow("has_more as text") << QByteArray(R"({"items":[],"has_more":"true"})");
    QTest::newRow("has_more twice")
            << QByteArray(R"({"items":[],"has_more":true,"has_more":false})");
    QTest::newRow("token twice") << QByteArray(
            R"({"items":[],"has_more":true,"continuation_token":1,)"
            R"("continuation_token":2})");
    QTest::newRow("escaped key") << QByteArray(R"({"items":[],"has\u005fmore":false})");
    QTest::newRow("bad token") << QByteArray(R"({"items":[],"has_more":true,)"
                                             R"("continuation_token":tru})");
    QTest::newRow("total as text") << QByteArray(R"({"items":[],"has_more":false,"total":"3"})");
}

void tst_PageEnvelope::answersNothingForUnusualBodies()
{
    QFETCH(QByteArray, body);

    QVERIFY(!PageEnvelope::peek(body));
}

QTEST_APPLESS_MAIN(tst_PageEnvelope)
#include "tst_pageenvelope.moc"

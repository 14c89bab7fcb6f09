#include "embeddedsandbox.h"
#include "fictionalnumbers.h"
#include "sandboxclient.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <phonenumbers/phonenumberutil.h>

using namespace Qt::StringLiterals;

namespace {

bool isValidNumber(const QString &e164, QString *region = nullptr)
{
    using i18n::phonenumbers::PhoneNumberUtil;
    auto *util = PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber number;
    if (util->Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return false;
    if (region) {
        std::string code;
        util->GetRegionCodeForNumber(number, &code);
        *region = QString::fromStdString(code);
    }
    return util->IsValidNumber(number);
}

QStringList listAll(SandboxFixture &sandbox, int limit)
{
    QStringList numbers;
    QString token;
    for (int page = 0; page < 10000; ++page) {
        const auto object
                = sandbox.client
                          ->get(sandbox.workspacePath(u"/phone-numbers?limit=%1%2"_s.arg(limit).arg(
                                  token.isEmpty() ? QString() : u"&continuation_token="_s + token)))
                          .object();
        for (const auto &item : object.value(u"items"_s).toArray())
            numbers << item.toObject().value(u"phone_number"_s).toString();
        if (!object.value(u"has_more"_s).toBool())
            break;
        token = QString::number(object.value(u"continuation_token"_s).toInteger());
    }
    return numbers;
}

} // namespace

// Storage: the keyset cursor, persistence of a file database, the generated seed, and the
// fictional numbers the seeds and the carrier inventory draw from.
class SandboxStorageTest : public QObject
{
    Q_OBJECT

private slots:
    void pagingIsStableWhileNumbersComeAndGo();
    void fileDatabaseSurvivesARestart();
    void givenWorkspaceIdIsUsed();
    void generatedSeedIsQuickAndListable();
    void everyFictionalNumberIsValid();
    void demoNumbersAreValidAndVaried();
    void carrierOffersValidNumbersOfTheAskedCountry_data();
    void carrierOffersValidNumbersOfTheAskedCountry();
    void embeddedSandboxServesFromItsOwnThread();
    void embeddedSandboxReportsAFailedStart();
};

void SandboxStorageTest::pagingIsStableWhileNumbersComeAndGo()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    const QStringList before = listAll(sandbox, 20);

    QSet<QString> seen;
    QSet<QString> deleted;
    QString token;
    int created = 0;
    for (int page = 0; page < 100; ++page) {
        const auto object = sandbox.client
                                    ->get(sandbox.workspacePath(u"/phone-numbers?limit=5"_s)
                                            + (token.isEmpty() ? QString()
                                                               : u"&continuation_token="_s + token))
                                    .object();
        const auto items = object.value(u"items"_s).toArray();
        for (const auto &item : items) {
            const QString number = item.toObject().value(u"phone_number"_s).toString();
            QVERIFY2(!seen.contains(number), qPrintable(u"repeated "_s + number));
            QVERIFY2(!deleted.contains(number), qPrintable(u"deleted but listed "_s + number));
            seen.insert(number);
        }

        // Between pages: delete one number already seen and one not yet seen, and create one.
        const auto firstOnPage = items.first().toObject().value(u"id"_s).toString();
        QCOMPARE(sandbox.client
                         ->send("DELETE", sandbox.workspacePath(u"/phone-numbers/"_s + firstOnPage))
                         .status,
                204);
        deleted.insert(items.first().toObject().value(u"phone_number"_s).toString());
        if (object.value(u"has_more"_s).toBool()) {
            const auto ahead = sandbox.findNumber([&](const QJsonObject &n) {
                return !seen.contains(n.value(u"phone_number"_s).toString());
            });
            if (!ahead.isEmpty()) {
                QCOMPARE(sandbox.client
                                 ->send("DELETE",
                                         sandbox.workspacePath(u"/phone-numbers/"_s
                                                 + ahead.value(u"id"_s).toString()))
                                 .status,
                        204);
                deleted.insert(ahead.value(u"phone_number"_s).toString());
            }
        }
        const QString fresh = Sandbox::FictionalNumbers::instance().at(100000 + created++);
        const QByteArray body = QJsonDocument(QJsonObject{{u"phone_number"_s, fresh}}).toJson();
        const auto created201
                = sandbox.client->send("POST", sandbox.workspacePath(u"/phone-numbers"_s), body);
        QCOMPARE(created201.status, 201);

        if (!object.value(u"has_more"_s).toBool())
            break;
        token = QString::number(object.value(u"continuation_token"_s).toInteger());
    }

    // Every number that existed throughout the walk was listed exactly once.
    for (const auto &number : before) {
        if (!deleted.contains(number))
            QVERIFY2(seen.contains(number), qPrintable(u"skipped "_s + number));
    }
}

void SandboxStorageTest::fileDatabaseSurvivesARestart()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    auto options = SandboxFixture::defaultOptions();
    options.databasePath = directory.filePath(u"sandbox.sqlite"_s);

    QString workspaceId;
    QString createdId;
    {
        SandboxFixture first;
        QVERIFY(first.start(options));
        workspaceId = first.server->workspaceId();
        const auto reply = first.client->send("POST", first.workspacePath(u"/phone-numbers"_s),
                R"({"phone_number":"+33199000077","display_name":"Kept"})");
        QCOMPARE(reply.status, 201);
        createdId = reply.object().value(u"id"_s).toString();
    }
    SandboxFixture second;
    QVERIFY(second.start(options));
    QCOMPARE(second.server->workspaceId(), workspaceId);
    const auto reply = second.client->get(second.workspacePath(u"/phone-numbers/"_s + createdId));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(u"display_name"_s).toString(), u"Kept"_s);
    QCOMPARE(listAll(second, 20).size(), 61);
}

void SandboxStorageTest::givenWorkspaceIdIsUsed()
{
    auto options = SandboxFixture::defaultOptions();
    options.workspaceId = u"0D8E4B2A-9A51-4C1E-8F55-3A0C1D7E6B11"_s;
    SandboxFixture sandbox;
    QVERIFY(sandbox.start(options));
    QCOMPARE(sandbox.server->workspaceId(), u"0d8e4b2a-9a51-4c1e-8f55-3a0c1d7e6b11"_s);
    QCOMPARE(sandbox.client->get(sandbox.workspacePath(u"/phone-numbers"_s)).status, 200);

    options.workspaceId = u"not-a-uuid"_s;
    Sandbox::Server refused(options);
    QString error;
    QVERIFY(!refused.start(&error));
    QVERIFY(!error.isEmpty());
}

void SandboxStorageTest::generatedSeedIsQuickAndListable()
{
    auto options = SandboxFixture::defaultOptions();
    options.seed = Sandbox::Seed::Generated;
    options.generatedCount = 100000;
    QElapsedTimer timer;
    timer.start();
    SandboxFixture sandbox;
    QVERIFY(sandbox.start(options));
    const qint64 elapsed = timer.elapsed();
    qInfo("seeding 100,000 numbers took %lld ms", elapsed);
    QVERIFY2(elapsed < 60000, "the generated seed is one transaction with prepared statements");

    const auto first = sandbox.client->get(sandbox.workspacePath(u"/phone-numbers?limit=20"_s));
    QCOMPARE(first.object().value(u"total"_s).toInteger(), 100000);
    const auto deep = sandbox.client->get(
            sandbox.workspacePath(u"/phone-numbers?limit=20&continuation_token=99990"_s));
    QCOMPARE(deep.status, 200);
    QCOMPARE(deep.object().value(u"items"_s).toArray().size(), 10);
    QCOMPARE(deep.object().value(u"has_more"_s).toBool(), false);
}

void SandboxStorageTest::everyFictionalNumberIsValid()
{
    const auto &pool = Sandbox::FictionalNumbers::instance();
    QVERIFY(pool.capacity() >= 100000);
    QSet<QString> distinct;
    for (qsizetype i = 0; i < pool.capacity(); ++i) {
        const QString number = pool.at(i);
        QString region;
        QVERIFY2(isValidNumber(number, &region), qPrintable(number));
        QCOMPARE(region, pool.blockOf(i).country);
        distinct.insert(number);
    }
    QCOMPARE(distinct.size(), pool.capacity());
}

void SandboxStorageTest::demoNumbersAreValidAndVaried()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    QSet<QString> regions;
    QSet<QString> statuses;
    const QStringList numbers = listAll(sandbox, 20);
    QVERIFY(numbers.size() >= 50);
    for (const auto &number : numbers) {
        QString region;
        QVERIFY2(isValidNumber(number, &region), qPrintable(number));
        regions.insert(region);
    }
    for (const auto &status : {u"active"_s, u"inactive"_s}) {
        const auto page
                = sandbox.client->get(sandbox.workspacePath(u"/phone-numbers?status="_s + status));
        if (!page.object().value(u"items"_s).toArray().isEmpty())
            statuses.insert(status);
    }
    QCOMPARE(regions, (QSet<QString>{u"US"_s, u"CA"_s, u"GB"_s, u"AU"_s, u"FR"_s, u"DE"_s}));
    QCOMPARE(statuses.size(), 2);
}

void SandboxStorageTest::carrierOffersValidNumbersOfTheAskedCountry_data()
{
    QTest::addColumn<QString>("country");
    for (const auto *country : {"US", "CA", "GB", "AU", "FR", "DE"})
        QTest::newRow(country) << QString::fromLatin1(country);
}

void SandboxStorageTest::carrierOffersValidNumbersOfTheAskedCountry()
{
    QFETCH(QString, country);
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    QCOMPARE(sandbox.client->send("POST", sandbox.workspacePath(u"/twilio/sub-account"_s)).status,
            201);
    const auto numbers
            = sandbox.client
                      ->get(sandbox.workspacePath(
                              u"/twilio/phone-numbers/available?limit=50&country="_s + country))
                      .object()
                      .value(u"numbers"_s)
                      .toArray();
    QCOMPARE(numbers.size(), 50);
    for (const auto &value : numbers) {
        QString region;
        const QString number = value.toObject().value(u"phone_number"_s).toString();
        QVERIFY2(isValidNumber(number, &region), qPrintable(number));
        QCOMPARE(region, country);
    }
}

void SandboxStorageTest::embeddedSandboxServesFromItsOwnThread()
{
    auto options = SandboxFixture::defaultOptions();
    Sandbox::EmbeddedSandbox sandbox(options);
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    QCOMPARE(sandbox.apiKey(), SandboxFixture::ownerKey);
    QVERIFY(!sandbox.workspaceId().isEmpty());

    SandboxClient client(sandbox.baseUrl(), sandbox.apiKey());
    const auto reply = client.get(u"/v1/"_s + sandbox.workspaceId() + u"/phone-numbers"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(u"items"_s).toArray().size(), 10);
}

void SandboxStorageTest::embeddedSandboxReportsAFailedStart()
{
    auto options = SandboxFixture::defaultOptions();
    options.apiKeys = {{u"key"_s, u"superuser"_s}};
    Sandbox::EmbeddedSandbox sandbox(options);
    QString error;
    QVERIFY(!sandbox.start(&error));
    QVERIFY(error.contains(u"superuser"_s));
}

QTEST_GUILESS_MAIN(SandboxStorageTest)
#include "tst_sandboxstorage.moc"

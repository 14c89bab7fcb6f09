#include "commandline.h"

#include <QTest>

using namespace Qt::StringLiterals;

static const QString workspaceId = u"6d1f4c1e-8f9a-4c55-9a5e-2e8c3f7b9d00"_s;

// What the command line accepts for choosing a connection and for headless pictures, and what it
// refuses before anything starts.
class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void acceptsOneWayToConnect_data();
    void acceptsOneWayToConnect();
    void refusesContradictions_data();
    void refusesContradictions();
};

void TestCommandLine::initTestCase()
{
    QCoreApplication::setApplicationName(u"amigo-numbers"_s);
}

void TestCommandLine::acceptsOneWayToConnect_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<bool>("sandbox");
    QTest::addColumn<QString>("baseUrl");

    QTest::newRow("nothing: the last profile used")
            << QStringList() << QString() << false << QString();
    QTest::newRow("a profile by name") << QStringList{u"--profile"_s, u"Support — production"_s}
                                       << u"Support — production"_s << false << QString();
    QTest::newRow("the sandbox") << QStringList{u"--sandbox"_s} << QString() << true << QString();
    QTest::newRow("a base URL for scripts")
            << QStringList{u"--base-url"_s, u"https://api.platform.amigo.ai"_s, u"--workspace"_s,
                       workspaceId}
            << QString() << false << u"https://api.platform.amigo.ai"_s;
    QTest::newRow("a local sandbox by address") << QStringList{u"--base-url"_s,
            u" http://127.0.0.1:8080 "_s, u"--workspace"_s, workspaceId}
                                                << QString() << false << u"http://127.0.0.1:8080"_s;
}

void TestCommandLine::acceptsOneWayToConnect()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, profile);
    QFETCH(bool, sandbox);
    QFETCH(QString, baseUrl);

    const CommandLineResult result = parseCommandLine(QStringList{u"amigo-numbers"_s} + arguments);
    QCOMPARE(result.exitCode, std::nullopt);
    QCOMPARE(result.options.profileName, profile);
    QCOMPARE(result.options.forceSandbox, sandbox);
    QCOMPARE(result.options.baseUrl.toString(), baseUrl);
    if (!baseUrl.isEmpty())
        QCOMPARE(result.options.workspaceId, workspaceId);
}

void TestCommandLine::refusesContradictions_data()
{
    QTest::addColumn<QStringList>("arguments");

    QTest::newRow("sandbox and a profile") << QStringList{u"--sandbox"_s, u"--profile"_s, u"x"_s};
    QTest::newRow("profile and a base URL") << QStringList{u"--profile"_s, u"x"_s, u"--base-url"_s,
            u"https://a.example"_s, u"--workspace"_s, u"w"_s};
    QTest::newRow("base URL without a workspace")
            << QStringList{u"--base-url"_s, u"https://a.example"_s};
    QTest::newRow("base URL that is not an address")
            << QStringList{u"--base-url"_s, u"not a url"_s, u"--workspace"_s, u"w"_s};
    QTest::newRow("base URL without a scheme")
            << QStringList{u"--base-url"_s, u"api.example"_s, u"--workspace"_s, u"w"_s};
    QTest::newRow("base URL of another scheme")
            << QStringList{u"--base-url"_s, u"ftp://a.example"_s, u"--workspace"_s, u"w"_s};
    QTest::newRow("workspace without a base URL") << QStringList{u"--workspace"_s, u"w"_s};
    // The contract: `{workspace_id}` is always `format: uuid`.
    QTest::newRow("workspace id that is not a UUID") << QStringList{
            u"--base-url"_s, u"http://127.0.0.1:8080"_s, u"--workspace"_s, u"not-a-uuid"_s};
    QTest::newRow("workspace id in braces") << QStringList{u"--base-url"_s,
            u"http://127.0.0.1:8080"_s, u"--workspace"_s, u"{"_s + workspaceId + u"}"_s};
    QTest::newRow("workspace id cut short") << QStringList{
            u"--base-url"_s, u"http://127.0.0.1:8080"_s, u"--workspace"_s, workspaceId.chopped(1)};
    QTest::newRow("screenshot action without a screenshot")
            << QStringList{u"--screenshot-action"_s, u"aboutAction"_s};
    QTest::newRow("unknown option") << QStringList{u"--no-such-option"_s};
}

void TestCommandLine::refusesContradictions()
{
    QFETCH(QStringList, arguments);

    const CommandLineResult result = parseCommandLine(QStringList{u"amigo-numbers"_s} + arguments);
    QCOMPARE(result.exitCode, std::optional<int>(2));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"

#include "connectiondialog.h"
#include "embeddedsandbox.h"

#include "../support/countingnetworkaccessmanager.h"
#include "../support/scriptedhttpserver.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Outcome = ConnectionCheck::Outcome;

Q_DECLARE_METATYPE(ConnectionCheck::Outcome)
Q_DECLARE_METATYPE(ConnectionDialog::KeyStorage)

static const QString goodKey = u"sandbox-key-0123456789"_s;

// The connection dialog against the local sandbox and scripted servers on loopback: what a
// person sees after "Test connection" and whether "Save" lets them save.
class TestConnectionDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void goodKeyFindsTheWorkspaceAndSaves();
    void wrongKeyIsRejectedAndNotSaved();
    void unreachableServerIsNamed();
    void plainHttpToAnotherHostIsRefusedBeforeConnecting_data();
    void plainHttpToAnotherHostIsRefusedBeforeConnecting();
    void missingKeyIsAskedFor();
    void storedKeyIsUsedUntilANewOneIsTyped();
    void editingTheKeyDiscardsTheLastTest();
    void keyPlaceholderSaysWhereTheKeyIs_data();
    void keyPlaceholderSaysWhereTheKeyIs();
    void editingForgetsTheWorkspaceOfTheLastTest_data();
    void editingForgetsTheWorkspaceOfTheLastTest();
    void serverAnswersAreExplained_data();
    void serverAnswersAreExplained();
    void untrustedCertificateIsReported();
    void nameIsRequiredAndUnique();
    void expiryIsJudged_data();
    void expiryIsJudged();

private:
    ConnectionCheck runTest(const QString &baseUrl, const QString &key);
    QLabel *result() const { return m_dialog->findChild<QLabel *>(u"resultLabel"_s); }
    QLineEdit *edit(const char *name) const
    {
        return m_dialog->findChild<QLineEdit *>(QString::fromLatin1(name));
    }

    std::unique_ptr<Sandbox::EmbeddedSandbox> m_sandbox;
    CountingNetworkAccessManager m_network;
    std::unique_ptr<ConnectionDialog> m_dialog;
};

void TestConnectionDialog::initTestCase()
{
    Sandbox::Options options;
    options.apiKeys = {{goodKey, u"owner"_s}};
    options.seed = Sandbox::Seed::Demo;
    m_sandbox = std::make_unique<Sandbox::EmbeddedSandbox>(options);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
}

void TestConnectionDialog::init()
{
    m_network.clearCount();
    m_dialog = std::make_unique<ConnectionDialog>(&m_network);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestConnectionDialog::cleanup()
{
    m_dialog.reset();
}

ConnectionCheck TestConnectionDialog::runTest(const QString &baseUrl, const QString &key)
{
    edit("baseUrlEdit")->setText(baseUrl);
    edit("apiKeyEdit")->setText(key);
    QSignalSpy finished(m_dialog->tester(), &ConnectionTester::finished);
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(u"testButton"_s), Qt::LeftButton);
    if (!finished.wait(30000) && finished.isEmpty())
        return {};
    return finished.first().first().value<ConnectionCheck>();
}

void TestConnectionDialog::goodKeyFindsTheWorkspaceAndSaves()
{
    edit("nameEdit")->setText(u"Training"_s);
    const ConnectionCheck check = runTest(m_sandbox->baseUrl().toString(), goodKey);
    QCOMPARE(check.outcome, Outcome::Connected);
    QVERIFY(check.auth);
    QCOMPARE(check.auth->workspaceId, m_sandbox->workspaceId());
    QVERIFY(check.workspace);
    QVERIFY(!check.workspace->name.isEmpty());

    const QString shown = m_dialog->findChild<QLabel *>(u"workspaceLabel"_s)->text();
    QVERIFY2(shown.contains(check.workspace->name), qPrintable(shown));
    QVERIFY2(shown.contains(m_sandbox->workspaceId()), qPrintable(shown));
    QVERIFY2(result()->text().contains(check.workspace->name), qPrintable(result()->text()));

    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
    QCOMPARE(accepted.size(), 1);
    const ConnectionProfile profile = m_dialog->profile();
    QCOMPARE(profile.name, u"Training"_s);
    QCOMPARE(profile.workspaceId, m_sandbox->workspaceId());
    QCOMPARE(profile.workspaceName, check.workspace->name);
    QCOMPARE(profile.baseUrl, m_sandbox->baseUrl());
    QCOMPARE(m_dialog->newApiKey(), std::optional<QString>(goodKey));
}

void TestConnectionDialog::wrongKeyIsRejectedAndNotSaved()
{
    edit("nameEdit")->setText(u"Training"_s);
    const ConnectionCheck check = runTest(m_sandbox->baseUrl().toString(), u"wrong-key-000000"_s);
    QCOMPARE(check.outcome, Outcome::KeyRejected);
    QVERIFY2(result()->text().contains(u"rejected"_s), qPrintable(result()->text()));

    // Save tests again and stays open with the reason.
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    QSignalSpy finished(m_dialog->tester(), &ConnectionTester::finished);
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(accepted.size(), 0);
    QVERIFY(m_dialog->isVisible());
    QVERIFY(m_dialog->profile().workspaceId.isEmpty());
}

void TestConnectionDialog::unreachableServerIsNamed()
{
    // A loopback port that was free a moment ago: nothing listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();

    const ConnectionCheck check = runTest(u"http://127.0.0.1:%1"_s.arg(port), goodKey);
    QCOMPARE(check.outcome, Outcome::Unreachable);
    QVERIFY2(result()->text().contains(u"could not be reached"_s), qPrintable(result()->text()));
    QVERIFY2(result()->text().contains(u"refused"_s), qPrintable(result()->text()));
}

void TestConnectionDialog::plainHttpToAnotherHostIsRefusedBeforeConnecting_data()
{
    QTest::addColumn<QString>("address");
    QTest::newRow("production host over http") << u"http://api.platform.amigo.ai"_s;
    QTest::newRow("private address over http") << u"http://192.0.2.10:8080"_s;
    QTest::newRow("ftp scheme") << u"ftp://127.0.0.1/"_s;
}

void TestConnectionDialog::plainHttpToAnotherHostIsRefusedBeforeConnecting()
{
    QFETCH(QString, address);

    const ConnectionCheck check = runTest(address, goodKey);
    QCOMPARE(check.outcome, Outcome::InvalidAddress);
    QCOMPARE(m_network.requestCount(), 0);
    QVERIFY2(result()->text().contains(u"cannot be used"_s), qPrintable(result()->text()));
}

void TestConnectionDialog::missingKeyIsAskedFor()
{
    const ConnectionCheck check = runTest(m_sandbox->baseUrl().toString(), QString());
    QCOMPARE(check.outcome, Outcome::MissingKey);
    QCOMPARE(m_network.requestCount(), 0);
}

void TestConnectionDialog::storedKeyIsUsedUntilANewOneIsTyped()
{
    ConnectionProfile profile;
    profile.id = u"a1b2"_s;
    profile.name = u"Training"_s;
    profile.baseUrl = m_sandbox->baseUrl();
    profile.workspaceId = m_sandbox->workspaceId();
    m_dialog->setProfile(profile, goodKey);
    QVERIFY(edit("apiKeyEdit")->text().isEmpty());
    QVERIFY(!edit("apiKeyEdit")->placeholderText().isEmpty());
    // Typed keys are masked, so they stay out of screenshots and over-the-shoulder views.
    QCOMPARE(edit("apiKeyEdit")->echoMode(), QLineEdit::Password);

    QSignalSpy finished(m_dialog->tester(), &ConnectionTester::finished);
    m_dialog->testConnection();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().value<ConnectionCheck>().outcome, Outcome::Connected);
    QCOMPARE(m_dialog->newApiKey(), std::nullopt);
}

void TestConnectionDialog::editingTheKeyDiscardsTheLastTest()
{
    const ConnectionCheck check = runTest(m_sandbox->baseUrl().toString(), goodKey);
    QCOMPARE(check.outcome, Outcome::Connected);
    QVERIFY(m_dialog->lastCheck());

    QTest::keyClick(edit("apiKeyEdit"), Qt::Key_X);
    QVERIFY(!m_dialog->lastCheck());
    QVERIFY(result()->text().isEmpty());
}

void TestConnectionDialog::keyPlaceholderSaysWhereTheKeyIs_data()
{
    QTest::addColumn<QString>("storedKey");
    QTest::addColumn<ConnectionDialog::KeyStorage>("storage");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("unexpected");

    QTest::newRow("in the keychain")
            << goodKey << ConnectionDialog::KeyStorage::Keychain << u"keychain"_s << u"quits"_s;
    QTest::newRow("kept for the session because storing failed")
            << goodKey << ConnectionDialog::KeyStorage::SessionOnly
            << u"until Amigo Numbers quits"_s << u"Saved in the keychain"_s;
    QTest::newRow("no key at all") << QString() << ConnectionDialog::KeyStorage::SessionOnly
                                   << u"Paste"_s << u"keychain"_s;
}

void TestConnectionDialog::keyPlaceholderSaysWhereTheKeyIs()
{
    QFETCH(QString, storedKey);
    QFETCH(ConnectionDialog::KeyStorage, storage);
    QFETCH(QString, expected);
    QFETCH(QString, unexpected);

    ConnectionProfile profile;
    profile.id = u"a1b2"_s;
    profile.name = u"Training"_s;
    profile.baseUrl = m_sandbox->baseUrl();
    profile.workspaceId = m_sandbox->workspaceId();
    m_dialog->setProfile(profile, storedKey, storage);

    const QString placeholder = edit("apiKeyEdit")->placeholderText();
    QVERIFY2(placeholder.contains(expected), qPrintable(placeholder));
    QVERIFY2(!placeholder.contains(unexpected), qPrintable(placeholder));
}

void TestConnectionDialog::editingForgetsTheWorkspaceOfTheLastTest_data()
{
    QTest::addColumn<QByteArray>("field");

    QTest::newRow("key changed") << "apiKeyEdit"_ba;
    QTest::newRow("address changed") << "baseUrlEdit"_ba;
}

void TestConnectionDialog::editingForgetsTheWorkspaceOfTheLastTest()
{
    QFETCH(QByteArray, field);

    edit("nameEdit")->setText(u"Training"_s);
    const ConnectionCheck check = runTest(m_sandbox->baseUrl().toString(), goodKey);
    QCOMPARE(check.outcome, Outcome::Connected);
    auto *workspace = m_dialog->findChild<QLabel *>(u"workspaceLabel"_s);
    QVERIFY2(workspace->text().contains(m_sandbox->workspaceId()), qPrintable(workspace->text()));

    // Typed, as a person does: the workspace of the earlier test no longer applies.
    QLineEdit *changed = edit(field.constData());
    changed->setFocus();
    changed->end(false);
    QTest::keyClicks(changed, u"9"_s);
    QVERIFY2(!workspace->text().contains(m_sandbox->workspaceId()), qPrintable(workspace->text()));
    QVERIFY2(!workspace->text().contains(check.workspace->name), qPrintable(workspace->text()));

    // The new address or key fails its test: still no workspace, and Save stays refused.
    QSignalSpy finished(m_dialog->tester(), &ConnectionTester::finished);
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(u"testButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QVERIFY(!finished.first().first().value<ConnectionCheck>().succeeded());
    QVERIFY2(!workspace->text().contains(m_sandbox->workspaceId()), qPrintable(workspace->text()));

    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    finished.clear();
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(accepted.size(), 0);
    QVERIFY(m_dialog->isVisible());
}

void TestConnectionDialog::serverAnswersAreExplained_data()
{
    QTest::addColumn<int>("authStatus");
    QTest::addColumn<QByteArray>("authBody");
    QTest::addColumn<int>("listStatus");
    QTest::addColumn<Outcome>("expected");
    QTest::addColumn<QString>("shown");

    const QByteArray me = QJsonDocument(QJsonObject{
                                                {u"workspace_id"_s, u"ws-1"_s},
                                                {u"key_id"_s, u"k1"_s},
                                                {u"name"_s, QJsonValue()},
                                                {u"expires_at"_s, u"2099-01-01T00:00:00Z"_s},
                                                {u"expires_in_seconds"_s, 999999999},
                                        })
                                  .toJson();
    QTest::newRow("key expired (401 naming it)")
            << 401 << QByteArray(R"({"detail":"API key expired."})") << 200 << Outcome::KeyExpired
            << u"expired"_s;
    QTest::newRow("no permission to view numbers")
            << 200 << me << 403 << Outcome::NoPermission << u"no permission"_s;
    QTest::newRow("server error") << 503 << QByteArray(R"({"detail":"down"})") << 200
                                  << Outcome::ServerProblem << u"did not answer as expected"_s;
    QTest::newRow("not json") << 200 << QByteArray("<html>proxy login</html>") << 200
                              << Outcome::ServerProblem << u"did not answer as expected"_s;
}

void TestConnectionDialog::serverAnswersAreExplained()
{
    QFETCH(int, authStatus);
    QFETCH(QByteArray, authBody);
    QFETCH(int, listStatus);
    QFETCH(Outcome, expected);
    QFETCH(QString, shown);

    ScriptedHttpServer server;
    server.setHandler([&](const ScriptedRequest &request) {
        if (request.target.startsWith("/v1/auth/me"))
            return ScriptedResponse::http(authStatus, authBody);
        if (request.target.startsWith("/v1/workspaces/"))
            return ScriptedResponse::http(403, R"({"detail":"Insufficient permissions."})");
        return ScriptedResponse::http(listStatus,
                listStatus == 200 ? QByteArray(R"({"items":[],"has_more":false})")
                                  : QByteArray(R"({"detail":"Insufficient permissions."})"));
    });
    QVERIFY(server.listen());

    const ConnectionCheck check = runTest(server.baseUrl().toString(), goodKey);
    QCOMPARE(check.outcome, expected);
    QVERIFY2(result()->text().contains(shown, Qt::CaseInsensitive), qPrintable(result()->text()));
}

void TestConnectionDialog::untrustedCertificateIsReported()
{
    QTemporaryDir dir;
    const TestCertificate certificate = TestCertificate::generate(dir.path());
    if (!certificate.error.isEmpty())
        QSKIP(qPrintable(u"No test certificate, so TLS cannot be tested: "_s + certificate.error));

    ScriptedHttpServer server;
    server.useTls(certificate.certificate, certificate.key);
    server.enqueue(ScriptedResponse::http(200, "{}"));
    QVERIFY(server.listen());

    const ConnectionCheck check = runTest(server.baseUrl().toString(), goodKey);
    QCOMPARE(check.outcome, Outcome::Unreachable);
    QVERIFY2(result()->text().contains(u"secure connection"_s), qPrintable(result()->text()));
    QVERIFY(server.requests().isEmpty());
}

void TestConnectionDialog::nameIsRequiredAndUnique()
{
    m_dialog->setTakenNames({u"Local sandbox"_s, u"Production"_s});
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);

    edit("nameEdit")->clear();
    m_dialog->accept();
    QVERIFY2(result()->text().contains(u"name"_s), qPrintable(result()->text()));

    edit("nameEdit")->setText(u"production "_s);
    m_dialog->accept();
    QVERIFY2(result()->text().contains(u"already called"_s), qPrintable(result()->text()));
    QCOMPARE(accepted.size(), 0);
    QCOMPARE(m_network.requestCount(), 0);
}

void TestConnectionDialog::expiryIsJudged_data()
{
    QTest::addColumn<qint64>("secondsLeft");
    QTest::addColumn<Outcome>("expected");

    QTest::newRow("months left") << qint64(90) * 24 * 3600 << Outcome::Connected;
    QTest::newRow("three days left") << qint64(3) * 24 * 3600 << Outcome::ExpiresSoon;
    QTest::newRow("an hour left") << qint64(3600) << Outcome::ExpiresSoon;
    QTest::newRow("expired a minute ago") << qint64(-60) << Outcome::KeyExpired;
}

void TestConnectionDialog::expiryIsJudged()
{
    QFETCH(qint64, secondsLeft);
    QFETCH(Outcome, expected);

    const QDateTime now(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    AuthInfo auth;
    auth.workspaceId = u"ws-1"_s;
    auth.expiresAt = now.addSecs(secondsLeft);
    const ConnectionCheck check
            = ConnectionTester::judgeExpiry(auth, now, std::chrono::hours(14 * 24));
    QCOMPARE(check.outcome, expected);
    if (expected != Outcome::Connected) {
        // The date is shown so that a person can plan the renewal.
        const QString year = u"2026"_s;
        QVERIFY2(check.details.contains(year), qPrintable(check.details));
    }
}

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"

#include "applog.h"
#include "connectionprofiles.h"
#include "connectiontester.h"
#include "embeddedsandbox.h"
#include "fakecredentialstore.h"

#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// The API key must never reach the settings file or the log output. Both are checked the way
// an attacker with the user's files would: by searching for the key's text after a run.
class TestNoSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void keyStaysOutOfSettingsAndLogsInProcess();
    void redactionCoversMessagesThatWouldLeak();
    void installedAppKeepsKeyOutOfFilesAndOutput();

private:
    std::unique_ptr<Sandbox::EmbeddedSandbox> m_sandbox;
};

static const QString secretKey = u"sk-test-5f2c9b7e1d4a4e0f8a3b6c2d9e1f0a7b"_s;

namespace {
QMutex capturedMutex;
QStringList captured;
} // namespace

void TestNoSecrets::initTestCase()
{
    Sandbox::Options options;
    options.apiKeys = {{secretKey, u"owner"_s}};
    m_sandbox = std::make_unique<Sandbox::EmbeddedSandbox>(options);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
}

void TestNoSecrets::cleanupTestCase()
{
    m_sandbox.reset();
}

static QStringList filesContaining(const QString &root, const QString &needle)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle.toUtf8()))
            hits.append(file.fileName());
    }
    return hits;
}

void TestNoSecrets::keyStaysOutOfSettingsAndLogsInProcess()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    captured.clear();
    QLoggingCategory::setFilterRules(u"*.debug=true"_s);
    // The app's own log set-up, writing here instead of to standard error. No secret is
    // registered for redaction: the key must not reach a log line in the first place.
    AppLog::install([](const QString &line) {
        const QMutexLocker lock(&capturedMutex);
        captured.append(line);
    });

    {
        QSettings settings(dir.filePath(u"settings.conf"_s), QSettings::IniFormat);
        FakeCredentialStore keychain;
        ConnectionProfiles profiles(&settings, &keychain);

        // The whole life of a key: tested, saved, loaded, saved again when the keychain refuses
        // (so it is kept for the session), loaded from the session, and used for requests.
        QNetworkAccessManager network;
        ConnectionTester tester(&network);
        QSignalSpy tested(&tester, &ConnectionTester::finished);
        tester.start(m_sandbox->baseUrl(), secretKey);
        QVERIFY(tested.wait(30000));
        QVERIFY(tested.first().first().value<ConnectionCheck>().succeeded());

        ConnectionProfile profile;
        profile.name = u"Training"_s;
        profile.baseUrl = m_sandbox->baseUrl();
        profile.workspaceId = m_sandbox->workspaceId();
        bool saved = false;
        profiles.save(profile, secretKey, this, [&](const auto &) { saved = true; });
        QTRY_VERIFY(saved);
        profile = profiles.store().profiles().last();

        QString loaded;
        profiles.loadKey(profile, this, [&](const auto &outcome) { loaded = outcome.key; });
        QTRY_COMPARE(loaded, secretKey);

        keychain.failWrites = CredentialStore::Status::Denied;
        saved = false;
        profiles.save(profile, secretKey, this, [&](const auto &) { saved = true; });
        QTRY_VERIFY(saved);
        loaded.clear();
        profiles.loadKey(profile, this, [&](const auto &outcome) { loaded = outcome.key; });
        QTRY_COMPARE(loaded, secretKey);
        settings.sync();
    }

    qInstallMessageHandler(nullptr);
    QLoggingCategory::setFilterRules(QString());

    QVERIFY2(captured.size() > 3, "debug logging produced too little to prove anything");
    for (const QString &line : std::as_const(captured))
        QVERIFY2(!line.contains(secretKey), qPrintable(u"key in the log: "_s + line));
    QCOMPARE(filesContaining(dir.path(), secretKey), QStringList());
    QCOMPARE(filesContaining(dir.path(), u"Training"_s).size(), 1); // the settings were written
}

void TestNoSecrets::redactionCoversMessagesThatWouldLeak()
{
    AppLog::addSecret(secretKey);
    const QString line = AppLog::redacted(u"Authorization: Bearer "_s + secretKey);
    QVERIFY(!line.contains(secretKey));
    QVERIFY(line.contains(u"[redacted]"_s));
    AppLog::addSecret(u"short"_s); // too short to tell from ordinary words; not redacted
    QCOMPARE(AppLog::redacted(u"a short word"_s), u"a short word"_s);
    AppLog::clearSecrets();
}

void TestNoSecrets::installedAppKeepsKeyOutOfFilesAndOutput()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());

    QProcess app;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, home.path());
    environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    environment.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"QT_LOGGING_RULES"_s, u"*.debug=true"_s);
    environment.insert(u"AMIGO_API_KEY"_s, secretKey);
    app.setProcessEnvironment(environment);
    app.start(QStringLiteral(AMIGO_NUMBERS_EXECUTABLE),
            {u"--base-url"_s, m_sandbox->baseUrl().toString(), u"--workspace"_s,
                    m_sandbox->workspaceId(), u"--screenshot"_s, home.filePath(u"main.png"_s)});
    QVERIFY(app.waitForFinished(90000));
    const QByteArray output = app.readAllStandardOutput() + app.readAllStandardError();
    QVERIFY2(app.exitCode() == 0, output.constData());
    QVERIFY2(output.contains("amigo."), "debug logging was not on, so the check proves nothing");

    QVERIFY2(!output.contains(secretKey.toUtf8()), output.constData());
    QVERIFY(QFile::exists(home.filePath(u"main.png"_s)));
    QCOMPARE(filesContaining(home.path(), secretKey), QStringList());
}

QTEST_MAIN(TestNoSecrets)
#include "tst_nosecrets.moc"

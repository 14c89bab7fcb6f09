#include "connectionprofiles.h"
#include "fakecredentialstore.h"
#include "keychaincredentialstore.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <qt6keychain/keychain.h>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using Status = CredentialStore::Status;

Q_DECLARE_METATYPE(CredentialStore::Status)

// Profiles in a settings file and keys in an injected keychain: what survives a restart, and
// what each keychain failure does to the key, the settings and the message shown.
class TestProfileStorage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void sandboxIsFirstAndCurrentOnFirstRun();
    void roundTripSurvivesRestart();
    void findByNameIgnoresCase();
    void unknownCurrentProfileFallsBackToSandbox();
    void keptKeyIsNotRewritten();
    void readFailuresAreToldApart_data();
    void readFailuresAreToldApart();
    void failedWriteKeepsStoredKey_data();
    void failedWriteKeepsStoredKey();
    void unavailableKeychainIsReportedOnce();
    void removeDeletesProfileAndKey();
    void keychainErrorsMapToStatuses_data();
    void keychainErrorsMapToStatuses();

private:
    ConnectionProfiles *openProfiles();
    ConnectionProfiles::KeyOutcome loadKey(ConnectionProfiles *profiles, const QString &id);
    ConnectionProfiles::SaveOutcome save(ConnectionProfiles *profiles,
            const ConnectionProfile &profile, const std::optional<QString> &key);
    static ConnectionProfile exampleProfile();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    FakeCredentialStore m_keychain;
    std::unique_ptr<ConnectionProfiles> m_profiles;
};

void TestProfileStorage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_keychain = FakeCredentialStore();
    m_profiles.reset();
    m_settings.reset();
}

void TestProfileStorage::cleanup()
{
    m_profiles.reset();
    m_settings.reset();
}

ConnectionProfiles *TestProfileStorage::openProfiles()
{
    // A fresh QSettings and ConnectionProfiles on the same file: what an app restart sees.
    m_profiles.reset();
    m_settings = std::make_unique<QSettings>(
            m_dir->filePath(u"settings.conf"_s), QSettings::IniFormat);
    m_profiles = std::make_unique<ConnectionProfiles>(m_settings.get(), &m_keychain);
    return m_profiles.get();
}

ConnectionProfiles::KeyOutcome TestProfileStorage::loadKey(
        ConnectionProfiles *profiles, const QString &id)
{
    std::optional<ConnectionProfiles::KeyOutcome> outcome;
    const auto profile = profiles->store().find(id);
    if (!profile)
        return {Status::Failed, {}, u"test: no such profile"_s, false};
    profiles->loadKey(
            *profile, this, [&outcome](const ConnectionProfiles::KeyOutcome &o) { outcome = o; });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 5000))
        return {Status::Failed, {}, u"test: no answer"_s, false};
    return *outcome;
}

ConnectionProfiles::SaveOutcome TestProfileStorage::save(ConnectionProfiles *profiles,
        const ConnectionProfile &profile, const std::optional<QString> &key)
{
    std::optional<ConnectionProfiles::SaveOutcome> outcome;
    profiles->save(profile, key, this,
            [&outcome](const ConnectionProfiles::SaveOutcome &o) { outcome = o; });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 5000))
        return {{}, false, u"test: no answer"_s};
    return *outcome;
}

ConnectionProfile TestProfileStorage::exampleProfile()
{
    ConnectionProfile profile;
    profile.name = u"Support — production"_s;
    profile.baseUrl = QUrl(u"https://api.platform.amigo.ai"_s);
    profile.workspaceId = u"0f6c2b1e-5d7a-4c1e-9a39-3f2d8e7b6a51"_s;
    profile.workspaceName = u"Acme Support"_s;
    profile.defaultCountry = u"GB"_s;
    return profile;
}

void TestProfileStorage::sandboxIsFirstAndCurrentOnFirstRun()
{
    ConnectionProfiles *profiles = openProfiles();
    const QList<ConnectionProfile> all = profiles->store().profiles();
    QCOMPARE(all.size(), 1);
    QVERIFY(all.first().isSandbox());
    QCOMPARE(profiles->store().currentProfileId(), ConnectionProfile::sandboxId());

    save(profiles, exampleProfile(), u"key-0123456789"_s);
    QCOMPARE(profiles->store().profiles().size(), 2);
    QVERIFY(profiles->store().profiles().first().isSandbox());
}

void TestProfileStorage::roundTripSurvivesRestart()
{
    ConnectionProfiles *profiles = openProfiles();
    const auto saved = save(profiles, exampleProfile(), u"key-0123456789"_s);
    QVERIFY(saved.keyInKeychain);
    QVERIFY(!saved.profileId.isEmpty());
    profiles->store().setCurrentProfileId(saved.profileId);

    profiles = openProfiles();
    const auto loaded = profiles->store().find(saved.profileId);
    QVERIFY(loaded);
    ConnectionProfile expected = exampleProfile();
    expected.id = saved.profileId;
    QCOMPARE(*loaded, expected);
    QCOMPARE(profiles->store().currentProfileId(), saved.profileId);

    const auto key = loadKey(profiles, saved.profileId);
    QCOMPARE(key.status, Status::Ok);
    QCOMPARE(key.key, u"key-0123456789"_s);
    QVERIFY(!key.sessionOnly);
    QCOMPARE(m_keychain.secrets.value(saved.profileId), u"key-0123456789"_s);
}

void TestProfileStorage::findByNameIgnoresCase()
{
    ConnectionProfiles *profiles = openProfiles();
    const auto saved = save(profiles, exampleProfile(), u"key-0123456789"_s);
    const auto found = profiles->store().findByName(u"  support — PRODUCTION "_s);
    QVERIFY(found);
    QCOMPARE(found->id, saved.profileId);
    QVERIFY(profiles->store().findByName(u"local sandbox"_s));
    QVERIFY(!profiles->store().findByName(u"staging"_s));
}

void TestProfileStorage::unknownCurrentProfileFallsBackToSandbox()
{
    ConnectionProfiles *profiles = openProfiles();
    profiles->store().setCurrentProfileId(u"removed-elsewhere"_s);
    QCOMPARE(profiles->store().currentProfileId(), ConnectionProfile::sandboxId());
}

void TestProfileStorage::keptKeyIsNotRewritten()
{
    ConnectionProfiles *profiles = openProfiles();
    const auto saved = save(profiles, exampleProfile(), u"key-0123456789"_s);
    m_keychain.operations.clear();

    ConnectionProfile renamed = exampleProfile();
    renamed.id = saved.profileId;
    renamed.name = u"Support"_s;
    const auto again = save(profiles, renamed, std::nullopt);
    QVERIFY(again.keyInKeychain);
    QCOMPARE(m_keychain.operations, QStringList());
    QCOMPARE(profiles->store().find(saved.profileId)->name, u"Support"_s);
}

void TestProfileStorage::readFailuresAreToldApart_data()
{
    QTest::addColumn<Status>("failure");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("entry not found") << Status::NotFound << u"No API key is saved"_s;
    QTest::newRow("keychain locked or denied") << Status::Denied << u"locked or refused"_s;
    QTest::newRow("no keychain") << Status::Unavailable << u"No system keychain"_s;
    QTest::newRow("other failure") << Status::Failed << u"could not read"_s;
}

void TestProfileStorage::readFailuresAreToldApart()
{
    QFETCH(Status, failure);
    QFETCH(QString, messagePart);

    ConnectionProfiles *profiles = openProfiles();
    const auto saved = save(profiles, exampleProfile(), u"key-0123456789"_s);
    profiles = openProfiles();
    if (failure == Status::NotFound)
        m_keychain.secrets.clear();
    else
        m_keychain.failReads = failure;

    const auto key = loadKey(profiles, saved.profileId);
    QCOMPARE(key.status, failure);
    QVERIFY(key.key.isEmpty());
    QVERIFY2(key.message.contains(messagePart), qPrintable(key.message));
    QVERIFY2(key.message.contains(exampleProfile().name) || failure == Status::Unavailable,
            qPrintable(key.message));
}

void TestProfileStorage::failedWriteKeepsStoredKey_data()
{
    QTest::addColumn<Status>("failure");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("keychain locked or denied") << Status::Denied << u"locked or refused"_s;
    QTest::newRow("no keychain") << Status::Unavailable << u"No system keychain"_s;
    QTest::newRow("other failure") << Status::Failed << u"could not store"_s;
}

void TestProfileStorage::failedWriteKeepsStoredKey()
{
    QFETCH(Status, failure);
    QFETCH(QString, messagePart);

    ConnectionProfiles *profiles = openProfiles();
    const auto saved = save(profiles, exampleProfile(), u"old-key-0123456789"_s);
    QVERIFY(saved.keyInKeychain);

    m_keychain.failWrites = failure;
    m_keychain.operations.clear();
    ConnectionProfile edited = exampleProfile();
    edited.id = saved.profileId;
    QSignalSpy unavailable(profiles, &ConnectionProfiles::keychainUnavailable);
    const auto failed = save(profiles, edited, u"new-key-0123456789"_s);
    QVERIFY(!failed.keyInKeychain);
    // With no keychain at all, the announcement that there is none says it, once.
    QString said = failed.message;
    if (failure == Status::Unavailable) {
        QVERIFY2(failed.message.isEmpty(), qPrintable(failed.message));
        QCOMPARE(unavailable.size(), 1);
        said = unavailable.first().first().toString();
    } else {
        QCOMPARE(unavailable.size(), 0);
    }
    QVERIFY2(said.contains(messagePart), qPrintable(said));
    QVERIFY2(said.contains(u"until Amigo Numbers quits"_s), qPrintable(said));

    // Nothing was removed, and the keychain still holds the old key.
    QVERIFY(!m_keychain.operations.join(u' ').contains(u"remove:"_s));
    QCOMPARE(m_keychain.secrets.value(saved.profileId), u"old-key-0123456789"_s);

    // This session uses the new key...
    const auto session = loadKey(profiles, saved.profileId);
    QCOMPARE(session.status, Status::Ok);
    QCOMPARE(session.key, u"new-key-0123456789"_s);
    QVERIFY(session.sessionOnly);

    // ...and after a restart the old one is still there to use.
    m_keychain.failWrites.reset();
    profiles = openProfiles();
    const auto restarted = loadKey(profiles, saved.profileId);
    QCOMPARE(restarted.status, Status::Ok);
    QCOMPARE(restarted.key, u"old-key-0123456789"_s);
}

void TestProfileStorage::unavailableKeychainIsReportedOnce()
{
    ConnectionProfiles *profiles = openProfiles();
    QSignalSpy unavailable(profiles, &ConnectionProfiles::keychainUnavailable);
    m_keychain.failWrites = Status::Unavailable;
    m_keychain.failReads = Status::Unavailable;

    const auto first = save(profiles, exampleProfile(), u"key-0123456789"_s);
    QVERIFY(!first.keyInKeychain);
    ConnectionProfile second = exampleProfile();
    second.name = u"Staging"_s;
    const auto other = save(profiles, second, u"key-9876543210"_s);
    QVERIFY(!other.keyInKeychain);
    QCOMPARE(loadKey(profiles, first.profileId).key, u"key-0123456789"_s);
    QCOMPARE(loadKey(profiles, other.profileId).key, u"key-9876543210"_s);

    QCOMPARE(unavailable.size(), 1);
    QVERIFY(unavailable.first().first().toString().contains(u"kept only until"_s));
    QVERIFY(!profiles->keychainAvailable());
    // Once known to be missing, the keychain is not asked again in this session.
    QCOMPARE(m_keychain.operations.size(), 1);
}

void TestProfileStorage::removeDeletesProfileAndKey()
{
    ConnectionProfiles *profiles = openProfiles();
    const auto saved = save(profiles, exampleProfile(), u"key-0123456789"_s);
    profiles->store().setCurrentProfileId(saved.profileId);

    std::optional<QString> problem;
    profiles->remove(saved.profileId, this, [&problem](const QString &p) { problem = p; });
    QTRY_VERIFY(problem.has_value());
    QCOMPARE(*problem, QString());
    QVERIFY(!m_keychain.secrets.contains(saved.profileId));

    profiles = openProfiles();
    QVERIFY(!profiles->store().find(saved.profileId));
    QCOMPARE(profiles->store().currentProfileId(), ConnectionProfile::sandboxId());
}

void TestProfileStorage::keychainErrorsMapToStatuses_data()
{
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("sessionBus");
    QTest::addColumn<Status>("expected");

    QTest::newRow("no error") << int(QKeychain::NoError) << QString() << true << Status::Ok;
    QTest::newRow("entry not found")
            << int(QKeychain::EntryNotFound) << u"Entry not found"_s << true << Status::NotFound;
    QTest::newRow("denied by the person")
            << int(QKeychain::AccessDeniedByUser) << QString() << true << Status::Denied;
    QTest::newRow("denied otherwise")
            << int(QKeychain::AccessDenied) << QString() << true << Status::Denied;
    QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable) << QString() << true
                                << Status::Unavailable;
    QTest::newRow("not implemented")
            << int(QKeychain::NotImplemented) << QString() << true << Status::Unavailable;
    QTest::newRow("unknown error without a session bus")
            << int(QKeychain::OtherError) << u"Unknown error"_s << false << Status::Unavailable;
    QTest::newRow("session bus without any keychain service")
            << int(QKeychain::OtherError) << u"Unknown error"_s << true << Status::Unavailable;
    QTest::newRow("secret service not running")
            << int(QKeychain::OtherError)
            << u"The name org.freedesktop.secrets was not provided by any .service files"_s << true
            << Status::Unavailable;
    QTest::newRow("other error with a session bus")
            << int(QKeychain::OtherError) << u"Disk full"_s << true << Status::Failed;
    QTest::newRow("could not delete")
            << int(QKeychain::CouldNotDeleteEntry) << QString() << true << Status::Failed;
}

void TestProfileStorage::keychainErrorsMapToStatuses()
{
    QFETCH(int, error);
    QFETCH(QString, text);
    QFETCH(bool, sessionBus);
    QFETCH(Status, expected);

    QCOMPARE(KeychainCredentialStore::statusFor(error, text, sessionBus), expected);
}

QTEST_GUILESS_MAIN(TestProfileStorage)
#include "tst_profilestorage.moc"

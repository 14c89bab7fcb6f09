#include "connectiondialog.h"
#include "connectionprofiles.h"
#include "desktopsession.h"
#include "embeddedsandbox.h"
#include "fakecredentialstore.h"
#include "mainwindow.h"
#include "messagebanner.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(CredentialStore::Status)

static const QString profileKey = u"profile-key-0123456789"_s;

// Opening connections: which window appears, what its title and status bar say, and what
// happens when a profile's key cannot be had.
class TestDesktopSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void firstRunOpensTheSandboxMarkedNotReal();
    void profileTitleNamesTheWorkspaceFromTheServer();
    void switchingFromTheMenuReplacesTheWindowAndIsRemembered();
    void missingKeyFallsBackToTheSandboxAndAsksForIt();
    void lockedKeychainSaysSoWithoutAskingForAKey();
    void headlessRunFailsWithTheReason();
    void unavailableKeychainIsAnnouncedOnce();
    void keyTheKeychainRefusedIsNotCalledSaved_data();
    void keyTheKeychainRefusedIsNotCalledSaved();
    void noKeychainAtStartIsToldInTheWindowShown();

private:
    ConnectionDialog *openConnectionDialog(const char *actionName);
    QString saveProfile(const QString &name, const QString &storedWorkspaceName);
    QString connectionLabel() const;

    std::unique_ptr<Sandbox::EmbeddedSandbox> m_remote;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    FakeCredentialStore m_keychain;
    std::unique_ptr<ConnectionProfiles> m_profiles;
    QNetworkAccessManager m_network;
    std::unique_ptr<DesktopSession> m_session;
};

void TestDesktopSession::initTestCase()
{
    // The embedded sandbox keeps its database under the test's own data directory.
    QStandardPaths::setTestModeEnabled(true);

    // Stands in for a real Platform API that a saved profile points at.
    Sandbox::Options options;
    options.apiKeys = {{profileKey, u"owner"_s}};
    m_remote = std::make_unique<Sandbox::EmbeddedSandbox>(options);
    QString error;
    QVERIFY2(m_remote->start(&error), qPrintable(error));
}

void TestDesktopSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(
            m_dir->filePath(u"settings.conf"_s), QSettings::IniFormat);
    m_keychain = FakeCredentialStore();
    m_profiles = std::make_unique<ConnectionProfiles>(m_settings.get(), &m_keychain);
    m_session = std::make_unique<DesktopSession>(m_profiles.get(), &m_network, m_settings.get(),
            AboutInfo{u"1.0"_s, {}, {}, {}, u"MIT"_s});
}

void TestDesktopSession::cleanup()
{
    m_session.reset();
    m_profiles.reset();
    m_settings.reset();
}

QString TestDesktopSession::saveProfile(const QString &name, const QString &storedWorkspaceName)
{
    ConnectionProfile profile;
    profile.name = name;
    profile.baseUrl = m_remote->baseUrl();
    profile.workspaceId = m_remote->workspaceId();
    profile.workspaceName = storedWorkspaceName;
    profile.defaultCountry = u"GB"_s;
    QString id;
    m_profiles->save(profile, profileKey, this,
            [&id](const ConnectionProfiles::SaveOutcome &saved) { id = saved.profileId; });
    if (!QTest::qWaitFor([&id] { return !id.isEmpty(); }, 5000))
        return {};
    return id;
}

QString TestDesktopSession::connectionLabel() const
{
    auto *label = m_session->window()->findChild<QLabel *>(u"connectionLabel"_s);
    return label ? label->text() : QString();
}

void TestDesktopSession::firstRunOpensTheSandboxMarkedNotReal()
{
    m_session->openProfile(m_profiles->store().currentProfileId());
    QTRY_VERIFY(m_session->window());
    QVERIFY(m_session->profile().isSandbox());
    QVERIFY2(m_session->window()->windowTitle().contains(u"not real"_s),
            qPrintable(m_session->window()->windowTitle()));
    QVERIFY2(connectionLabel().contains(u"not real"_s), qPrintable(connectionLabel()));
}

void TestDesktopSession::profileTitleNamesTheWorkspaceFromTheServer()
{
    const QString id = saveProfile(u"Clinic support"_s, u"Name saved long ago"_s);
    QVERIFY(!id.isEmpty());

    m_session->openProfile(id);
    QTRY_VERIFY(m_session->window());
    QCOMPARE(m_session->profile().id, id);
    // The server's current name replaces the one saved with the profile.
    QTRY_VERIFY2(m_session->window()->windowTitle().contains(u"Amigo Demo Clinic"_s),
            qPrintable(m_session->window()->windowTitle()));
    QVERIFY(m_session->window()->windowTitle().contains(u"Clinic support"_s));
    QVERIFY(!m_session->window()->windowTitle().contains(u"not real"_s));
    QVERIFY2(connectionLabel().contains(u"Amigo Demo Clinic"_s), qPrintable(connectionLabel()));
    QTRY_VERIFY(m_session->window()->table()->model()->rowCount() > 0);
}

void TestDesktopSession::switchingFromTheMenuReplacesTheWindowAndIsRemembered()
{
    const QString id = saveProfile(u"Clinic support"_s, u"Amigo Demo Clinic"_s);
    m_session->openProfile(ConnectionProfile::sandboxId());
    QTRY_VERIFY(m_session->window());
    QPointer<MainWindow> sandboxWindow = m_session->window();

    auto *choice = sandboxWindow->findChild<QAction *>(u"profileAction_"_s + id);
    QVERIFY(choice);
    choice->trigger();
    QTRY_VERIFY(m_session->window() != sandboxWindow);
    QTRY_VERIFY(sandboxWindow.isNull());
    QCOMPARE(m_session->profile().id, id);
    QCOMPARE(m_profiles->store().currentProfileId(), id);

    // The new window's menu knows which profile is open.
    auto *current = m_session->window()->findChild<QAction *>(u"profileAction_"_s + id);
    QVERIFY(current && current->isChecked());
    auto *edit = m_session->window()->findChild<QAction *>(u"editConnectionAction"_s);
    QVERIFY(edit && edit->isEnabled());
}

void TestDesktopSession::missingKeyFallsBackToTheSandboxAndAsksForIt()
{
    const QString id = saveProfile(u"Clinic support"_s, u"Amigo Demo Clinic"_s);
    m_keychain.secrets.clear();

    m_session->openProfile(id);
    QTRY_VERIFY(m_session->window());
    QVERIFY(m_session->profile().isSandbox());
    const QString banner = m_session->window()->banner()->text();
    QVERIFY2(banner.contains(u"Clinic support"_s) && banner.contains(u"No API key"_s),
            qPrintable(banner));
    QTRY_VERIFY(m_session->window()->findChild<ConnectionDialog *>());
    QVERIFY(m_session->window()->findChild<ConnectionDialog *>()->isVisible());
    // Still there once the sandbox's numbers have loaded.
    QTRY_VERIFY(m_session->window()->table()->model()->rowCount() > 0);
    QCOMPARE(m_session->window()->banner()->text(), banner);
}

void TestDesktopSession::lockedKeychainSaysSoWithoutAskingForAKey()
{
    const QString id = saveProfile(u"Clinic support"_s, u"Amigo Demo Clinic"_s);
    m_keychain.failReads = CredentialStore::Status::Denied;

    m_session->openProfile(id);
    QTRY_VERIFY(m_session->window());
    QTRY_VERIFY(m_session->window()->banner()->text().contains(u"locked"_s));
    // The key is there, only locked: asking for it again would be the wrong advice.
    QVERIFY(!m_session->window()->findChild<ConnectionDialog *>());
}

void TestDesktopSession::headlessRunFailsWithTheReason()
{
    const QString id = saveProfile(u"Clinic support"_s, u"Amigo Demo Clinic"_s);
    m_keychain.secrets.clear();
    m_session->setHeadless(true);
    QSignalSpy failed(m_session.get(), &DesktopSession::openFailed);

    m_session->openProfile(id);
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().toString().contains(u"No API key"_s));
    QVERIFY(!m_session->window());
}

void TestDesktopSession::unavailableKeychainIsAnnouncedOnce()
{
    m_session->openProfile(ConnectionProfile::sandboxId());
    QTRY_VERIFY(m_session->window());
    m_keychain.failWrites = CredentialStore::Status::Unavailable;
    QSignalSpy unavailable(m_profiles.get(), &ConnectionProfiles::keychainUnavailable);

    saveProfile(u"First"_s, {});
    saveProfile(u"Second"_s, {});
    QCOMPARE(unavailable.size(), 1);
    QVERIFY2(m_session->window()->banner()->text().contains(u"kept only until"_s),
            qPrintable(m_session->window()->banner()->text()));
}

ConnectionDialog *TestDesktopSession::openConnectionDialog(const char *actionName)
{
    auto *action = m_session->window()->findChild<QAction *>(QString::fromLatin1(actionName));
    if (!action || !action->isEnabled())
        return nullptr;
    action->trigger();
    ConnectionDialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor([this, &dialog] {
        dialog = m_session->window()->findChild<ConnectionDialog *>();
        return dialog && dialog->isVisible();
    });
    return shown ? dialog : nullptr;
}

void TestDesktopSession::keyTheKeychainRefusedIsNotCalledSaved_data()
{
    QTest::addColumn<CredentialStore::Status>("failure");

    QTest::newRow("no keychain") << CredentialStore::Status::Unavailable;
    QTest::newRow("keychain locked") << CredentialStore::Status::Denied;
    QTest::newRow("keychain failed") << CredentialStore::Status::Failed;
}

// A new connection saved while the keychain cannot take its key: the window of that connection
// says what happened to the key, and editing the connection does not claim it is in the keychain.
void TestDesktopSession::keyTheKeychainRefusedIsNotCalledSaved()
{
    QFETCH(CredentialStore::Status, failure);

    m_session->openProfile(ConnectionProfile::sandboxId());
    QTRY_VERIFY(m_session->window());
    QPointer<MainWindow> sandboxWindow = m_session->window();
    m_keychain.failWrites = failure;

    ConnectionDialog *dialog = openConnectionDialog("newConnectionAction");
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"Clinic support"_s);
    dialog->findChild<QLineEdit *>(u"baseUrlEdit"_s)->setText(m_remote->baseUrl().toString());
    dialog->findChild<QLineEdit *>(u"apiKeyEdit"_s)->setText(profileKey);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(sandboxWindow.isNull(), 30000);
    QVERIFY(m_session->window());
    QCOMPARE(m_session->profile().name, u"Clinic support"_s);
    QVERIFY(m_keychain.secrets.isEmpty());

    dialog = openConnectionDialog("editConnectionAction");
    QVERIFY(dialog);
    const QString placeholder = dialog->findChild<QLineEdit *>(u"apiKeyEdit"_s)->placeholderText();
    QVERIFY2(!placeholder.contains(u"Saved in the keychain"_s), qPrintable(placeholder));
    QVERIFY2(placeholder.contains(u"until Amigo Numbers quits"_s), qPrintable(placeholder));

    // Said in the window the person now looks at, not in the sandbox's window that closed.
    const QString banner = m_session->window()->banner()->text();
    QVERIFY2(banner.contains(u"until Amigo Numbers quits"_s), qPrintable(banner));
    if (failure == CredentialStore::Status::Unavailable) {
        // Said once: the notice that there is no keychain is all there is to say.
        QVERIFY2(banner.count(u"No system keychain"_s) == 1, qPrintable(banner));
        QVERIFY2(banner.count(u"until Amigo Numbers quits"_s) == 1, qPrintable(banner));
    }
}

void TestDesktopSession::noKeychainAtStartIsToldInTheWindowShown()
{
    const QString id = saveProfile(u"Clinic support"_s, u"Amigo Demo Clinic"_s);
    m_keychain.failReads = CredentialStore::Status::Unavailable;

    m_session->openProfile(id);
    QTRY_VERIFY(m_session->window());
    QVERIFY(m_session->profile().isSandbox());
    const QString banner = m_session->window()->banner()->text();
    QVERIFY2(banner.contains(u"Could not open “Clinic support”"_s), qPrintable(banner));
    QVERIFY2(banner.contains(u"kept only until Amigo Numbers quits"_s), qPrintable(banner));
}

QTEST_MAIN(TestDesktopSession)
#include "tst_desktopsession.moc"

#include "desktopsession.h"

#include "applog.h"
#include "connectionmenu.h"
#include "connectionprofiles.h"
#include "embeddedsandbox.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "windowfeatures.h"

#include <QDir>
#include <QStandardPaths>
#include <QStringList>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

DesktopSession::DesktopSession(ConnectionProfiles *profiles, QNetworkAccessManager *network,
        QSettings *settings, AboutInfo about, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_network(network)
    , m_settings(settings)
    , m_about(std::move(about))
    , m_menu(new ConnectionMenu(this))
{
    connect(m_profiles, &ConnectionProfiles::keychainUnavailable, this,
            [this](const QString &message) { showNotice(message, false); });
}

DesktopSession::~DesktopSession()
{
    // The windows' clients talk to the sandbox: they go before it does.
    delete m_window.data();
}

bool DesktopSession::ensureSandbox(QString *error)
{
    if (m_sandbox)
        return true;

    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!QDir().mkpath(dataDir)) {
        *error = tr("the data folder %1 cannot be created").arg(dataDir);
        return false;
    }

    Sandbox::Options options;
    options.databasePath = dataDir + u"/sandbox.sqlite"_s;
    // A fresh key each run: only this process knows it, even though the server is on loopback.
    options.apiKeys = {{QUuid::createUuid().toString(QUuid::WithoutBraces), u"owner"_s}};
    options.seed = Sandbox::Seed::Demo;

    auto sandbox = std::make_unique<Sandbox::EmbeddedSandbox>(options);
    if (!sandbox->start(error))
        return false;
    AppLog::addSecret(sandbox->apiKey());
    m_sandbox = std::move(sandbox);
    return true;
}

void DesktopSession::openProfile(const QString &id, bool remember)
{
    const quint64 generation = ++m_openGeneration;
    const ConnectionProfile profile
            = m_profiles->store().find(id).value_or(m_profiles->store().sandboxProfile());

    if (profile.isSandbox()) {
        QString error;
        if (!ensureSandbox(&error)) {
            m_windowPending = false;
            Q_EMIT openFailed(tr("The local sandbox could not start: %1").arg(error));
            return;
        }
        openWithSettings(profile,
                {m_sandbox->baseUrl(), m_sandbox->workspaceId(), m_sandbox->apiKey()}, remember);
        return;
    }

    qCInfo(lcApp) << "Opening connection profile" << profile.id;
    m_windowPending = true;
    m_profiles->loadKey(profile, this,
            [this, profile, generation, remember](const ConnectionProfiles::KeyOutcome &key) {
                // A later choice of profile wins over a keychain that was slow.
                if (generation != m_openGeneration)
                    return;
                if (key.status != CredentialStore::Status::Ok) {
                    const bool offerEntry = key.status != CredentialStore::Status::Denied;
                    onKeyMissing(profile, key.message, offerEntry);
                    return;
                }
                openWithSettings(
                        profile, {profile.baseUrl, profile.workspaceId, key.key}, remember);
            });
}

void DesktopSession::saveAndOpen(
        const ConnectionProfile &profile, const std::optional<QString> &newKey)
{
    // What saving has to say (no keychain, the key kept for this session only) belongs in the
    // window of the saved profile, which replaces the current one.
    m_windowPending = true;
    m_profiles->save(profile, newKey, this, [this](const ConnectionProfiles::SaveOutcome &saved) {
        if (!saved.keyInKeychain)
            showNotice(saved.message, false);
        m_menu->rebuild();
        openProfile(saved.profileId);
    });
}

void DesktopSession::openDirect(
        const ConnectionSettings &settings, const QString &rejectedKeyAdvice)
{
    ++m_openGeneration;
    AppLog::addSecret(settings.apiKey);
    ConnectionProfile profile;
    profile.id = u"command-line"_s;
    profile.name = settings.baseUrl.host();
    profile.baseUrl = settings.baseUrl;
    profile.workspaceId = settings.workspaceId;
    openWithSettings(profile, settings, false, rejectedKeyAdvice);
}

void DesktopSession::onKeyMissing(
        const ConnectionProfile &profile, const QString &message, bool offerEntry)
{
    qCWarning(lcApp) << "No key for profile" << profile.id;
    m_windowPending = false;
    if (m_headless) {
        Q_EMIT openFailed(message);
        return;
    }
    // Something must be on screen to say what happened: the sandbox is always there.
    const bool openSandbox = !m_window;
    m_windowPending = openSandbox;
    showNotice(tr("Could not open “%1”: %2").arg(profile.name, message), true);
    if (openSandbox)
        openProfile(ConnectionProfile::sandboxId(), false);
    if (offerEntry)
        m_menu->editProfile(profile);
}

void DesktopSession::openWithSettings(const ConnectionProfile &profile,
        const ConnectionSettings &settings, bool remember, const QString &rejectedKeyAdvice)
{
    m_windowPending = false;
    if (const std::optional<ApiError> invalid = ApiClient::validateSettings(settings)) {
        if (m_headless || !m_window) {
            Q_EMIT openFailed(invalid->message());
            return;
        }
        showNotice(tr("Could not open “%1”: %2").arg(profile.name, invalid->message()), true);
        return;
    }

    QPointer<MainWindow> previous = m_window;
    if (previous)
        previous->saveSettings();

    m_profile = profile;
    auto *client = new ApiClient(m_network, settings);
    client->setRejectedKeyAdvice(rejectedKeyAdvice);
    auto *window = new MainWindow(client);
    // The window owns its client; the model, created first, goes before it.
    client->setParent(window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_headless)
        window->setSettings(m_settings);
    m_window = window;
    m_client = client;

    updateTitle();
    m_menu->install(window);
    addWorkspaceFeatures(window, client, profile);

    bool loadAll = false;
    if (m_initialView) {
        window->setSearchText(m_initialView->searchText);
        window->setInitialStatusFilter(m_initialView->status);
        loadAll = m_initialView->loadAll;
        m_initialView.reset();
    }

    Q_EMIT windowCreated(window, client, profile);
    if (previous) {
        window->setGeometry(previous->geometry());
        // Closing the old window after the new one is shown, so the app does not see its last
        // window close and quit.
        window->show();
        previous->close();
    } else {
        window->show();
    }
    window->start(loadAll);
    deliverNotices();

    if (remember && !m_headless)
        m_profiles->store().setCurrentProfileId(profile.id);
    if (!profile.isSandbox())
        confirmWorkspaceName(profile);
}

void DesktopSession::confirmWorkspaceName(const ConnectionProfile &profile)
{
    // The name shown in the title comes from the server each time, so a renamed workspace, or
    // a key that now belongs elsewhere, is visible at once.
    m_client->getWorkspace(profile.workspaceId, m_window,
            [this, id = profile.id](const Result<Workspace> &result) {
                if (!result || m_profile.id != id)
                    return;
                m_profile.workspaceName = result.value().name;
                updateTitle();
            });
}

void DesktopSession::updateTitle()
{
    if (!m_window)
        return;
    if (m_profile.isSandbox()) {
        m_window->setConnectionName(tr("Local sandbox (not real)"), true);
        return;
    }
    const QString workspace = m_profile.workspaceLabel();
    const bool nameSaysIt = m_profile.name.isEmpty()
            || m_profile.name.compare(workspace, Qt::CaseInsensitive) == 0
            || m_profile.id == u"command-line"_s;
    m_window->setConnectionName(nameSaysIt ? workspace
                                           : tr("%1 (%2)", "workspace (connection profile)")
                                                     .arg(workspace, m_profile.name),
            false);
}

void DesktopSession::showNotice(const QString &message, bool isError)
{
    if (message.isEmpty())
        return;
    if (!m_window)
        qCWarning(lcApp).noquote() << message;
    const bool repeated = std::any_of(m_pendingNotices.cbegin(), m_pendingNotices.cend(),
            [&message](const Notice &notice) { return notice.message == message; });
    if (!repeated)
        m_pendingNotices.append({message, isError});
    if (!m_windowPending)
        deliverNotices();
}

void DesktopSession::deliverNotices()
{
    // Without a window yet, the notices wait for the first one.
    if (!m_window || m_pendingNotices.isEmpty())
        return;
    QStringList messages;
    bool isError = false;
    for (const Notice &notice : std::as_const(m_pendingNotices)) {
        messages.append(notice.message);
        isError = isError || notice.isError;
    }
    m_pendingNotices.clear();
    m_window->banner()->showMessage(
            isError ? MessageBanner::Level::Error : MessageBanner::Level::Warning,
            messages.join(u'\n'));
}

void DesktopSession::showAbout()
{
    auto *dialog = new AboutDialog(m_about, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

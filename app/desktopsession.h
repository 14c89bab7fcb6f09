#pragma once

#include "aboutdialog.h"
#include "apiclient.h"
#include "connectionprofile.h"
#include "mainwindow.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class ConnectionMenu;
class ConnectionProfiles;
class QNetworkAccessManager;
class QSettings;

namespace Sandbox {
class EmbeddedSandbox;
}

// One run of the desktop app: the connection that is open, its API client and its main window.
// Opening another profile builds a fresh client and window and closes the old ones, so no view
// ever mixes two workspaces. The embedded sandbox starts the first time it is needed and keeps
// running until the session ends.
class DesktopSession : public QObject
{
    Q_OBJECT

public:
    // What the first window opens with (from the command line).
    struct InitialView
    {
        QString searchText;
        std::optional<QString> status;
        bool loadAll = false;
    };

    DesktopSession(ConnectionProfiles *profiles, QNetworkAccessManager *network,
            QSettings *settings, AboutInfo about, QObject *parent = nullptr);
    ~DesktopSession() override;

    // Headless runs keep no window state and open no dialogs of their own.
    void setHeadless(bool headless) { m_headless = headless; }
    void setInitialView(const InitialView &view) { m_initialView = view; }

    // Opens a saved profile, or the sandbox. When a profile's key cannot be had, says why: in the
    // window's banner (opening the sandbox if nothing is open yet, and offering to enter the key),
    // or through openFailed() when headless. `remember` makes it the profile of the next start.
    void openProfile(const QString &id, bool remember = true);
    // For scripts: a connection given in full on the command line. `rejectedKeyAdvice` says
    // where to check the key when the server rejects it.
    void openDirect(const ConnectionSettings &settings, const QString &rejectedKeyAdvice = {});
    // Saves a profile edited in the connection dialog and opens it.
    void saveAndOpen(const ConnectionProfile &profile, const std::optional<QString> &newKey);

    MainWindow *window() const { return m_window; }
    ApiClient *client() const { return m_client; }
    const ConnectionProfile &profile() const { return m_profile; }
    ConnectionProfiles *profiles() const { return m_profiles; }
    QNetworkAccessManager *network() const { return m_network; }

    void showAbout();
    // A message for the person in the window's banner. While another window is about to replace
    // the current one, it waits for that window, so that it is not lost with the old one.
    void showNotice(const QString &message, bool isError);

Q_SIGNALS:
    // A new main window is built but not yet shown or loading: the place to add actions and
    // dialogs to it. Emitted once per window; the window owns `client`.
    void windowCreated(MainWindow *window, ApiClient *client, const ConnectionProfile &profile);
    // Nothing could be opened (headless runs end with this message).
    void openFailed(const QString &message);

private:
    bool ensureSandbox(QString *error);
    void openWithSettings(const ConnectionProfile &profile, const ConnectionSettings &settings,
            bool remember, const QString &rejectedKeyAdvice = {});
    void onKeyMissing(const ConnectionProfile &profile, const QString &message, bool offerEntry);
    void confirmWorkspaceName(const ConnectionProfile &profile);
    void updateTitle();
    void deliverNotices();

    struct Notice
    {
        QString message;
        bool isError = false;
    };

    ConnectionProfiles *m_profiles;
    QNetworkAccessManager *m_network;
    QSettings *m_settings;
    AboutInfo m_about;
    bool m_headless = false;
    std::optional<InitialView> m_initialView;
    std::unique_ptr<Sandbox::EmbeddedSandbox> m_sandbox;
    ConnectionMenu *m_menu;

    ConnectionProfile m_profile;
    QPointer<MainWindow> m_window;
    QPointer<ApiClient> m_client;
    quint64 m_openGeneration = 0;
    // A window is about to replace the current one (a save or an open is under way).
    bool m_windowPending = false;
    QList<Notice> m_pendingNotices;
};

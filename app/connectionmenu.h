#pragma once

#include "connectionprofile.h"
#include "connectionprofiles.h"
#include "mainwindow.h"

#include <QObject>
#include <QPointer>

class DesktopSession;
class QActionGroup;
class QMenu;

// The Connection menu of the main window: the profiles to switch between, and the dialogs to
// add, edit and remove them. Also adds "About" to the Help menu.
class ConnectionMenu : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionMenu(DesktopSession *session);

    // Builds the menu in a new main window.
    void install(MainWindow *window);

    void newProfile();
    // Opens the dialog for `profile` with its stored key (when it can be read) for testing.
    void editProfile(const ConnectionProfile &profile);
    void removeCurrentProfile();
    // Lists the profiles again, after one was added or renamed.
    void rebuild();

private:
    void openDialog(const ConnectionProfile &profile, const ConnectionProfiles::KeyOutcome &key);

    DesktopSession *m_session;
    QPointer<MainWindow> m_window;
    QPointer<QMenu> m_menu;
};

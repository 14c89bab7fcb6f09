#include "connectionmenu.h"

#include "connectiondialog.h"
#include "connectionprofiles.h"
#include "desktopsession.h"
#include "mainwindow.h"
#include "messagebanner.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

ConnectionMenu::ConnectionMenu(DesktopSession *session)
    : QObject(session)
    , m_session(session)
{ }

void ConnectionMenu::install(MainWindow *window)
{
    m_window = window;
    m_menu = new QMenu(tr("&Connection"), window);
    m_menu->setObjectName(u"connectionMenu"_s);
    QMenu *help = window->helpMenu();
    window->menuBar()->insertMenu(help ? help->menuAction() : nullptr, m_menu);
    rebuild();

    if (help) {
        auto *about = new QAction(
                QIcon::fromTheme(u"help-about"_s), tr("&About Amigo Numbers"), window);
        about->setObjectName(u"aboutAction"_s);
        about->setMenuRole(QAction::AboutRole);
        connect(about, &QAction::triggered, m_session, &DesktopSession::showAbout);
        help->addAction(about);
    }
}

void ConnectionMenu::rebuild()
{
    if (!m_menu)
        return;
    m_menu->clear();

    auto *group = new QActionGroup(m_menu);
    group->setExclusive(true);
    const QString current = m_session->profile().id;
    const QList<ConnectionProfile> profiles = m_session->profiles()->store().profiles();
    for (const ConnectionProfile &profile : profiles) {
        const QString text = profile.isSandbox()
                ? tr("%1 (demo data, not real)").arg(profile.name)
                : tr("%1 — %2", "profile name — workspace")
                          .arg(profile.name, profile.workspaceLabel());
        QAction *action = m_menu->addAction(text);
        action->setObjectName(u"profileAction_"_s + profile.id);
        action->setCheckable(true);
        action->setChecked(profile.id == current);
        action->setActionGroup(group);
        connect(action, &QAction::triggered, m_session, [this, id = profile.id] {
            if (id != m_session->profile().id)
                m_session->openProfile(id);
        });
    }
    m_menu->addSeparator();

    QAction *add = m_menu->addAction(QIcon::fromTheme(u"list-add"_s), tr("&New Connection…"));
    add->setObjectName(u"newConnectionAction"_s);
    connect(add, &QAction::triggered, this, &ConnectionMenu::newProfile);

    const bool editable = !m_session->profile().isSandbox()
            && m_session->profiles()->store().find(current).has_value();
    QAction *edit
            = m_menu->addAction(QIcon::fromTheme(u"document-edit"_s), tr("&Edit Connection…"));
    edit->setObjectName(u"editConnectionAction"_s);
    edit->setEnabled(editable);
    connect(edit, &QAction::triggered, this, [this] { editProfile(m_session->profile()); });

    QAction *remove
            = m_menu->addAction(QIcon::fromTheme(u"edit-delete"_s), tr("&Remove Connection…"));
    remove->setObjectName(u"removeConnectionAction"_s);
    remove->setEnabled(editable);
    connect(remove, &QAction::triggered, this, &ConnectionMenu::removeCurrentProfile);
}

void ConnectionMenu::newProfile()
{
    openDialog({}, {});
}

void ConnectionMenu::editProfile(const ConnectionProfile &profile)
{
    m_session->profiles()->loadKey(
            profile, this, [this, profile](const ConnectionProfiles::KeyOutcome &key) {
                openDialog(profile, key);
            });
}

void ConnectionMenu::openDialog(
        const ConnectionProfile &profile, const ConnectionProfiles::KeyOutcome &key)
{
    if (!m_window)
        return;

    auto *dialog = new ConnectionDialog(m_session->network(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!profile.id.isEmpty()) {
        dialog->setProfile(profile, key.key,
                key.sessionOnly ? ConnectionDialog::KeyStorage::SessionOnly
                                : ConnectionDialog::KeyStorage::Keychain);
    }
    QStringList taken;
    const QList<ConnectionProfile> profiles = m_session->profiles()->store().profiles();
    for (const ConnectionProfile &other : profiles) {
        if (other.id != profile.id)
            taken.append(other.name);
    }
    dialog->setTakenNames(taken);
    if (!key.message.isEmpty())
        dialog->setWindowTitle(dialog->windowTitle() + u" — "_s + tr("key needed"));
    connect(dialog, &QDialog::accepted, m_session,
            [this, dialog] { m_session->saveAndOpen(dialog->profile(), dialog->newApiKey()); });
    dialog->open();
}

void ConnectionMenu::removeCurrentProfile()
{
    const ConnectionProfile profile = m_session->profile();
    if (profile.isSandbox() || !m_window)
        return;

    auto *question = new QMessageBox(QMessageBox::Question, tr("Remove Connection"),
            tr("Remove the connection “%1”? Its API key is deleted from the keychain; the "
               "workspace and its numbers are not affected.")
                    .arg(profile.name),
            QMessageBox::Cancel, m_window);
    QPushButton *confirm = question->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    question->setDefaultButton(QMessageBox::Cancel);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::finished, this, [this, question, confirm, profile] {
        if (question->clickedButton() != confirm)
            return;
        m_session->profiles()->remove(profile.id, this, [this](const QString &problem) {
            m_session->openProfile(ConnectionProfile::sandboxId());
            if (!problem.isEmpty() && m_session->window())
                m_session->window()->banner()->showMessage(MessageBanner::Level::Warning, problem);
        });
    });
    question->open();
}

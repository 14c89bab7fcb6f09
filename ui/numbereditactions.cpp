#include "numbereditactions.h"

#include "bulkeditdialog.h"
#include "forwardingdialog.h"
#include "mainwindow.h"
#include "numberdetailsdialog.h"
#include "phonenumberinput.h"
#include "phonenumbertablemodel.h"
#include "registernumberdialog.h"
#include "servicelistmodel.h"

#include <QAction>
#include <QKeySequence>
#include <QMenu>
#include <QToolBar>

using namespace Qt::StringLiterals;

NumberEditActions::NumberEditActions(MainWindow *window, ApiClient *client)
    : QObject(window)
    , m_window(window)
    , m_client(client)
    , m_services(new ServiceListModel(client, this))
    , m_defaultRegion(PhoneNumberInput::defaultRegionFor(QLocale::system()))
    , m_editDetails(createAction(u"editDetailsAction"_s, tr("&Edit details…"),
              tr("Change the display name, notes, status, capabilities and "
                 "inbound service")))
    , m_forwarding(createAction(u"forwardingAction"_s, tr("Call &forwarding…"),
              tr("Set or clear where calls to this number can be transferred")))
    , m_register(createAction(u"registerAction"_s, tr("Re&gister number…"),
              tr("Register a number the workspace already has with its carrier")))
    , m_remove(createAction(u"removeAction"_s, tr("Re&move from workspace…"),
              tr("Take the number out of this workspace; the carrier keeps it")))
    , m_release(createAction(u"releaseAction"_s, tr("Re&lease to carrier…"),
              tr("Give the number back to the carrier for good")))
    , m_bulkEdit(createAction(u"bulkEditAction"_s, tr("&Bulk edit…"),
              tr("Set the service or status, or clear forwarding, of all selected "
                 "numbers")))
{
    m_editDetails->setShortcut(tr("Ctrl+D"));
    m_forwarding->setShortcut(tr("Ctrl+Shift+F"));
    m_register->setShortcut(QKeySequence::New);
    m_remove->setShortcut(QKeySequence::Delete);
    m_bulkEdit->setShortcut(tr("Ctrl+B"));
    // Releasing cannot be undone: no shortcut, so that it is never one key press away.

    m_window->numberMenu()->addSeparator();
    for (QAction *action : {m_editDetails, m_forwarding, m_bulkEdit, m_remove, m_release})
        m_window->addNumberAction(action);
    m_window->numberMenu()->addSeparator();
    m_window->numberMenu()->addAction(m_register);
    // The tool bar's labels have sources of their own, so that a language with long words can
    // shorten them there and keep every button in a laptop-sized window.
    m_editDetails->setIconText(tr("Edit details…", "tool bar button; keep it short"));
    m_forwarding->setIconText(tr("Call forwarding…", "tool bar button; keep it short"));
    m_window->mainToolBar()->addSeparator();
    m_window->mainToolBar()->addAction(m_editDetails);
    m_window->mainToolBar()->addAction(m_forwarding);
    // Registering is rare next to editing; it stays in the Number menu so that the toolbar keeps
    // room for buying numbers on a laptop-sized window.

    connect(m_editDetails, &QAction::triggered, this, [this] {
        if (const auto number = m_window->currentNumber())
            editDetails(*number);
    });
    connect(m_forwarding, &QAction::triggered, this, [this] {
        if (const auto number = m_window->currentNumber())
            editForwarding(*number);
    });
    connect(m_register, &QAction::triggered, this, &NumberEditActions::registerNumber);
    connect(m_remove, &QAction::triggered, this, [this] {
        if (const auto number = m_window->currentNumber())
            remove(*number, RemoveNumberDialog::Action::RemoveFromWorkspace);
    });
    connect(m_release, &QAction::triggered, this, [this] {
        if (const auto number = m_window->currentNumber())
            remove(*number, RemoveNumberDialog::Action::ReleaseToCarrier);
    });
    connect(m_bulkEdit, &QAction::triggered, this,
            [this] { bulkEdit(m_window->selectedNumbers()); });
    connect(m_window, &MainWindow::selectionChanged, this, &NumberEditActions::updateActions);
    updateActions();
}

void NumberEditActions::setDefaultRegion(const QString &regionCode)
{
    m_defaultRegion = regionCode;
}

QAction *NumberEditActions::createAction(
        const QString &objectName, const QString &text, const QString &tip)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setToolTip(tip);
    action->setStatusTip(tip);
    return action;
}

void NumberEditActions::updateActions()
{
    const bool hasCurrent = m_window->currentNumber().has_value();
    m_editDetails->setEnabled(hasCurrent);
    m_forwarding->setEnabled(hasCurrent);
    m_remove->setEnabled(hasCurrent);
    m_release->setEnabled(hasCurrent);
    m_bulkEdit->setEnabled(m_window->selectedNumbers().size() > 1);
}

QList<PhoneNumber> NumberEditActions::loadedNumbers() const
{
    QList<PhoneNumber> numbers;
    const PhoneNumberTableModel *model = m_window->model();
    numbers.reserve(model->rowCount());
    for (int row = 0; row < model->rowCount(); ++row) {
        if (const PhoneNumber *number = model->numberAt(row))
            numbers.append(*number);
    }
    return numbers;
}

NumberDetailsDialog *NumberEditActions::editDetails(const PhoneNumber &number)
{
    auto *dialog = new NumberDetailsDialog(m_client, number, m_services, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NumberDetailsDialog::numberSaved, m_window, &MainWindow::upsertNumber);
    connect(dialog, &NumberDetailsDialog::numberRemoved, m_window, &MainWindow::removeNumber);
    dialog->open();
    return dialog;
}

ForwardingDialog *NumberEditActions::editForwarding(const PhoneNumber &number)
{
    auto *dialog = new ForwardingDialog(m_client, number, loadedNumbers(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDefaultRegion(m_defaultRegion);
    connect(dialog, &ForwardingDialog::numberSaved, m_window, &MainWindow::upsertNumber);
    connect(dialog, &ForwardingDialog::numberRemoved, m_window, &MainWindow::removeNumber);
    dialog->open();
    return dialog;
}

RegisterNumberDialog *NumberEditActions::registerNumber()
{
    auto *dialog = new RegisterNumberDialog(m_client, m_services, loadedNumbers(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDefaultRegion(m_defaultRegion);
    connect(dialog, &RegisterNumberDialog::numberRegistered, m_window, &MainWindow::upsertNumber);
    connect(dialog, &RegisterNumberDialog::openExistingRequested, this,
            [this](const PhoneNumber &existing) {
                m_window->upsertNumber(existing);
                editDetails(existing);
            });
    dialog->open();
    return dialog;
}

RemoveNumberDialog *NumberEditActions::remove(
        const PhoneNumber &number, RemoveNumberDialog::Action action)
{
    auto *dialog = new RemoveNumberDialog(
            m_client, number, action, loadedNumbers(), m_services, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RemoveNumberDialog::numberRemoved, m_window, &MainWindow::removeNumber);
    dialog->open();
    return dialog;
}

BulkEditDialog *NumberEditActions::bulkEdit(const QList<PhoneNumber> &numbers)
{
    auto *dialog = new BulkEditDialog(m_client, numbers, m_services, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BulkEditDialog::numberSaved, m_window, &MainWindow::upsertNumber);
    connect(dialog, &BulkEditDialog::numberRemoved, m_window, &MainWindow::removeNumber);
    dialog->open();
    return dialog;
}

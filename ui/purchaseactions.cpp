#include "purchaseactions.h"

#include "mainwindow.h"
#include "messagebanner.h"
#include "phonenumberfilterproxy.h"
#include "phonenumbertablemodel.h"
#include "purchasewizard.h"

#include <QAction>
#include <QItemSelection>
#include <QItemSelectionModel>
#include <QMenu>
#include <QTableView>
#include <QToolBar>

using namespace Qt::StringLiterals;

PurchaseActions::PurchaseActions(MainWindow *window, ApiClient *client)
    : QObject(window)
    , m_window(window)
    , m_client(client)
    , m_buy(new QAction(QIcon::fromTheme(u"list-add"_s), tr("B&uy Numbers…"), this))
{
    m_buy->setObjectName(u"buyNumbersAction"_s);
    // A source of its own, so that a language with long words can shorten it in the tool bar.
    m_buy->setIconText(tr("Buy Numbers…", "tool bar button; keep it short"));
    const QString tip = tr("Search the carrier's available numbers and buy them for this "
                           "workspace");
    m_buy->setToolTip(tip);
    m_buy->setStatusTip(tip);
    // Buying costs money: reachable from the menu and the tool bar, never by a single chord.

    m_window->numberMenu()->addSeparator();
    m_window->numberMenu()->addAction(m_buy);
    m_window->mainToolBar()->addSeparator();
    m_window->mainToolBar()->addAction(m_buy);

    connect(m_buy, &QAction::triggered, this, &PurchaseActions::openWizard);
}

PurchaseWizard *PurchaseActions::openWizard()
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }

    auto *wizard = new PurchaseWizard(m_client, m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_defaultCountry.isEmpty())
        wizard->setDefaultCountry(m_defaultCountry);
    connect(wizard, &PurchaseWizard::numberPurchased, m_window, &MainWindow::upsertNumber);
    connect(wizard, &PurchaseWizard::numberUpdated, m_window, &MainWindow::upsertNumber);
    connect(wizard, &PurchaseWizard::showNumbersRequested, this, &PurchaseActions::showNumbers);
    m_wizard = wizard;
    wizard->show();
    return wizard;
}

void PurchaseActions::showNumbers(const QStringList &ids)
{
    QTableView *table = m_window->table();
    QItemSelection selection;
    QModelIndex first;
    int hidden = 0;
    for (const QString &id : ids) {
        const int row = m_window->model()->rowOfId(id);
        const QModelIndex shown = row < 0
                ? QModelIndex()
                : m_window->proxy()->mapFromSource(m_window->model()->index(row, 0));
        if (!shown.isValid()) {
            ++hidden;
            continue;
        }
        selection.select(shown, shown);
        if (!first.isValid() || shown.row() < first.row())
            first = shown;
    }

    if (first.isValid()) {
        table->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        table->selectionModel()->select(
                selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        table->scrollTo(first);
        table->setFocus();
    }
    if (hidden > 0)
        m_window->banner()->showMessage(MessageBanner::Level::Information,
                tr("%n of the new numbers are hidden by the search or status filter.", nullptr,
                        hidden));
    m_window->raise();
    m_window->activateWindow();
}

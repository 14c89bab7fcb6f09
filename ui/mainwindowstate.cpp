// The main window's selection, clipboard, context menu, status line, export and saved layout.

#include "mainwindow.h"

#include "columnchooser.h"
#include "csvexport.h"
#include "detailspanel.h"
#include "loadallbar.h"
#include "phonenumberfilterproxy.h"
#include "phonenumbertablemodel.h"
#include "tablestatus.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>

using namespace Qt::StringLiterals;

// Bumped when the table's columns change meaning, so an old saved layout is not applied to them.
static constexpr int LayoutVersion = 1;

int MainWindow::currentSourceRow() const
{
    // Only a highlighted row counts: after a removal Qt moves the current index to a neighbour
    // without selecting it, and no action may then fall on a number the person never chose.
    const QItemSelectionModel *selection = m_table->selectionModel();
    const QModelIndex current = selection->currentIndex();
    if (!current.isValid() || !selection->isRowSelected(current.row(), current.parent()))
        return -1;
    return m_proxy->mapToSource(current).row();
}

QList<int> MainWindow::selectedSourceRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    rows.reserve(selected.size());
    for (const QModelIndex &index : selected)
        rows.append(m_proxy->mapToSource(index).row());
    // In the order they are shown.
    std::sort(rows.begin(), rows.end(), [this](int left, int right) {
        return m_proxy->mapFromSource(m_model->index(left, 0)).row()
                < m_proxy->mapFromSource(m_model->index(right, 0)).row();
    });
    if (rows.isEmpty() && currentSourceRow() >= 0)
        rows.append(currentSourceRow());
    return rows;
}

std::optional<PhoneNumber> MainWindow::currentNumber() const
{
    const PhoneNumber *number = m_model->numberAt(currentSourceRow());
    return number ? std::optional<PhoneNumber>(*number) : std::nullopt;
}

QList<PhoneNumber> MainWindow::selectedNumbers() const
{
    QList<PhoneNumber> numbers;
    for (const int row : selectedSourceRows()) {
        if (const PhoneNumber *number = m_model->numberAt(row))
            numbers.append(*number);
    }
    return numbers;
}

void MainWindow::onCurrentRowChanged()
{
    const std::optional<PhoneNumber> number = currentNumber();
    if (number)
        m_details->showNumber(*number, m_model->serviceName(number->inboundServiceId));
    else
        m_details->clear();
    m_details->setVisible(number && m_detailsPanelAction->isChecked());
    updateActions();
}

void MainWindow::updateActions()
{
    const bool hasNumber = currentSourceRow() >= 0;
    m_copyE164Action->setEnabled(hasNumber);
    m_copyNationalAction->setEnabled(hasNumber);
    m_showDetailsAction->setEnabled(hasNumber);
    m_loadAllAction->setEnabled(m_model->hasMore() && !m_model->isLoadingAll());
    Q_EMIT selectionChanged();
}

void MainWindow::copyText(const QString &text, const QString &description)
{
    QGuiApplication::clipboard()->setText(text);
    statusBar()->showMessage(description, 4000);
}

void MainWindow::copyE164()
{
    QStringList numbers;
    for (const int row : selectedSourceRows())
        numbers.append(m_model->index(row, 0).data(PhoneNumberTableModel::E164Role).toString());
    if (numbers.isEmpty())
        return;
    copyText(numbers.join(u'\n'),
            numbers.size() == 1 ? tr("Copied %1").arg(u'\u2066' + numbers.first() + u'\u2069')
                                : tr("Numbers copied: %n", nullptr, int(numbers.size())));
}

void MainWindow::copyNational()
{
    QStringList numbers;
    for (const int row : selectedSourceRows())
        numbers.append(m_model->index(row, 0).data(PhoneNumberTableModel::NationalRole).toString());
    if (numbers.isEmpty())
        return;
    copyText(numbers.join(u'\n'),
            numbers.size() == 1 ? tr("Copied %1").arg(u'\u2066' + numbers.first() + u'\u2069')
                                : tr("Numbers copied: %n", nullptr, int(numbers.size())));
}

void MainWindow::showDetails()
{
    // Enter on the row that has the keyboard focus chooses it.
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid() && currentSourceRow() < 0)
        m_table->selectionModel()->select(
                current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (currentSourceRow() < 0)
        return;
    m_detailsPanelAction->setChecked(true);
    onCurrentRowChanged();
}

void MainWindow::showContextMenu(const QPoint &position)
{
    QMenu menu(this);
    if (m_table->indexAt(position).isValid()) {
        for (QAction *action : std::as_const(m_numberActions)) {
            if (action->isVisible())
                menu.addAction(action);
        }
        menu.addSeparator();
    }
    menu.addAction(m_refreshAction);
    menu.addAction(m_loadAllAction);
    menu.addAction(m_exportAction);
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

void MainWindow::updateStatus()
{
    TableStatus status;
    status.loaded = m_model->rowCount();
    status.shown = m_proxy->rowCount();
    status.total = m_model->serverTotal();
    status.hasMore = m_model->hasMore();
    status.loading = m_model->isLoading() || m_model->isLoadingAll();
    status.searching = m_proxy->isSearching();
    status.sorted = m_proxy->sortColumn() >= 0;
    status.incomplete = m_model->isIncomplete();

    m_countLabel->setText(status.summary());
    // Only the text changes: the status bar hides the label under a passing message itself.
    m_sortLabel->setText(status.sortScope());
    m_table->horizontalHeader()->setToolTip(status.sortScope());

    if (m_model->isLoadingAll()) {
        if (!m_loadAllBar->isShowingProgress())
            m_loadAllBar->showProgress(status.loaded, status.total);
    } else if (!status.searchScope().isEmpty()) {
        m_loadAllBar->showOffer(status.searchScope());
    } else {
        m_loadAllBar->hide();
    }
    m_loadAllAction->setEnabled(status.hasMore && !m_model->isLoadingAll());
}

bool MainWindow::exportCsvTo(const QString &path, QString *error) const
{
    CsvExport::Options options;
    options.role = PhoneNumberTableModel::ExportRole;
    const QHeaderView *header = m_table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (!header->isSectionHidden(column))
            options.columns.append(column);
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    if (!CsvExport::write(*m_proxy, options, &file, error))
        return false;
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

// The folder an export is offered in: Documents, or home where there is no Documents folder (a
// file dialog opened on a folder that does not exist shows the working directory instead).
static QString exportFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QFileInfo(documents).isDir())
        return documents;
    return QStandardPaths::writableLocation(QStandardPaths::HomeLocation);
}

void MainWindow::exportCsv()
{
    const QString folder = exportFolder();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Numbers"),
            folder + u"/phone-numbers.csv"_s, tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;

    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    const bool written = exportCsvTo(path, &error);
    QApplication::restoreOverrideCursor();
    if (!written) {
        QMessageBox::warning(this, tr("Export Numbers"),
                tr("The numbers could not be saved to %1: %2").arg(path, error));
        return;
    }
    const QString scope = m_model->hasMore() ? tr(" (only the loaded numbers)") : QString();
    statusBar()->showMessage(
            tr("Saved to %1 (numbers: %Ln)%2", nullptr, m_proxy->rowCount()).arg(path, scope),
            8000);
}

void MainWindow::setSettings(QSettings *settings)
{
    m_settings = settings;
}

void MainWindow::restoreSettings()
{
    if (!m_settings)
        return;
    m_settings->beginGroup(u"mainWindow"_s);
    if (m_settings->value(u"layoutVersion"_s).toInt() == LayoutVersion) {
        QHeaderView *header = m_table->horizontalHeader();
        if (header->restoreState(m_settings->value(u"tableHeader"_s).toByteArray())) {
            // Never lose the number column to an odd saved state.
            header->setSectionHidden(PhoneNumberTableModel::NumberColumn, false);
            m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
        }
        m_splitter->restoreState(m_settings->value(u"splitter"_s).toByteArray());
        m_detailsPanelAction->setChecked(m_settings->value(u"detailsPanel"_s, true).toBool());
        const int status = m_statusFilter->findData(m_settings->value(u"statusFilter"_s));
        const QSignalBlocker blocker(m_statusFilter);
        m_statusFilter->setCurrentIndex(std::max(status, 0));
        restoreGeometry(m_settings->value(u"geometry"_s).toByteArray());
    }
    m_settings->endGroup();
}

void MainWindow::saveSettings() const
{
    if (!m_settings)
        return;
    m_settings->beginGroup(u"mainWindow"_s);
    m_settings->setValue(u"layoutVersion"_s, LayoutVersion);
    m_settings->setValue(u"tableHeader"_s, m_table->horizontalHeader()->saveState());
    m_settings->setValue(u"splitter"_s, m_splitter->saveState());
    m_settings->setValue(u"detailsPanel"_s, m_detailsPanelAction->isChecked());
    m_settings->setValue(u"statusFilter"_s, m_statusFilter->currentData().toString());
    m_settings->setValue(u"geometry"_s, saveGeometry());
    m_settings->endGroup();
}

void MainWindow::resetColumns()
{
    m_table->horizontalHeader()->restoreState(m_defaultHeaderState);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The search field takes Ctrl+E, Ctrl+D and Ctrl+B as editing keys on Linux; the commands
    // the menus show for them come first. Copy, paste and the other text keys stay the field's.
    if (watched == m_search && event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QKeySequence pressed(key->keyCombination());
        const bool textKey = key->matches(QKeySequence::Copy) || key->matches(QKeySequence::Cut)
                || key->matches(QKeySequence::Paste) || key->matches(QKeySequence::SelectAll)
                || key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo);
        if ((key->modifiers() & Qt::ControlModifier) && !textKey) {
            const QList<QAction *> actions = findChildren<QAction *>();
            const bool command = std::any_of(
                    actions.cbegin(), actions.cend(), [&pressed](const QAction *action) {
                        return action->isEnabled() && action->shortcuts().contains(pressed);
                    });
            if (command) {
                event->ignore();
                return true;
            }
        }
    }
    // Copying in the table copies numbers in E.164, or nothing: never the text of a cell.
    if (watched == m_table && event->type() == QEvent::KeyPress
            && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
        if (m_copyE164Action->isEnabled())
            m_copyE164Action->trigger();
        else
            statusBar()->showMessage(tr("Select a number to copy it."), 4000);
        return true;
    }
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        // Escape clears the search; Down or Enter goes to the results.
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return
                || key->key() == Qt::Key_Enter) {
            m_searchDelay->stop();
            m_proxy->setSearchText(m_search->text());
            m_table->setFocus(Qt::OtherFocusReason);
            if (m_proxy->rowCount() > 0) {
                // Highlights the row it lands on, so that the actions and the panel apply to it.
                const QModelIndex current = m_table->currentIndex();
                m_table->setCurrentIndex(current.isValid() ? current : m_proxy->index(0, 0));
            }
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

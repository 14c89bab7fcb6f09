#include "apiclient.h"
#include "detailspanel.h"
#include "embeddedsandbox.h"
#include "loadallbar.h"
#include "mainwindow.h"
#include "phonenumberfilterproxy.h"
#include "phonenumbertablemodel.h"

#include "../support/tablecsvreader.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

// The main window on the offscreen platform against the sandbox's demo workspace: search, sort,
// the details panel, the keyboard, saved layout and export, as a support agent uses them.
class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void opensWithFirstPage();
    void searchBoxFiltersAsTyped();
    void searchFromCommandLineCountsWhatIsShown();
    void searchOffersToLoadEverything();
    void servicesShowByName();
    void clickingAHeaderSortsLoadedRows();
    void detailsPanelFollowsTheSelection();
    void searchThatHidesTheChosenNumberLetsItGo();
    void detailsPanelSaysWhatIsMissingAndWrapsNotes();
    void keyboardDrivesTheTable();
    void refreshKeepsTheChosenNumber();
    void loadAllShowsProgressThenEverything();
    void loadingAllKeepsTheRowsOfASortedViewInPlace();
    void layoutAndStatusFilterPersist();
    void exportWritesTheViewAsCsv();
    void exportIsOfferedInDocumentsOrElseHome_data();
    void exportIsOfferedInDocumentsOrElseHome();
    void editsElsewhereUpdateRowAndPanel();
    void numberActionsJoinMenus();

private:
    std::unique_ptr<MainWindow> createWindow();
    void startAndWait(MainWindow *window, bool loadAll = false);
    QString searchFieldText() const;

    std::unique_ptr<Sandbox::EmbeddedSandbox> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Sandbox::Options options;
    options.apiKeys = {{u"test-key"_s, u"owner"_s}};
    options.seed = Sandbox::Seed::Demo;
    m_sandbox = std::make_unique<Sandbox::EmbeddedSandbox>(options);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
}

void tst_MainWindow::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_network.get(),
            ConnectionSettings{m_sandbox->baseUrl(), m_sandbox->workspaceId(), u"test-key"_s});
    m_settingsDir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(
            m_settingsDir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_window = createWindow();
}

void tst_MainWindow::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_client.reset();
    m_network.reset();
}

std::unique_ptr<MainWindow> tst_MainWindow::createWindow()
{
    auto window = std::make_unique<MainWindow>(m_client.get());
    window->setSettings(m_settings.get());
    return window;
}

void tst_MainWindow::startAndWait(MainWindow *window, bool loadAll)
{
    QSignalSpy loaded(window, &MainWindow::initialLoadFinished);
    window->show();
    window->start(loadAll);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 20000);
    QVERIFY(loaded.first().first().toBool());
}

void tst_MainWindow::opensWithFirstPage()
{
    startAndWait(m_window.get());
    QTableView *table = m_window->table();
    // The first page, and as many more as the view needs to fill its height: those may still be
    // on their way when the first has arrived.
    const auto *count = m_window->findChild<QLabel *>(u"countLabel"_s);
    QTRY_COMPARE(count->text(),
            u"Loaded %1 of 60 numbers; scroll to load more"_s.arg(table->model()->rowCount()));
    const int rows = table->model()->rowCount();
    QVERIFY(rows >= 20);
    QVERIFY(m_window->model()->hasMore());
    // The number column reads left to right and shows the national format.
    const QString shown
            = table->model()->index(0, PhoneNumberTableModel::NumberColumn).data().toString();
    QCOMPARE(shown.front(), QChar(0x2066));
    QVERIFY(!shown.contains(u"+1"_s));
}

void tst_MainWindow::searchBoxFiltersAsTyped()
{
    startAndWait(m_window.get());
    auto *search = m_window->findChild<QLineEdit *>(u"searchField"_s);
    QVERIFY(search);

    // Not on the first page: the search looks further by itself.
    QTest::keyClicks(search, u"(415) 555-0123"_s);
    QTRY_COMPARE(m_window->table()->model()->rowCount(), 1);
    QCOMPARE(m_window->table()->model()->index(0, 0).data(PhoneNumberTableModel::E164Role),
            QVariant(u"+14155550123"_s));

    search->clear();
    QTest::keyClicks(search, u"manhattan"_s);
    QTRY_COMPARE(m_window->table()->model()->rowCount(), 3);
    const auto *count = m_window->findChild<QLabel *>(u"countLabel"_s);
    QTRY_VERIFY2(count->text().startsWith(u"Matches: 3 among"_s), qPrintable(count->text()));

    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(search->text().isEmpty());
    QTRY_COMPARE(m_window->table()->model()->rowCount(), m_window->model()->rowCount());
}

void tst_MainWindow::searchFromCommandLineCountsWhatIsShown()
{
    m_window->setSearchText(u"Brooklyn"_s);
    startAndWait(m_window.get());
    QCOMPARE(searchFieldText(), u"Brooklyn"_s);
    QCOMPARE(m_window->table()->model()->rowCount(), 2);
    QVERIFY(m_window->model()->rowCount() >= 20);
}

void tst_MainWindow::searchOffersToLoadEverything()
{
    // No automatic fetching for the search: it covers the first page only.
    m_window->proxy()->setAutoFetchLimit(0);
    m_window->setSearchText(u"Manhattan"_s);
    startAndWait(m_window.get());
    QVERIFY(m_window->model()->hasMore());
    auto *bar = m_window->findChild<LoadAllBar *>();
    QTRY_VERIFY(!bar->isHidden());
    const int loaded = m_window->model()->rowCount();
    QCOMPARE(
            bar->text(), u"Filtered among %1 loaded; load all to search everything."_s.arg(loaded));

    bar->findChild<QAbstractButton *>(u"loadAllButton"_s)->click();
    QTRY_VERIFY(!m_window->model()->isLoadingAll() && !m_window->model()->hasMore());
    QCOMPARE(m_window->table()->model()->rowCount(), 3);
    QTRY_VERIFY(bar->isHidden());
}

void tst_MainWindow::servicesShowByName()
{
    startAndWait(m_window.get());
    const QAbstractItemModel *shown = m_window->table()->model();
    int named = 0;
    for (int row = 0; row < shown->rowCount(); ++row) {
        const PhoneNumber number = shown->index(row, 0)
                                           .data(PhoneNumberTableModel::PhoneNumberRole)
                                           .value<PhoneNumber>();
        if (!number.inboundServiceId)
            continue;
        const QModelIndex service = shown->index(row, PhoneNumberTableModel::InboundServiceColumn);
        QTRY_VERIFY(!service.data().toString().contains(u"Unknown"_s));
        QVERIFY(!service.data().toString().contains(*number.inboundServiceId));
        ++named;
    }
    QVERIFY(named > 0);
}

QString tst_MainWindow::searchFieldText() const
{
    return m_window->findChild<QLineEdit *>(u"searchField"_s)->text();
}

void tst_MainWindow::clickingAHeaderSortsLoadedRows()
{
    startAndWait(m_window.get());
    QHeaderView *header = m_window->table()->horizontalHeader();
    const int x = header->sectionViewportPosition(PhoneNumberTableModel::DisplayNameColumn) + 10;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));

    QCOMPARE(m_window->proxy()->sortColumn(), int(PhoneNumberTableModel::DisplayNameColumn));
    QStringList names;
    for (int row = 0; row < m_window->proxy()->rowCount(); ++row)
        names.append(m_window->proxy()
                             ->index(row, PhoneNumberTableModel::DisplayNameColumn)
                             .data(PhoneNumberTableModel::ExportRole)
                             .toString());
    names.removeAll(QString());
    for (qsizetype i = 1; i < names.size(); ++i)
        QVERIFY(names.at(i - 1).toCaseFolded() <= names.at(i).toCaseFolded());

    // Only some numbers are loaded: the sort says so.
    const auto *scope = m_window->findChild<QLabel *>(u"sortScopeLabel"_s);
    QVERIFY2(scope->text().contains(u"loaded"_s), qPrintable(scope->text()));
    QVERIFY(!scope->isHidden());

    // A passing message covers it, also when the status changes meanwhile, and then it is back.
    m_window->statusBar()->showMessage(u"Copied +12015550123"_s);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QCOMPARE(m_window->proxy()->sortOrder(), Qt::DescendingOrder);
    QVERIFY(scope->isHidden());
    m_window->statusBar()->clearMessage();
    QVERIFY(!scope->isHidden());
    QVERIFY2(scope->text().contains(u"loaded"_s), qPrintable(scope->text()));
}

void tst_MainWindow::detailsPanelFollowsTheSelection()
{
    startAndWait(m_window.get());
    QTableView *table = m_window->table();
    const QModelIndex second = table->model()->index(1, 0);
    DetailsPanel *panel = m_window->detailsPanel();
    // Until a number is selected the table has the whole width.
    QVERIFY(panel->isHidden());
    table->setCurrentIndex(second);
    QVERIFY(!panel->isHidden());

    const QString e164 = second.data(PhoneNumberTableModel::E164Role).toString();
    QVERIFY(panel->number());
    QCOMPARE(panel->number()->phoneNumber, e164);
    QVERIFY(panel->fieldText(u"e164Field"_s).contains(e164));
    QVERIFY(!panel->fieldText(u"createdField"_s).isEmpty());
    QVERIFY(!panel->fieldText(u"updatedField"_s).isEmpty());
    QVERIFY(!panel->fieldText(u"countryField"_s).isEmpty());
    // Services by name, never by id.
    const QString service = panel->fieldText(u"inboundServiceField"_s);
    QTRY_VERIFY(!service.contains(panel->number()->inboundServiceId.value_or(u"-"_s)));

    auto *copyE164 = panel->findChild<QAbstractButton *>(u"copyE164Button"_s);
    QVERIFY(copyE164);
    copyE164->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), e164);
    panel->findChild<QAbstractButton *>(u"copyNationalButton"_s)->click();
    QCOMPARE(QGuiApplication::clipboard()->text(),
            second.data(PhoneNumberTableModel::NationalRole).toString());
}

void tst_MainWindow::searchThatHidesTheChosenNumberLetsItGo()
{
    startAndWait(m_window.get());
    QTableView *table = m_window->table();
    table->selectRow(1);
    const QString chosen = table->currentIndex().data(PhoneNumberTableModel::E164Role).toString();
    auto *copy = m_window->findChild<QAction *>(u"copyE164Action"_s);
    QVERIFY(copy->isEnabled());
    QVERIFY(!m_window->detailsPanel()->isHidden());

    // A search the chosen number does not match: nothing is left chosen, nothing shows it.
    m_window->proxy()->setSearchText(u"no such number anywhere"_s);
    QCOMPARE(m_window->proxy()->rowCount(), 0);
    QVERIFY(!copy->isEnabled());
    QVERIFY(m_window->detailsPanel()->isHidden());
    QVERIFY(!m_window->detailsPanel()->number());

    // Choosing again works as before.
    m_window->proxy()->setSearchText(QString());
    table->selectRow(1);
    QVERIFY(copy->isEnabled());
    QCOMPARE(m_window->detailsPanel()->number()->phoneNumber, chosen);
}

void tst_MainWindow::detailsPanelSaysWhatIsMissingAndWrapsNotes()
{
    startAndWait(m_window.get());
    QTableView *table = m_window->table();
    table->setCurrentIndex(table->model()->index(0, 0));
    std::optional<PhoneNumber> number = m_window->currentNumber();
    QVERIFY(number);
    number->providerPhoneSid.reset();
    number->channelPhoneId.reset();
    number->displayName.clear();
    number->notes
            = u"Printed on appointment cards and on the clinic's website; do not change "
              "the routing without telling the front desk first, because the receptionists "
              "forward every after-hours call to the on-call nurse from this number. See "
              "https://intranet.example/clinics/riverside/phone-routing-and-escalation-policy "
              "ticket 7f3a9c2e1b4d8f6a0c5e9b2d7a4f1c8e3b6d9a2f5c8e1b4d7a0f3c6e9b2d5a8f"_s;
    m_window->upsertNumber(*number);
    DetailsPanel *panel = m_window->detailsPanel();
    QVERIFY(panel->isVisible());

    // Every field has its row, in the same place for every number, and none is blank.
    const auto fields = panel->findChildren<QWidget *>(QRegularExpression(u"Field$"_s));
    QVERIFY(fields.size() >= 16);
    for (const QWidget *field : fields) {
        QVERIFY2(field->isVisible(), qPrintable(field->objectName()));
        QVERIFY2(!panel->fieldText(field->objectName()).trimmed().isEmpty(),
                qPrintable(field->objectName()));
    }
    QVERIFY(panel->fieldText(u"notesField"_s).contains(number->notes));
    for (const QString &empty :
            {u"providerSidField"_s, u"channelPhoneIdField"_s, u"displayNameField"_s}) {
        QCOMPARE(panel->fieldText(empty), DetailsPanel::emptyFieldMarker());
        const QString name = panel->findChild<QWidget *>(empty)->accessibleName();
        QVERIFY2(name.endsWith(u": None"_s), qPrintable(name));
    }

    // Long notes wrap inside the panel instead of widening it.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    auto *scroll = panel->findChild<QScrollArea *>();
    QVERIFY(scroll);
    QTRY_COMPARE(scroll->horizontalScrollBar()->maximum(), 0);
    const auto *notes = panel->findChild<QWidget *>(u"notesField"_s);
    QVERIFY(notes->height() > 2 * notes->fontMetrics().height());
}

void tst_MainWindow::keyboardDrivesTheTable()
{
    startAndWait(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto *search = m_window->findChild<QLineEdit *>(u"searchField"_s);
    QTableView *table = m_window->table();

    // Ctrl+F goes to the search; Down goes to the first result.
    table->setFocus();
    QTest::keySequence(m_window.get(), QKeySequence::Find);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, u"Chicago"_s);
    QTest::keyClick(search, Qt::Key_Down);
    QVERIFY(table->hasFocus());
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(table->currentIndex().row(), 0);

    // Enter shows the details; Ctrl+C copies the number.
    auto *panelAction = m_window->findChild<QAction *>(u"detailsPanelAction"_s);
    panelAction->setChecked(false);
    QVERIFY(m_window->detailsPanel()->isHidden());
    QTest::keyClick(table, Qt::Key_Return);
    QVERIFY(!m_window->detailsPanel()->isHidden());
    QVERIFY(m_window->detailsPanel()->fieldText(u"displayNameField"_s).contains(u"Chicago"_s));

    QGuiApplication::clipboard()->clear();
    QTest::keySequence(m_window.get(), QKeySequence::Copy);
    QCOMPARE(QGuiApplication::clipboard()->text(),
            table->currentIndex().data(PhoneNumberTableModel::E164Role).toString());

    // With no number chosen, Ctrl+C in the table copies nothing, not the text of a cell.
    table->clearSelection();
    QVERIFY(table->currentIndex().isValid());
    QGuiApplication::clipboard()->setText(u"kept"_s);
    QTest::keySequence(table, QKeySequence::Copy);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"kept"_s);

    // The menus' Ctrl+ keys work from the search field too, where a line edit takes some of
    // them for editing (Ctrl+E, Ctrl+D, Ctrl+B on Linux); Ctrl+C there still copies its text.
    const auto fieldTakes = [search](const QKeySequence &sequence) {
        QKeyEvent override(
                QEvent::ShortcutOverride, sequence[0].key(), sequence[0].keyboardModifiers());
        override.ignore();
        QCoreApplication::sendEvent(search, &override);
        return override.isAccepted();
    };
    auto *exportAction = m_window->findChild<QAction *>(u"exportCsvAction"_s);
    QVERIFY(exportAction->isEnabled());
    QVERIFY(!fieldTakes(exportAction->shortcut()));
    // Any command of the window, such as the editing ones the app adds. Ctrl+Left, which the
    // field uses to move by words on every platform, stands in for the keys only Linux's
    // key bindings give it.
    QVERIFY(fieldTakes(QKeySequence(u"Ctrl+Left"_s)));
    auto *command = new QAction(m_window.get());
    command->setShortcuts(
            {QKeySequence(u"Ctrl+Left"_s), QKeySequence(u"Ctrl+D"_s), QKeySequence(u"Ctrl+B"_s)});
    m_window->addAction(command);
    QVERIFY(!fieldTakes(QKeySequence(u"Ctrl+Left"_s)));
    QVERIFY(!fieldTakes(QKeySequence(u"Ctrl+D"_s)));
    QVERIFY(!fieldTakes(QKeySequence(u"Ctrl+B"_s)));
    delete command;
    QVERIFY(fieldTakes(QKeySequence::Copy));
    QVERIFY(fieldTakes(QKeySequence(Qt::Key_Delete)));

    // F5 reloads from the first page.
    QSignalSpy resets(m_window->model(), &QAbstractItemModel::modelReset);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QCOMPARE(resets.size(), 1);
}

void tst_MainWindow::refreshKeepsTheChosenNumber()
{
    startAndWait(m_window.get());
    QTableView *table = m_window->table();
    table->setCurrentIndex(table->model()->index(5, 0));
    const std::optional<PhoneNumber> chosen = m_window->currentNumber();
    QVERIFY(chosen);

    QSignalSpy resets(m_window->model(), &QAbstractItemModel::modelReset);
    m_window->refresh();
    QCOMPARE(resets.size(), 1);
    QTRY_VERIFY(m_window->currentNumber().has_value());
    QCOMPARE(m_window->currentNumber()->id, chosen->id);
    QCOMPARE(m_window->selectedNumbers().size(), 1);
    QVERIFY(!m_window->detailsPanel()->isHidden());
}

void tst_MainWindow::loadAllShowsProgressThenEverything()
{
    startAndWait(m_window.get());
    auto *bar = m_window->findChild<LoadAllBar *>();
    QVERIFY(bar);
    QSignalSpy progress(m_window->model(), &PhoneNumberTableModel::loadAllProgress);

    m_window->findChild<QAction *>(u"loadAllAction"_s)->trigger();
    QVERIFY(bar->isShowingProgress());
    QTRY_VERIFY(!m_window->model()->isLoadingAll());

    QCOMPARE(m_window->model()->rowCount(), 60);
    QVERIFY(!m_window->model()->hasMore());
    QVERIFY(progress.size() >= 2);
    QVERIFY(bar->isHidden());
    QVERIFY(!m_window->findChild<QAction *>(u"loadAllAction"_s)->isEnabled());
}

void tst_MainWindow::loadingAllKeepsTheRowsOfASortedViewInPlace()
{
    startAndWait(m_window.get());
    QTableView *table = m_window->table();
    table->sortByColumn(PhoneNumberTableModel::DisplayNameColumn, Qt::AscendingOrder);
    QVERIFY(table->verticalScrollBar()->maximum() > 3);
    table->verticalScrollBar()->setValue(3);
    const auto topRow = [table] {
        return table->indexAt(QPoint(0, 0)).data(PhoneNumberTableModel::IdRole).toString();
    };
    const QString top = topRow();
    QVERIFY(!top.isEmpty());
    const int rowBefore = table->indexAt(QPoint(0, 0)).row();

    m_window->findChild<QAction *>(u"loadAllAction"_s)->trigger();
    QTRY_VERIFY(!m_window->model()->isLoadingAll());
    QCOMPARE(m_window->model()->rowCount(), 60);

    // Rows sorted in above it, yet the same number is at the top, under the pointer.
    QVERIFY(table->indexAt(QPoint(0, 0)).row() > rowBefore);
    QCOMPARE(topRow(), top);
}

void tst_MainWindow::layoutAndStatusFilterPersist()
{
    startAndWait(m_window.get());
    QHeaderView *header = m_window->table()->horizontalHeader();
    header->resizeSection(PhoneNumberTableModel::DisplayNameColumn, 333);
    header->moveSection(header->visualIndex(PhoneNumberTableModel::StatusColumn), 0);
    header->setSectionHidden(PhoneNumberTableModel::CapabilitiesColumn, true);
    m_window->table()->sortByColumn(PhoneNumberTableModel::UpdatedColumn, Qt::DescendingOrder);
    auto *status = m_window->findChild<QComboBox *>(u"statusFilter"_s);
    status->setCurrentIndex(status->findData(u"inactive"_s));
    QTRY_VERIFY(!m_window->model()->isLoading());
    m_window->close();

    // A new window, as after a restart.
    auto reopened = createWindow();
    startAndWait(reopened.get());
    QHeaderView *restored = reopened->table()->horizontalHeader();
    QCOMPARE(restored->sectionSize(PhoneNumberTableModel::DisplayNameColumn), 333);
    QCOMPARE(restored->visualIndex(PhoneNumberTableModel::StatusColumn), 0);
    QVERIFY(restored->isSectionHidden(PhoneNumberTableModel::CapabilitiesColumn));
    QCOMPARE(reopened->proxy()->sortColumn(), int(PhoneNumberTableModel::UpdatedColumn));
    QCOMPARE(reopened->proxy()->sortOrder(), Qt::DescendingOrder);
    QCOMPARE(reopened->model()->statusFilter(), std::optional<QString>(u"inactive"_s));
    for (int row = 0; row < reopened->model()->rowCount(); ++row)
        QCOMPARE(reopened->model()->numberAt(row)->status, u"inactive"_s);

    // The command line's status wins over the saved one.
    auto overridden = createWindow();
    overridden->setInitialStatusFilter(u"active"_s);
    startAndWait(overridden.get());
    QCOMPARE(overridden->model()->statusFilter(), std::optional<QString>(u"active"_s));
}

void tst_MainWindow::exportWritesTheViewAsCsv()
{
    startAndWait(m_window.get(), true);
    m_window->table()->horizontalHeader()->setSectionHidden(
            PhoneNumberTableModel::CapabilitiesColumn, true);
    m_window->proxy()->setSearchText(u"clinic"_s);
    m_window->table()->sortByColumn(PhoneNumberTableModel::NumberColumn, Qt::DescendingOrder);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"numbers.csv"_s);
    QString error;
    QVERIFY2(m_window->exportCsvTo(path, &error), qPrintable(error));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const auto records = readCsv(QString::fromUtf8(bytes.mid(3)));
    QVERIFY(records);

    const QAbstractItemModel *shown = m_window->table()->model();
    QCOMPARE(records->size(), shown->rowCount() + 1);
    QCOMPARE(records->first().size(), PhoneNumberTableModel::ColumnCount - 1);
    QCOMPARE(records->first().first(), u"Number"_s);
    QVERIFY(!records->first().contains(u"Capabilities"_s));
    for (int row = 0; row < shown->rowCount(); ++row) {
        const QStringList &record = records->at(row + 1);
        QCOMPARE(record.first(), shown->index(row, 0).data(PhoneNumberTableModel::E164Role));
        QVERIFY(record.first().startsWith(u'+'));
        QVERIFY(record.at(PhoneNumberTableModel::DisplayNameColumn)
                        .contains(u"clinic"_s, Qt::CaseInsensitive));
    }
    QVERIFY(records->at(1).first() > records->at(2).first());
}

void tst_MainWindow::exportIsOfferedInDocumentsOrElseHome_data()
{
    QTest::addColumn<bool>("hasDocuments");

    QTest::newRow("Documents exists") << true;
    QTest::newRow("no Documents folder") << false;
}

void tst_MainWindow::exportIsOfferedInDocumentsOrElseHome()
{
    QFETCH(bool, hasDocuments);

    QTemporaryDir home;
    QVERIFY(home.isValid());
    if (hasDocuments)
        QVERIFY(QDir(home.path()).mkdir(u"Documents"_s));
    const QByteArray oldHome = qgetenv("HOME");
    qputenv("HOME", QFile::encodeName(home.path()));
    const auto restoreHome = qScopeGuard([&] { qputenv("HOME", oldHome); });
    const QString expected = hasDocuments ? home.filePath(u"Documents"_s) : home.path();
    QCOMPARE(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            home.filePath(u"Documents"_s));

    // The file dialog is modal: read where it opened, then close it without saving.
    QString offeredFolder;
    QString offeredFile;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll.stop();
        offeredFolder = dialog->directory().absolutePath();
        offeredFile = dialog->selectedFiles().value(0);
        dialog->reject();
    });
    poll.start(10);
    m_window->exportCsv();

    QCOMPARE(offeredFolder, QDir(expected).absolutePath());
    QCOMPARE(offeredFile, QDir(expected).absoluteFilePath(u"phone-numbers.csv"_s));
}

void tst_MainWindow::editsElsewhereUpdateRowAndPanel()
{
    startAndWait(m_window.get());
    QTableView *table = m_window->table();
    // Pages the view asked for to fill its height may still be arriving.
    const auto *count = m_window->findChild<QLabel *>(u"countLabel"_s);
    QVERIFY(count);
    QTRY_COMPARE(count->text(),
            u"Loaded %1 of 60 numbers; scroll to load more"_s.arg(table->model()->rowCount()));
    table->setCurrentIndex(table->model()->index(0, 0));
    std::optional<PhoneNumber> number = m_window->currentNumber();
    QVERIFY(number);

    number->displayName = u"Renamed elsewhere"_s;
    m_window->upsertNumber(*number);
    QCOMPARE(m_window->detailsPanel()->fieldText(u"displayNameField"_s),
            u"\u2068Renamed elsewhere\u2069"_s);
    QCOMPARE(table->model()
                     ->index(0, PhoneNumberTableModel::DisplayNameColumn)
                     .data(PhoneNumberTableModel::ExportRole),
            QVariant(u"Renamed elsewhere"_s));

    const int rows = table->model()->rowCount();
    m_window->removeNumber(number->id);
    QCOMPARE(table->model()->rowCount(), rows - 1);
    // The neighbour that became current is not highlighted, so nothing may act on it.
    QVERIFY(!m_window->currentNumber());
    QVERIFY(m_window->selectedNumbers().isEmpty());
    QVERIFY(m_window->detailsPanel()->isHidden());
    // The freed space may have the view ask for the next page at once, so only the count is
    // certain here, not what follows it.
    QVERIFY2(count->text().startsWith(u"Loaded %1 of 59 numbers;"_s.arg(rows - 1)),
            qPrintable(count->text()));
}

void tst_MainWindow::numberActionsJoinMenus()
{
    auto *edit = new QAction(u"Edit…"_s, m_window.get());
    m_window->addNumberAction(edit);
    QVERIFY(m_window->numberMenu()->actions().contains(edit));
    QVERIFY(m_window->fileMenu() && m_window->viewMenu() && m_window->helpMenu());
    QVERIFY(m_window->mainToolBar());
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"

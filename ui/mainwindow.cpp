#include "mainwindow.h"

#include "apiclient.h"
#include "columnchooser.h"
#include "detailspanel.h"
#include "loadallbar.h"
#include "messagebanner.h"
#include "phonenumberfilterproxy.h"
#include "phonenumbertablemodel.h"
#include "phonenumbertext.h"
#include "servicenames.h"
#include "tablestatus.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

// Typing pauses this long before the search runs, so a fast typist does not filter every letter.
static constexpr int SearchDelayMs = 120;

MainWindow::MainWindow(ApiClient *client, QWidget *parent)
    : QMainWindow(parent)
    , m_model(new PhoneNumberTableModel(client, this))
    , m_proxy(new PhoneNumberFilterProxy(m_model, this))
    , m_serviceNames(new ServiceNames(client, this))
    , m_table(new QTableView(this))
    , m_banner(new MessageBanner(this))
    , m_loadAllBar(new LoadAllBar(this))
    , m_details(new DetailsPanel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_statusFilter(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_countLabel(new QLabel(this))
    , m_sortLabel(new QLabel(this))
    , m_connectionLabel(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Amigo Numbers"));

    setupTable();

    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setCollapsible(0, false);
    m_details->setMinimumWidth(260);
    // Shown once a number is selected: until then the table has the whole width.
    m_details->hide();

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);
    // Below the table, beside the status line it adds to: when it comes and goes, the rows stay
    // where they are under the pointer.
    layout->addWidget(m_loadAllBar);
    setCentralWidget(central);

    createActions();
    createMenus();
    createToolBar();

    m_countLabel->setObjectName(u"countLabel"_s);
    m_sortLabel->setObjectName(u"sortScopeLabel"_s);
    m_connectionLabel->setObjectName(u"connectionLabel"_s);
    statusBar()->addWidget(m_countLabel, 1);
    statusBar()->addWidget(m_sortLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);

    connectModel();

    resize(1280, 680);
    m_splitter->setSizes({980, 300});
    updateStatus();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::setupTable()
{
    m_table->setObjectName(u"phoneNumberTable"_s);
    m_table->setAccessibleName(tr("Phone numbers"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);

    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    header->setSortIndicatorShown(true);
    // No sort at first: the server's order, until someone clicks a column.
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);

    const QFontMetrics metrics = m_table->fontMetrics();
    const auto width = [&metrics](const QString &sample) {
        return metrics.horizontalAdvance(sample) + 24;
    };
    header->resizeSection(PhoneNumberTableModel::NumberColumn, width(u"+44 20 7946 0000 00"_s));
    header->resizeSection(PhoneNumberTableModel::CountryColumn, width(u"GB United Kingdom"_s));
    header->resizeSection(
            PhoneNumberTableModel::DisplayNameColumn, width(u"Front desk – after hours line"_s));
    // The longest values of the columns whose words are translated, in the user's language.
    header->resizeSection(PhoneNumberTableModel::StatusColumn,
            width(PhoneNumberText::status(u"inactive"_s) + u' '));
    header->resizeSection(PhoneNumberTableModel::CapabilitiesColumn,
            width(PhoneNumberText::capabilities({u"inbound"_s, u"outbound"_s})));
    header->resizeSection(
            PhoneNumberTableModel::InboundServiceColumn, width(u"After-hours answering"_s));
    header->resizeSection(PhoneNumberTableModel::ForwardingColumn,
            width(PhoneNumberText::forwardingE164(
                    ForwardingConfig{false, u"+1 212-555-0199"_s, true})));
    for (int column = 0; column < PhoneNumberTableModel::ColumnCount; ++column) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        const int minimum = width(title) + 16;
        if (header->sectionSize(column) < minimum)
            header->resizeSection(column, minimum);
    }
    m_defaultHeaderState = header->saveState();

    m_columns = new ColumnChooser(header, {PhoneNumberTableModel::NumberColumn}, this);
    connect(m_columns, &ColumnChooser::resetRequested, this, &MainWindow::resetColumns);

    connect(m_table, &QTableView::activated, this, &MainWindow::showDetails);
    connect(m_table, &QWidget::customContextMenuRequested, this, &MainWindow::showContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentRowChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::onCurrentRowChanged);
    // Choosing another number while the list reloads overrides choosing the old one again.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (m_table->selectionModel()->hasSelection())
            m_reselectAfterRefresh.clear();
    });
    connect(header, &QHeaderView::sortIndicatorChanged, this, &MainWindow::updateStatus);
}

void MainWindow::createActions()
{
    m_refreshAction = new QAction(QIcon::fromTheme(u"view-refresh"_s), tr("&Refresh"), this);
    m_refreshAction->setObjectName(u"refreshAction"_s);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setToolTip(tr("Reload the list from the server (F5)"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_loadAllAction = new QAction(QIcon::fromTheme(u"go-bottom"_s), tr("&Load All"), this);
    m_loadAllAction->setObjectName(u"loadAllAction"_s);
    m_loadAllAction->setToolTip(tr("Load every page, so that search and sort cover all numbers"));
    connect(m_loadAllAction, &QAction::triggered, this, &MainWindow::loadAll);

    m_exportAction = new QAction(QIcon::fromTheme(u"document-export"_s), tr("&Export CSV…"), this);
    m_exportAction->setObjectName(u"exportCsvAction"_s);
    m_exportAction->setShortcut(tr("Ctrl+E"));
    m_exportAction->setIconText(tr("Export CSV…", "tool bar button; keep it short"));
    m_exportAction->setToolTip(tr("Save the numbers as shown (searched, sorted, visible columns) "
                                  "to a CSV file"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportCsv);

    m_findAction = new QAction(QIcon::fromTheme(u"edit-find"_s), tr("&Find…"), this);
    m_findAction->setObjectName(u"findAction"_s);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, &MainWindow::focusSearch);

    m_copyE164Action = new QAction(QIcon::fromTheme(u"edit-copy"_s), tr("&Copy Number"), this);
    m_copyE164Action->setObjectName(u"copyE164Action"_s);
    m_copyE164Action->setShortcut(QKeySequence::Copy);
    m_copyE164Action->setToolTip(tr("Copy the selected numbers in E.164 format (+12015550123)"));
    connect(m_copyE164Action, &QAction::triggered, this, &MainWindow::copyE164);

    m_copyNationalAction = new QAction(tr("Copy in &National Format"), this);
    m_copyNationalAction->setObjectName(u"copyNationalAction"_s);
    m_copyNationalAction->setShortcut(tr("Ctrl+Shift+C"));
    connect(m_copyNationalAction, &QAction::triggered, this, &MainWindow::copyNational);

    m_showDetailsAction = new QAction(tr("Show &Details"), this);
    m_showDetailsAction->setObjectName(u"showDetailsAction"_s);
    // Enter on a row shows the details too (the view's activated signal).
    m_showDetailsAction->setShortcut(tr("Ctrl+I"));
    connect(m_showDetailsAction, &QAction::triggered, this, &MainWindow::showDetails);

    m_detailsPanelAction = new QAction(tr("Details &Panel"), this);
    m_detailsPanelAction->setObjectName(u"detailsPanelAction"_s);
    m_detailsPanelAction->setCheckable(true);
    m_detailsPanelAction->setChecked(true);
    m_detailsPanelAction->setShortcut(tr("F9"));
    connect(m_detailsPanelAction, &QAction::toggled, this, &MainWindow::onCurrentRowChanged);

    m_serverOrderAction = new QAction(tr("&Server Order"), this);
    m_serverOrderAction->setObjectName(u"serverOrderAction"_s);
    m_serverOrderAction->setToolTip(tr("Show the numbers in the order the server lists them"));
    connect(m_serverOrderAction, &QAction::triggered, this,
            [this] { m_table->sortByColumn(-1, Qt::AscendingOrder); });

    m_numberActions = {m_showDetailsAction, m_copyE164Action, m_copyNationalAction};
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu->setObjectName(u"fileMenu"_s);
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addSeparator();
    QAction *quit = m_fileMenu->addAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit"),
            QKeySequence::Quit, this, &QWidget::close);
    quit->setObjectName(u"quitAction"_s);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_editMenu->setObjectName(u"editMenu"_s);
    m_editMenu->addAction(m_copyE164Action);
    m_editMenu->addAction(m_copyNationalAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_findAction);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(u"viewMenu"_s);
    m_viewMenu->addAction(m_refreshAction);
    m_viewMenu->addAction(m_loadAllAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_detailsPanelAction);
    m_viewMenu->addMenu(m_columns->menu());
    m_viewMenu->addAction(m_serverOrderAction);

    m_numberMenu = menuBar()->addMenu(tr("&Number"));
    m_numberMenu->setObjectName(u"numberMenu"_s);
    m_numberMenu->addAction(m_showDetailsAction);
    m_numberMenu->addAction(m_copyE164Action);
    m_numberMenu->addAction(m_copyNationalAction);
    m_numberMenu->addSeparator();

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu->setObjectName(u"helpMenu"_s);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(tr("Main"));
    m_toolBar->setObjectName(u"mainToolBar"_s);
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_refreshAction);
    m_toolBar->addSeparator();

    auto *filterLabel = new QLabel(tr("&Status:"), this);
    filterLabel->setBuddy(m_statusFilter);
    filterLabel->setContentsMargins(6, 0, 4, 0);
    m_statusFilter->setObjectName(u"statusFilter"_s);
    m_statusFilter->setAccessibleName(tr("Status filter"));
    m_statusFilter->addItem(tr("All numbers"), QString());
    m_statusFilter->addItem(tr("Active"), u"active"_s);
    m_statusFilter->addItem(tr("Inactive"), u"inactive"_s);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            &MainWindow::onStatusFilterChanged);
    m_toolBar->addWidget(filterLabel);
    m_toolBar->addWidget(m_statusFilter);
    m_toolBar->addSeparator();

    m_search->setObjectName(u"searchField"_s);
    m_search->setAccessibleName(tr("Search"));
    m_search->setPlaceholderText(tr("Search numbers, names and notes (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    m_search->setMaximumWidth(420);
    m_search->installEventFilter(this);
    m_table->installEventFilter(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this,
            [this] { m_proxy->setSearchText(m_search->text()); });
    m_toolBar->addWidget(m_search);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_loadAllAction);
    m_toolBar->addAction(m_exportAction);
}

void MainWindow::connectModel()
{
    connect(m_model, &PhoneNumberTableModel::pageLoaded, this, [this] {
        reselectAfterRefresh();
        updateStatus();
        if (m_waitingForFirstPage) {
            m_waitingForFirstPage = false;
            Q_EMIT firstPageFinished(true);
        }
    });
    connect(m_model, &PhoneNumberTableModel::loadingChanged, this, [this] {
        updateStatus();
        checkInitialLoad();
    });
    connect(m_model, &PhoneNumberTableModel::loadingAllChanged, this, [this] {
        updateStatus();
        updateActions();
        checkInitialLoad();
    });
    connect(m_model, &PhoneNumberTableModel::loadAllProgress, m_loadAllBar,
            &LoadAllBar::showProgress);
    connect(m_model, &PhoneNumberTableModel::loadAllWaiting, this, [this](int seconds) {
        m_loadAllBar->showWaiting(
                tr("Waiting for the server's rate limit (%n s)…", nullptr, seconds));
    });
    connect(m_model, &PhoneNumberTableModel::loadFailed, this, &MainWindow::onLoadFailed);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        if (m_proxy->sortColumn() >= 0)
            m_topRowAnchor = m_table->indexAt(QPoint(0, 0));
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        // The proxy has placed the new rows by now: it took the signal first.
        if (m_topRowAnchor.isValid())
            m_table->scrollTo(m_topRowAnchor, QAbstractItemView::PositionAtTop);
        m_topRowAnchor = QPersistentModelIndex();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatus);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatus);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateStatus);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &MainWindow::onCurrentRowChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::onCurrentRowChanged);
    // A search can hide the chosen number in one layout change, which the selection model
    // follows without a signal of its own.
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::onCurrentRowChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::onCurrentRowChanged);
    connect(m_proxy, &PhoneNumberFilterProxy::autoFetchPausedChanged, this,
            &MainWindow::updateStatus);

    connect(m_loadAllBar, &LoadAllBar::loadAllRequested, this, &MainWindow::loadAll);
    connect(m_loadAllBar, &LoadAllBar::cancelRequested, m_model,
            &PhoneNumberTableModel::cancelLoadAll);
    connect(m_banner, &MessageBanner::retryRequested, this, [this] {
        m_banner->clear();
        if (m_model->rowCount() == 0 && !m_model->isLoading())
            m_model->refresh();
        else
            m_model->retry();
    });
    connect(m_serviceNames, &ServiceNames::loaded, m_model,
            &PhoneNumberTableModel::setServiceNames);
}

void MainWindow::addNumberAction(QAction *action)
{
    m_numberActions.append(action);
    m_numberMenu->addAction(action);
}

void MainWindow::setConnectionName(const QString &name, bool isSandbox)
{
    setWindowTitle(tr("%1 — Amigo Numbers").arg(name));
    m_connectionLabel->setText(isSandbox ? tr("Local sandbox: demo data, not real numbers")
                                         : tr("Connected to %1").arg(name));
}

void MainWindow::setSearchText(const QString &text)
{
    const QSignalBlocker blocker(m_search);
    m_search->setText(text);
    m_proxy->setSearchText(text);
    updateStatus();
}

void MainWindow::setInitialStatusFilter(const std::optional<QString> &status)
{
    m_initialStatus = status;
}

void MainWindow::start(bool loadAll)
{
    restoreSettings();
    if (m_initialStatus) {
        const int index = m_statusFilter->findData(*m_initialStatus);
        const QSignalBlocker blocker(m_statusFilter);
        m_statusFilter->setCurrentIndex(std::max(index, 0));
    }
    const QString status = m_statusFilter->currentData().toString();

    m_waitingForFirstPage = true;
    m_waitingForInitialLoad = true;
    m_serviceNames->load();
    m_model->setStatusFilter(status.isEmpty() ? std::nullopt : std::optional<QString>(status));
    if (loadAll)
        m_model->loadAll();
}

void MainWindow::refresh()
{
    const std::optional<PhoneNumber> current = currentNumber();
    m_reselectAfterRefresh = current ? current->id : QString();
    m_banner->clear();
    m_serviceNames->load();
    m_model->refresh();
}

void MainWindow::reselectAfterRefresh()
{
    if (m_reselectAfterRefresh.isEmpty())
        return;
    const int row = m_model->rowOfId(m_reselectAfterRefresh);
    if (row < 0) {
        // Still on a page not loaded yet, or gone from the workspace.
        if (!m_model->hasMore())
            m_reselectAfterRefresh.clear();
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_reselectAfterRefresh.clear();
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void MainWindow::loadAll()
{
    m_banner->clear();
    m_model->loadAll();
}

void MainWindow::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void MainWindow::upsertNumber(const PhoneNumber &number)
{
    m_model->upsertNumber(number);
}

void MainWindow::removeNumber(const QString &id)
{
    m_model->removeNumber(id);
}

void MainWindow::onStatusFilterChanged()
{
    const QString status = m_statusFilter->currentData().toString();
    m_banner->clear();
    applyStatusFilter(status.isEmpty() ? std::nullopt : std::optional<QString>(status));
    saveSettings();
}

void MainWindow::applyStatusFilter(const std::optional<QString> &status)
{
    m_model->setStatusFilter(status);
}

void MainWindow::onLoadFailed(const ApiError &error)
{
    // A list whose paging stopped cannot be retried page by page; its text says to refresh.
    m_banner->showMessage(MessageBanner::Level::Error, error.fullText(), !m_model->isIncomplete());
    updateStatus();
    if (m_waitingForFirstPage) {
        m_waitingForFirstPage = false;
        Q_EMIT firstPageFinished(false);
    }
    if (m_waitingForInitialLoad) {
        m_waitingForInitialLoad = false;
        Q_EMIT initialLoadFinished(false);
    }
}

void MainWindow::checkInitialLoad()
{
    if (!m_waitingForInitialLoad || m_initialCheckQueued)
        return;
    // Queued: the search may ask for another page right after this one lands.
    m_initialCheckQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_initialCheckQueued = false;
        if (!m_waitingForInitialLoad || m_waitingForFirstPage || m_model->isLoading()
                || m_model->isLoadingAll())
            return;
        m_waitingForInitialLoad = false;
        Q_EMIT initialLoadFinished(true);
    });
}

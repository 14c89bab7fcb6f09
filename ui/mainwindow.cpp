#include "mainwindow.h"

#include "apiclient.h"
#include "messagebanner.h"
#include "phonenumbertablemodel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(ApiClient *client, QWidget *parent)
    : QMainWindow(parent)
    , m_model(new PhoneNumberTableModel(client, this))
    , m_table(new QTableView(this))
    , m_banner(new MessageBanner(this))
    , m_statusFilter(new QComboBox(this))
    , m_countLabel(new QLabel(this))
    , m_connectionLabel(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Amigo Numbers"));

    m_table->setObjectName(u"phoneNumberTable"_s);
    m_table->setAccessibleName(tr("Phone numbers"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    sizeColumns();

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);
    setCentralWidget(central);

    createActions();

    m_countLabel->setObjectName(u"countLabel"_s);
    statusBar()->addWidget(m_countLabel, 1);
    statusBar()->addPermanentWidget(m_connectionLabel);

    connect(m_model, &PhoneNumberTableModel::pageLoaded, this, [this] {
        updateStatus();
        if (m_waitingForFirstPage) {
            m_waitingForFirstPage = false;
            Q_EMIT firstPageFinished(true);
        }
    });
    connect(m_model, &PhoneNumberTableModel::loadingChanged, this, &MainWindow::updateStatus);
    connect(m_model, &PhoneNumberTableModel::loadFailed, this, &MainWindow::onLoadFailed);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_banner, &MessageBanner::retryRequested, this, [this] {
        m_banner->clear();
        if (m_model->rowCount() == 0 && !m_model->isLoading())
            m_model->refresh();
        else
            m_model->retry();
    });

    resize(1180, 640);
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    auto *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(u"mainToolBar"_s);
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *refresh = new QAction(QIcon::fromTheme(u"view-refresh"_s), tr("&Refresh"), this);
    refresh->setObjectName(u"refreshAction"_s);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("Reload the list from the server (F5)"));
    connect(refresh, &QAction::triggered, this, [this] {
        m_banner->clear();
        m_model->refresh();
    });
    toolBar->addAction(refresh);
    toolBar->addSeparator();

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
    toolBar->addWidget(filterLabel);
    toolBar->addWidget(m_statusFilter);
}

void MainWindow::sizeColumns()
{
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto width = [&metrics](const QString &sample) {
        return metrics.horizontalAdvance(sample) + 24;
    };
    QHeaderView *header = m_table->horizontalHeader();
    header->resizeSection(PhoneNumberTableModel::NumberColumn, width(u"+44 20 7946 0000 00"_s));
    header->resizeSection(PhoneNumberTableModel::CountryColumn, width(u"GB United Kingdom"_s));
    header->resizeSection(PhoneNumberTableModel::DisplayNameColumn,
                          width(u"Front desk – after hours line"_s));
    header->resizeSection(PhoneNumberTableModel::StatusColumn, width(u"Inactive "_s));
    header->resizeSection(PhoneNumberTableModel::CapabilitiesColumn, width(u"Inbound, Outbound"_s));
    header->resizeSection(PhoneNumberTableModel::InboundServiceColumn,
                          width(u"After-hours answering"_s));
    header->resizeSection(PhoneNumberTableModel::ForwardingColumn,
                          width(u"To +44 20 7946 0000"_s));
    for (int column = 0; column < PhoneNumberTableModel::ColumnCount; ++column) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        const int minimum = width(title) + 16;
        if (header->sectionSize(column) < minimum)
            header->resizeSection(column, minimum);
    }
}

void MainWindow::setConnectionName(const QString &name, bool isSandbox)
{
    setWindowTitle(tr("%1 — Amigo Numbers").arg(name));
    m_connectionLabel->setText(isSandbox ? tr("Local sandbox: demo data, not real numbers")
                                         : tr("Connected to %1").arg(name));
}

void MainWindow::start()
{
    m_waitingForFirstPage = true;
    m_model->refresh();
}

void MainWindow::onStatusFilterChanged()
{
    const QString status = m_statusFilter->currentData().toString();
    m_banner->clear();
    m_model->setStatusFilter(status.isEmpty() ? std::nullopt : std::optional<QString>(status));
}

void MainWindow::onLoadFailed(const ApiError &error)
{
    m_banner->showMessage(MessageBanner::Level::Error, error.fullText(), true);
    updateStatus();
    if (m_waitingForFirstPage) {
        m_waitingForFirstPage = false;
        Q_EMIT firstPageFinished(false);
    }
}

void MainWindow::updateStatus()
{
    const int loaded = m_model->rowCount();
    QString text;
    if (m_model->isLoading())
        text = tr("%n number(s) loaded, loading more…", nullptr, loaded);
    else if (m_model->hasMore() && m_model->serverTotal())
        text = tr("%n number(s) loaded of %1; scroll to load more", nullptr, loaded)
                       .arg(*m_model->serverTotal());
    else if (m_model->hasMore())
        text = tr("%n number(s) loaded; more exist, scroll to load them", nullptr, loaded);
    else
        text = tr("%n number(s), all loaded", nullptr, loaded);
    m_countLabel->setText(text);
}

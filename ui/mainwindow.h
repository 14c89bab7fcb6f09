#pragma once

#include "phonenumber.h"

#include <QList>
#include <QMainWindow>
#include <QPersistentModelIndex>

#include <optional>

class ApiClient;
class ApiError;
class ColumnChooser;
class DetailsPanel;
class LoadAllBar;
class MessageBanner;
class PhoneNumberFilterProxy;
class PhoneNumberTableModel;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QSettings;
class QSplitter;
class QTableView;
class QTimer;
class QToolBar;
class ServiceNames;

// The support agent's workspace: the phone-number table with its search, status filter, details
// panel and status line.
//
// Dialogs of other parts of the app plug in through addNumberAction() (the Number menu and the
// table's context menu), the menus and the tool bar, and report their results back through
// upsertNumber() and removeNumber().
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ApiClient *client, QWidget *parent = nullptr);
    ~MainWindow() override;

    PhoneNumberTableModel *model() const { return m_model; }
    PhoneNumberFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    DetailsPanel *detailsPanel() const { return m_details; }
    MessageBanner *banner() const { return m_banner; }

    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *editMenu() const { return m_editMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    QMenu *numberMenu() const { return m_numberMenu; }
    QMenu *helpMenu() const { return m_helpMenu; }
    QToolBar *mainToolBar() const { return m_toolBar; }

    // Adds an action about the selected numbers to the Number menu and the table's context menu.
    // Its enabled state is the caller's; selectionChanged() says when to update it.
    void addNumberAction(QAction *action);

    // The number of the current row, and the numbers of all selected rows.
    std::optional<PhoneNumber> currentNumber() const;
    QList<PhoneNumber> selectedNumbers() const;

    // A short description of the connection for the title bar, e.g. "Local sandbox (not real)".
    void setConnectionName(const QString &name, bool isSandbox);

    // Where the column layout, sort, status filter and panel state are kept between runs; none
    // (the default) keeps nothing. Call before start().
    void setSettings(QSettings *settings);
    void saveSettings() const;

    // The search text and status filter to open with (e.g. from the command line). A status
    // given here wins over the saved one. Call before start().
    void setSearchText(const QString &text);
    void setInitialStatusFilter(const std::optional<QString> &status);

    // Loads the first page, or every page when `loadAll` (called once the window is set up, so
    // signals reach their receivers).
    void start(bool loadAll = false);

    // Writes the rows as shown (searched, sorted, visible columns in their order) to a CSV file.
    bool exportCsvTo(const QString &path, QString *error) const;

public Q_SLOTS:
    // Keep the table in step with changes made elsewhere in the app.
    void upsertNumber(const PhoneNumber &number);
    void removeNumber(const QString &id);

    void refresh();
    void loadAll();
    void focusSearch();
    void copyE164();
    void copyNational();
    void showDetails();
    void exportCsv();

Q_SIGNALS:
    // The first page after start() or a refresh has arrived and is shown, or it failed.
    void firstPageFinished(bool succeeded);
    // The load start() began has settled: the first page (or all of them with loadAll) is in
    // and no page the search asked for is still on its way; or loading failed.
    void initialLoadFinished(bool succeeded);
    // The current or selected rows changed, e.g. to update the enabled state of actions.
    void selectionChanged();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setupTable();
    void createActions();
    void createMenus();
    void createToolBar();
    void connectModel();
    void restoreSettings();
    void resetColumns();
    void applyStatusFilter(const std::optional<QString> &status);
    void onStatusFilterChanged();
    void onLoadFailed(const ApiError &error);
    void onCurrentRowChanged();
    void reselectAfterRefresh();
    void updateStatus();
    void updateActions();
    void checkInitialLoad();
    void showContextMenu(const QPoint &position);
    QList<int> selectedSourceRows() const;
    int currentSourceRow() const;
    void copyText(const QString &text, const QString &description);

    PhoneNumberTableModel *m_model;
    PhoneNumberFilterProxy *m_proxy;
    ServiceNames *m_serviceNames;
    QTableView *m_table;
    MessageBanner *m_banner;
    LoadAllBar *m_loadAllBar;
    // The row at the top of a sorted view while rows arrive, kept there: new rows that sort above
    // it must not push the rows under the pointer down.
    QPersistentModelIndex m_topRowAnchor;
    DetailsPanel *m_details;
    QSplitter *m_splitter;
    ColumnChooser *m_columns = nullptr;
    QComboBox *m_statusFilter;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QLabel *m_countLabel;
    QLabel *m_sortLabel;
    QLabel *m_connectionLabel;
    QSettings *m_settings = nullptr;
    QByteArray m_defaultHeaderState;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_numberMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;

    QAction *m_refreshAction = nullptr;
    QAction *m_loadAllAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_copyE164Action = nullptr;
    QAction *m_copyNationalAction = nullptr;
    QAction *m_showDetailsAction = nullptr;
    QAction *m_detailsPanelAction = nullptr;
    QAction *m_serverOrderAction = nullptr;
    QList<QAction *> m_numberActions;

    std::optional<QString> m_initialStatus;
    bool m_waitingForFirstPage = false;
    // The number highlighted when Refresh was pressed, chosen again once it is back in the list.
    QString m_reselectAfterRefresh;
    bool m_waitingForInitialLoad = false;
    bool m_initialCheckQueued = false;
};

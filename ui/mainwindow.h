#pragma once

#include <QMainWindow>

class ApiClient;
class ApiError;
class MessageBanner;
class PhoneNumberTableModel;
class QComboBox;
class QLabel;
class QTableView;

// The support agent's workspace: the phone-number table with its filters and status.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ApiClient *client, QWidget *parent = nullptr);
    ~MainWindow() override;

    PhoneNumberTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

    // A short description of the connection for the title bar, e.g. "Local sandbox (not real)".
    void setConnectionName(const QString &name, bool isSandbox);

    // Loads the first page (called once the window is set up, so signals reach their receivers).
    void start();

Q_SIGNALS:
    // The first page after start() or a refresh has arrived and is shown, or it failed.
    void firstPageFinished(bool succeeded);

private:
    void createActions();
    void updateStatus();
    void onLoadFailed(const ApiError &error);
    void onStatusFilterChanged();
    void sizeColumns();

    PhoneNumberTableModel *m_model;
    QTableView *m_table;
    MessageBanner *m_banner;
    QComboBox *m_statusFilter;
    QLabel *m_countLabel;
    QLabel *m_connectionLabel;
    bool m_waitingForFirstPage = false;
};

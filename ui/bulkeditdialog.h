#pragma once

#include "apiclient.h"
#include "numberdialog.h"
#include "phonenumber.h"

class QCheckBox;
class QComboBox;
class QGroupBox;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
class ServiceListModel;
class ServicePicker;

// Applies one change to several numbers: the inbound service, the status, or clearing call
// forwarding. Works through the numbers one at a time, shows each result, and carries on past
// failures; the failed ones can be tried again.
class BulkEditDialog : public NumberDialog
{
    Q_OBJECT

public:
    BulkEditDialog(ApiClient *client, const QList<PhoneNumber> &numbers, ServiceListModel *services,
            QWidget *parent = nullptr);
    ~BulkEditDialog() override;

    bool hasUnsavedChanges() const override { return false; }
    bool isRunning() const { return m_running; }
    int succeededCount() const { return m_succeeded; }
    int failedCount() const { return static_cast<int>(m_failed.size()); }
    QTreeWidget *resultList() const { return m_results; }

    // What each number will get; empty when no change is chosen.
    PhoneNumberUpdate pendingUpdate() const;
    bool clearsForwarding() const;

    void apply();
    void retryFailed();
    // Stops after the number being changed now.
    void stop();

    void reject() override;

Q_SIGNALS:
    void numberSaved(const PhoneNumber &number);
    void numberRemoved(const QString &id);
    // A run over the numbers has ended, completely or stopped.
    void runFinished();

private:
    void buildForm();
    void updateButtons();
    void start(const QList<PhoneNumber> &numbers);
    void next();
    void updateNumber(const PhoneNumber &number, const PhoneNumberUpdate &update);
    void clearForwardingOf(const PhoneNumber &number);
    void succeeded(const PhoneNumber &stored);
    void failed(const ApiError &error);
    void finishRun();
    QTreeWidgetItem *currentItem() const;

    QList<PhoneNumber> m_numbers;
    QGroupBox *m_serviceGroup;
    ServicePicker *m_servicePicker;
    QGroupBox *m_statusGroup;
    QComboBox *m_status;
    QCheckBox *m_clearForwarding;
    QProgressBar *m_progress;
    QTreeWidget *m_results;
    QPushButton *m_applyButton;
    QPushButton *m_stopButton;
    QPushButton *m_retryFailedButton;
    QPushButton *m_closeButton;

    QList<PhoneNumber> m_queue;
    qsizetype m_position = 0;
    QList<QTreeWidgetItem *> m_items;
    QList<PhoneNumber> m_failed;
    PhoneNumberUpdate m_runUpdate;
    bool m_runClearsForwarding = false;
    int m_succeeded = 0;
    bool m_running = false;
    bool m_stopRequested = false;
    bool m_closeWhenStopped = false;
    CallHandle m_call;
};

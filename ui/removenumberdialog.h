#pragma once

#include "apiclient.h"
#include "numberdialog.h"
#include "phonenumber.h"

#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;
class ServiceListModel;

// Takes a number out of use, in one of two ways that must not be confused: removing it from the
// workspace (the carrier keeps it on the account) or releasing it to the carrier (it is gone for
// good). Shows what is attached to the number first and asks for its last four digits.
class RemoveNumberDialog : public NumberDialog
{
    Q_OBJECT

public:
    enum class Action { RemoveFromWorkspace, ReleaseToCarrier };

    RemoveNumberDialog(ApiClient *client, const PhoneNumber &number, Action action,
            const QList<PhoneNumber> &workspaceNumbers, ServiceListModel *services,
            QWidget *parent = nullptr);
    ~RemoveNumberDialog() override;

    Action action() const { return m_action; }
    bool hasUnsavedChanges() const override { return false; }
    bool isConfirmed() const;
    QString attachmentsText() const;

    void confirm();

Q_SIGNALS:
    // The number is gone from the workspace (also when it had already been removed).
    void numberRemoved(const QString &id);

protected:
    void retry() override { confirm(); }
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildForm(const QList<PhoneNumber> &workspaceNumbers);
    void showAttachments();
    void updateButton();
    void onDone(const Result<Done> &result);

    PhoneNumber m_number;
    Action m_action;
    QPointer<ServiceListModel> m_services;
    QString m_forwarders; // who forwards to the number, among the loaded numbers
    QLabel *m_attachments;
    QLineEdit *m_confirmation;
    QPushButton *m_actionButton;
    QPushButton *m_cancelButton;
    bool m_finished = false;
    CallHandle m_call;
};

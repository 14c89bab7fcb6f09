#pragma once

#include "apiclient.h"
#include "telephony.h"

#include <QWizardPage>

class MessageBanner;
class PurchaseWizard;
class QFormLayout;
class QLabel;
class QPushButton;
class QWidget;

// First step: the workspace's carrier sub-account. Finds it, or explains provisioning and sets it
// up on request (the server returns the existing account when there is one, so repeating is safe),
// then checks that the key may buy numbers at all before letting the person go on.
class PurchaseAccountPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit PurchaseAccountPage(PurchaseWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

    // Stops the check or set-up in flight. Provisioning is idempotent, so an interrupted one is
    // harmless; interrupted() says whether one was cut short.
    void cancelWork();
    bool interruptedProvisioning() const { return m_interruptedProvisioning; }

private:
    enum class Stage {
        Checking,
        NeedsProvisioning,
        Provisioning,
        CheckingPermission,
        Ready,
        Refused,
        Failed
    };

    void check();
    void provision();
    void checkPermission();
    void onAccount(const Result<SubAccount> &result, bool provisioned);
    void onPermission(const Result<QList<AvailableNumber>> &result);
    void refuse(const ApiError &error);
    void fail(const ApiError &error, const QString &what);
    void setStage(Stage stage, const QString &status);
    void showAccount(const SubAccount &account);

    PurchaseWizard *m_wizard;
    Stage m_stage = Stage::Checking;
    QLabel *m_status;
    QLabel *m_explanation;
    QPushButton *m_provision;
    QWidget *m_details;
    QLabel *m_friendlyName;
    QLabel *m_accountSid;
    QLabel *m_environment;
    QLabel *m_accountStatus;
    MessageBanner *m_banner;
    CallHandle m_call;
    bool m_interruptedProvisioning = false;
};

#pragma once

#include "apiclient.h"
#include "numberdialog.h"
#include "phonenumber.h"

class CharacterCounter;
class PhoneNumberEdit;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLineEdit;
class QPushButton;
class QRadioButton;
class ServiceListModel;
class ServicePicker;

// Registers a number the workspace already has with its carrier (POST /phone-numbers): the
// number, display name, capabilities, status, and optionally its service and forwarding.
class RegisterNumberDialog : public NumberDialog
{
    Q_OBJECT

public:
    // `workspaceNumbers` are the numbers loaded so far: an "already registered" answer opens
    // the existing one from them, or from the server's pages when it is not loaded.
    RegisterNumberDialog(ApiClient *client, ServiceListModel *services,
            const QList<PhoneNumber> &workspaceNumbers, QWidget *parent = nullptr);
    ~RegisterNumberDialog() override;

    void setDefaultRegion(const QString &regionCode);

    bool hasUnsavedChanges() const override;
    bool canRegister() const;
    // What Register sends; nullopt while the input cannot be sent.
    std::optional<PhoneNumberCreate> pendingCreate() const;

    void registerNumber();

Q_SIGNALS:
    void numberRegistered(const PhoneNumber &number);
    // The number was registered already and the person chose to open it.
    void openExistingRequested(const PhoneNumber &number);

protected:
    void retry() override { registerNumber(); }

private:
    void buildForm();
    void updateButtons();
    void onCreated(const Result<PhoneNumber> &result);
    void offerExisting(const QString &e164);
    void findExisting(const QString &e164, const QJsonValue &continuationToken, int page);

    ServiceListModel *m_services;
    QList<PhoneNumber> m_workspaceNumbers;
    PhoneNumberEdit *m_number;
    QLineEdit *m_displayName;
    CharacterCounter *m_displayNameCounter;
    QCheckBox *m_inbound;
    QCheckBox *m_outbound;
    QComboBox *m_status;
    ServicePicker *m_servicePicker;
    QGroupBox *m_forwarding;
    PhoneNumberEdit *m_forwardTo;
    QRadioButton *m_disconnect;
    QRadioButton *m_keepOnLine;
    QPushButton *m_registerButton;
    CallHandle m_call;
};

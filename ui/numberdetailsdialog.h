#pragma once

#include "apiclient.h"
#include "numberdialog.h"
#include "phonenumber.h"

class CharacterCounter;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class ServiceListModel;
class ServicePicker;
struct PhoneNumberUpdate;

// Edits what a person may change about a registered number: display name, notes, status,
// capabilities and the inbound service. Saves only what changed, after checking that nobody
// else changed the number since the dialog opened.
class NumberDetailsDialog : public NumberDialog
{
    Q_OBJECT

public:
    // `services` may be shared with other views; without one the dialog makes its own.
    NumberDetailsDialog(ApiClient *client, const PhoneNumber &number, ServiceListModel *services,
            QWidget *parent = nullptr);
    ~NumberDetailsDialog() override;

    bool hasUnsavedChanges() const override;
    // The fields that differ from the version this dialog last loaded; what Save would send.
    PhoneNumberUpdate pendingUpdate() const;
    const PhoneNumber &number() const { return m_baseline; }

    void save();

Q_SIGNALS:
    // The server stored a change; `number` is its reply.
    void numberSaved(const PhoneNumber &number);
    // The number no longer exists on the server.
    void numberRemoved(const QString &id);

protected:
    void retry() override { save(); }

private:
    void buildForm();
    void load(const PhoneNumber &number);
    void updateSaveButton();
    PhoneNumber edited() const;
    std::optional<QString> chosenStatus() const;
    QStringList chosenCapabilities() const;
    void onReread(const Result<PhoneNumber> &result);
    void resolveConflict(const PhoneNumber &current);
    void takeTheirs(const PhoneNumber &current);
    void send();
    void onSaved(const PhoneNumberUpdate &sent, const Result<PhoneNumber> &result);

    PhoneNumber m_baseline;
    ServiceListModel *m_services;
    QLabel *m_heading;
    QLineEdit *m_displayName;
    CharacterCounter *m_displayNameCounter;
    QPlainTextEdit *m_notes;
    CharacterCounter *m_notesCounter;
    QComboBox *m_status;
    QCheckBox *m_inbound;
    QCheckBox *m_outbound;
    QLabel *m_otherCapabilities;
    ServicePicker *m_servicePicker;
    QPushButton *m_saveButton;
    CallHandle m_call;
};

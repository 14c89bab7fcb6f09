#pragma once

#include "apiclient.h"
#include "numberdialog.h"
#include "phonenumber.h"

class PhoneNumberEdit;
class QCheckBox;
class QLabel;
class QPushButton;
class QRadioButton;

// Sets or clears where a number's calls can be transferred to. Refuses the number itself as
// target in any format, warns when the target forwards back (through the loaded numbers), and
// shows what the server stored after saving.
class ForwardingDialog : public NumberDialog
{
    Q_OBJECT

public:
    // `workspaceNumbers` are the numbers loaded so far, for following forwarding chains.
    ForwardingDialog(ApiClient *client, const PhoneNumber &number,
            const QList<PhoneNumber> &workspaceNumbers, QWidget *parent = nullptr);
    ~ForwardingDialog() override;

    // The country for targets typed without +.
    void setDefaultRegion(const QString &regionCode);

    bool hasUnsavedChanges() const override;
    // The configuration Save would send; nullopt while the target cannot be used.
    std::optional<ForwardingConfig> pendingForwarding() const;
    const PhoneNumber &number() const { return m_baseline; }
    // The target is the number itself; refused only while forwarding is enabled.
    bool isSelfForwarding() const;
    bool isLoopWarned() const;

    void save();
    void clearForwarding();

Q_SIGNALS:
    void numberSaved(const PhoneNumber &number);
    void numberRemoved(const QString &id);

protected:
    void retry() override;

private:
    enum class Operation { None, Save, Clear };

    void buildForm();
    void load(const PhoneNumber &number);
    void checkTarget();
    bool refusesTarget() const;
    void updateButtons();
    void onReread(const Result<PhoneNumber> &result);
    void send();
    void onStored(const Result<PhoneNumber> &result, const QString &what);
    void showStored();
    void onFailed(const ApiError &error);

    PhoneNumber m_baseline;
    QList<PhoneNumber> m_workspaceNumbers;
    QLabel *m_heading;
    QLabel *m_stored;
    QCheckBox *m_enabled;
    PhoneNumberEdit *m_target;
    QLabel *m_route;
    QRadioButton *m_disconnect;
    QRadioButton *m_keepOnLine;
    QPushButton *m_saveButton;
    QPushButton *m_clearButton;
    Operation m_lastOperation = Operation::None;
    CallHandle m_call;
};

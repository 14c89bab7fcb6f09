#include "registernumberdialog.h"

#include "charactercounter.h"
#include "messagebanner.h"
#include "numbertext.h"
#include "phonenumberedit.h"
#include "servicelistmodel.h"
#include "servicepicker.h"
#include "textlimits.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

// Looking for the existing number reads the list page by page; a workspace this large is better
// searched in the main window.
static constexpr int MaxPagesToSearch = 250;

RegisterNumberDialog::RegisterNumberDialog(ApiClient *client, ServiceListModel *services,
        const QList<PhoneNumber> &workspaceNumbers, QWidget *parent)
    : NumberDialog(client, parent)
    , m_services(services ? services : new ServiceListModel(client, this))
    , m_workspaceNumbers(workspaceNumbers)
    , m_number(new PhoneNumberEdit(form()))
    , m_displayName(new QLineEdit(form()))
    , m_displayNameCounter(new CharacterCounter(TextLimits::DisplayNameMax, form()))
    , m_inbound(new QCheckBox(tr("&Inbound calls"), form()))
    , m_outbound(new QCheckBox(tr("O&utbound calls"), form()))
    , m_status(new QComboBox(form()))
    , m_servicePicker(new ServicePicker(m_services, form()))
    , m_forwarding(new QGroupBox(tr("&Forward calls"), form()))
    , m_forwardTo(new PhoneNumberEdit(m_forwarding))
    , m_disconnect(new QRadioButton(
              tr("&Disconnect the agent after transferring (recommended)"), m_forwarding))
    , m_keepOnLine(new QRadioButton(tr("&Keep the agent on the line"), m_forwarding))
    , m_registerButton(buttonBox()->addButton(tr("&Register"), QDialogButtonBox::AcceptRole))
{
    setObjectName(u"registerNumberDialog"_s);
    setWindowTitle(tr("Register a number"));
    buildForm();
    resize(620, 760);
}

RegisterNumberDialog::~RegisterNumberDialog()
{
    m_call.cancel();
}

void RegisterNumberDialog::buildForm()
{
    auto *about = new QLabel(tr("Registers a number this workspace already has with its carrier, "
                                "so that its calls reach the workspace. To buy a new number, use "
                                "Buy numbers instead."),
            form());
    about->setWordWrap(true);

    m_number->setObjectName(u"numberEdit"_s);
    m_number->setFieldName(tr("Number to register"));
    m_displayName->setObjectName(u"displayNameEdit"_s);
    m_displayName->setAccessibleName(tr("Display name"));
    m_displayNameCounter->setObjectName(u"displayNameCounter"_s);
    m_displayNameCounter->setAccessibleName(tr("Display name length"));
    m_displayNameCounter->attach(m_displayName);

    m_inbound->setObjectName(u"inboundCheck"_s);
    m_outbound->setObjectName(u"outboundCheck"_s);
    m_inbound->setChecked(true);
    m_outbound->setChecked(true);
    m_status->setObjectName(u"statusCombo"_s);
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("Active: calls are handled"), u"active"_s);
    m_status->addItem(tr("Inactive: calls are not handled"), u"inactive"_s);
    m_servicePicker->setObjectName(u"servicePicker"_s);
    m_servicePicker->setSelectedServiceId(std::nullopt);

    m_forwarding->setObjectName(u"forwardingGroup"_s);
    m_forwarding->setCheckable(true);
    m_forwarding->setChecked(false);
    m_forwardTo->setObjectName(u"forwardToEdit"_s);
    m_forwardTo->setFieldName(tr("Forwarding target"));
    m_disconnect->setObjectName(u"disconnectRadio"_s);
    m_keepOnLine->setObjectName(u"keepOnLineRadio"_s);
    m_disconnect->setChecked(true);
    auto *afterTransfer = new QButtonGroup(this);
    afterTransfer->addButton(m_disconnect);
    afterTransfer->addButton(m_keepOnLine);
    auto *forwardingLayout = new QVBoxLayout(m_forwarding);
    forwardingLayout->addWidget(m_forwardTo);
    forwardingLayout->addWidget(createFieldErrorLabel(u"forwarding.forward_to"_s));
    forwardingLayout->addWidget(m_disconnect);
    forwardingLayout->addWidget(m_keepOnLine);

    const auto column = [this](std::initializer_list<QWidget *> widgets, const QString &field) {
        auto *layout = new QVBoxLayout;
        layout->setSpacing(2);
        for (QWidget *widget : widgets)
            layout->addWidget(widget);
        layout->addWidget(createFieldErrorLabel(field));
        return layout;
    };
    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *result = new QLabel(text, form());
        result->setBuddy(buddy);
        return result;
    };

    auto *layout = new QFormLayout(form());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(about);
    layout->addRow(label(tr("&Number:"), m_number), column({m_number}, u"phone_number"_s));
    layout->addRow(label(tr("Display na&me:"), m_displayName),
            column({m_displayName, m_displayNameCounter}, u"display_name"_s));
    layout->addRow(tr("Capabilities:"), column({m_inbound, m_outbound}, u"capabilities"_s));
    layout->addRow(label(tr("&Status:"), m_status), column({m_status}, u"status"_s));
    layout->addRow(label(tr("Inbound ser&vice:"), m_servicePicker),
            column({m_servicePicker}, u"inbound_service_id"_s));
    layout->addRow(m_forwarding);

    m_registerButton->setObjectName(u"registerButton"_s);
    QPushButton *cancel = buttonBox()->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"cancelButton"_s);
    connect(m_registerButton, &QPushButton::clicked, this, &RegisterNumberDialog::registerNumber);
    connect(cancel, &QPushButton::clicked, this, &RegisterNumberDialog::reject);

    clearFieldErrorOn(u"phone_number"_s, m_number, &PhoneNumberEdit::changed);
    clearFieldErrorOn(u"display_name"_s, m_displayName, &QLineEdit::textChanged);
    clearFieldErrorOn(u"capabilities"_s, m_inbound, &QCheckBox::toggled);
    clearFieldErrorOn(u"capabilities"_s, m_outbound, &QCheckBox::toggled);
    clearFieldErrorOn(u"status"_s, m_status, &QComboBox::currentIndexChanged);
    clearFieldErrorOn(u"inbound_service_id"_s, m_servicePicker, &ServicePicker::selectionChanged);
    clearFieldErrorOn(u"forwarding.forward_to"_s, m_forwardTo, &PhoneNumberEdit::changed);
    clearFieldErrorOn(u"forwarding.forward_to"_s, m_forwarding, &QGroupBox::toggled);

    connect(m_number, &PhoneNumberEdit::changed, this, &RegisterNumberDialog::updateButtons);
    connect(m_forwardTo, &PhoneNumberEdit::changed, this, &RegisterNumberDialog::updateButtons);
    connect(m_forwarding, &QGroupBox::toggled, this, &RegisterNumberDialog::updateButtons);
    connect(m_displayNameCounter, &CharacterCounter::fitsChanged, this,
            &RegisterNumberDialog::updateButtons);
    connect(this, &NumberDialog::busyChanged, this, &RegisterNumberDialog::updateButtons);
    updateButtons();
}

void RegisterNumberDialog::setDefaultRegion(const QString &regionCode)
{
    m_number->setDefaultRegion(regionCode);
    m_forwardTo->setDefaultRegion(regionCode);
}

bool RegisterNumberDialog::hasUnsavedChanges() const
{
    return !m_number->text().trimmed().isEmpty() || !m_displayName->text().isEmpty()
            || (m_forwarding->isChecked() && !m_forwardTo->text().trimmed().isEmpty());
}

std::optional<PhoneNumberCreate> RegisterNumberDialog::pendingCreate() const
{
    const std::optional<QString> number = m_number->e164();
    if (!number || !m_displayNameCounter->fits())
        return std::nullopt;

    PhoneNumberCreate create;
    create.phoneNumber = *number;
    if (!m_displayName->text().isEmpty())
        create.displayName = m_displayName->text();
    QStringList capabilities;
    if (m_inbound->isChecked())
        capabilities << u"inbound"_s;
    if (m_outbound->isChecked())
        capabilities << u"outbound"_s;
    create.capabilities = capabilities;
    create.status = m_status->currentData().toString();
    create.inboundServiceId = m_servicePicker->selectedServiceId();

    if (m_forwarding->isChecked()) {
        const std::optional<QString> target = m_forwardTo->e164();
        if (!target || *target == *number)
            return std::nullopt;
        create.forwarding = ForwardingConfig{true, *target, m_disconnect->isChecked()};
    }
    return create;
}

bool RegisterNumberDialog::canRegister() const
{
    return !isBusy() && pendingCreate().has_value();
}

void RegisterNumberDialog::updateButtons()
{
    const std::optional<QString> number = m_number->e164();
    const bool self = m_forwarding->isChecked() && number && m_forwardTo->e164() == number;
    m_forwardTo->setRefusal(self ? tr("A number cannot forward to itself.") : QString());
    m_registerButton->setEnabled(canRegister());
}

void RegisterNumberDialog::registerNumber()
{
    const std::optional<PhoneNumberCreate> create = pendingCreate();
    if (!create || isBusy())
        return;
    clearErrors();
    setBusy(true, tr("Registering…"));
    m_call = client()->createPhoneNumber(
            *create, this, [this](const Result<PhoneNumber> &result) { onCreated(result); });
}

void RegisterNumberDialog::onCreated(const Result<PhoneNumber> &result)
{
    setBusy(false);
    if (result) {
        Q_EMIT numberRegistered(result.value());
        accept();
        return;
    }
    const ApiError &error = result.error();
    if (error.isCancelled())
        return;
    if (error.isConflict()) {
        offerExisting(m_number->e164().value_or(QString()));
        return;
    }
    showError(error, error.kind() != ApiError::Kind::Validation);
}

void RegisterNumberDialog::offerExisting(const QString &e164)
{
    setFieldError(u"phone_number"_s, tr("This number is already registered."));
    ask(u"alreadyRegisteredBox"_s, tr("Already registered"),
            tr("%1 is already registered. Open the registered number instead?")
                    .arg(NumberText::number(e164)),
            {{tr("&Open the registered number"), QMessageBox::AcceptRole},
                    {tr("&Keep editing"), QMessageBox::RejectRole}},
            [this, e164](int role) {
                if (role != QMessageBox::AcceptRole)
                    return;
                for (const PhoneNumber &number : std::as_const(m_workspaceNumbers)) {
                    if (number.phoneNumber == e164) {
                        Q_EMIT openExistingRequested(number);
                        accept();
                        return;
                    }
                }
                setBusy(true, tr("Looking for the registered number…"));
                findExisting(e164, QJsonValue(QJsonValue::Undefined), 1);
            });
}

void RegisterNumberDialog::findExisting(
        const QString &e164, const QJsonValue &continuationToken, int page)
{
    PhoneNumberListQuery query;
    query.limit = 20;
    query.continuationToken = continuationToken;
    m_call = client()->listPhoneNumbers(
            query, this, [this, e164, continuationToken, page](const Result<PhoneNumberPage> &r) {
                if (!r) {
                    setBusy(false);
                    if (!r.error().isCancelled())
                        showError(r.error(), false);
                    return;
                }
                for (const PhoneNumber &number : r.value().items) {
                    if (number.phoneNumber == e164) {
                        setBusy(false);
                        Q_EMIT openExistingRequested(number);
                        accept();
                        return;
                    }
                }
                const QJsonValue next = r.value().continuationToken;
                const bool advances
                        = next != continuationToken && !next.isNull() && !next.isUndefined();
                if (r.value().hasMore && advances && page < MaxPagesToSearch) {
                    findExisting(e164, next, page + 1);
                    return;
                }
                setBusy(false);
                banner()->showMessage(MessageBanner::Level::Warning,
                        tr("%1 is registered, but not in this workspace's list: it may "
                           "belong to another workspace.")
                                .arg(e164));
            });
}

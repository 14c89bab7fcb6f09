#include "numberdetailsdialog.h"

#include "charactercounter.h"
#include "conflictdialog.h"
#include "messagebanner.h"
#include "numbertext.h"
#include "servicelistmodel.h"
#include "servicepicker.h"
#include "textlimits.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

static const QStringList KnownCapabilities{u"inbound"_s, u"outbound"_s};

NumberDetailsDialog::NumberDetailsDialog(
        ApiClient *client, const PhoneNumber &number, ServiceListModel *services, QWidget *parent)
    : NumberDialog(client, parent)
    , m_baseline(number)
    , m_services(services ? services : new ServiceListModel(client, this))
    , m_heading(new QLabel(form()))
    , m_displayName(new QLineEdit(form()))
    , m_displayNameCounter(new CharacterCounter(TextLimits::DisplayNameMax, form()))
    , m_notes(new QPlainTextEdit(form()))
    , m_notesCounter(new CharacterCounter(TextLimits::NotesMax, form()))
    , m_status(new QComboBox(form()))
    , m_inbound(new QCheckBox(tr("&Inbound calls"), form()))
    , m_outbound(new QCheckBox(tr("O&utbound calls"), form()))
    , m_otherCapabilities(new QLabel(form()))
    , m_servicePicker(new ServicePicker(m_services, form()))
    , m_saveButton(buttonBox()->addButton(QDialogButtonBox::Save))
{
    setObjectName(u"numberDetailsDialog"_s);
    setWindowTitle(tr("Details of %1").arg(number.phoneNumber));
    buildForm();
    load(number);
    resize(620, 720);
}

NumberDetailsDialog::~NumberDetailsDialog()
{
    m_call.cancel();
}

void NumberDetailsDialog::buildForm()
{
    m_heading->setObjectName(u"numberHeading"_s);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    m_displayName->setObjectName(u"displayNameEdit"_s);
    m_displayName->setAccessibleName(tr("Display name"));
    m_displayNameCounter->setObjectName(u"displayNameCounter"_s);
    m_displayNameCounter->setAccessibleName(tr("Display name length"));
    m_displayNameCounter->attach(m_displayName);

    m_notes->setObjectName(u"notesEdit"_s);
    m_notes->setAccessibleName(tr("Notes"));
    // Tab moves on to the next field; notes rarely need tab characters.
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(90);
    m_notesCounter->setObjectName(u"notesCounter"_s);
    m_notesCounter->setAccessibleName(tr("Notes length"));
    m_notesCounter->attach(m_notes);

    m_status->setObjectName(u"statusCombo"_s);
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("Active: calls are handled"), u"active"_s);
    m_status->addItem(tr("Inactive: calls are not handled"), u"inactive"_s);

    m_inbound->setObjectName(u"inboundCheck"_s);
    m_outbound->setObjectName(u"outboundCheck"_s);
    m_otherCapabilities->setObjectName(u"otherCapabilitiesLabel"_s);
    m_otherCapabilities->setWordWrap(true);
    auto *capabilities = new QVBoxLayout;
    capabilities->addWidget(m_inbound);
    capabilities->addWidget(m_outbound);
    capabilities->addWidget(m_otherCapabilities);
    capabilities->addWidget(createFieldErrorLabel(u"capabilities"_s));

    m_servicePicker->setObjectName(u"servicePicker"_s);

    const auto withError = [this](QWidget *editor, QWidget *counter, const QString &field) {
        auto *column = new QVBoxLayout;
        column->setSpacing(2);
        column->addWidget(editor);
        if (counter)
            column->addWidget(counter);
        column->addWidget(createFieldErrorLabel(field));
        return column;
    };

    auto *layout = new QFormLayout(form());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(m_heading);
    auto *displayNameLabel = new QLabel(tr("&Display name:"), form());
    displayNameLabel->setBuddy(m_displayName);
    layout->addRow(
            displayNameLabel, withError(m_displayName, m_displayNameCounter, u"display_name"_s));
    auto *notesLabel = new QLabel(tr("&Notes:"), form());
    notesLabel->setBuddy(m_notes);
    layout->addRow(notesLabel, withError(m_notes, m_notesCounter, u"notes"_s));
    auto *statusLabel = new QLabel(tr("S&tatus:"), form());
    statusLabel->setBuddy(m_status);
    layout->addRow(statusLabel, withError(m_status, nullptr, u"status"_s));
    layout->addRow(tr("Capabilities:"), capabilities);
    auto *serviceLabel = new QLabel(tr("Inbound ser&vice:"), form());
    serviceLabel->setBuddy(m_servicePicker);
    layout->addRow(serviceLabel, withError(m_servicePicker, nullptr, u"inbound_service_id"_s));

    m_saveButton->setObjectName(u"saveButton"_s);
    QPushButton *cancel = buttonBox()->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"cancelButton"_s);
    connect(m_saveButton, &QPushButton::clicked, this, &NumberDetailsDialog::save);
    connect(cancel, &QPushButton::clicked, this, &NumberDetailsDialog::reject);

    clearFieldErrorOn(u"display_name"_s, m_displayName, &QLineEdit::textChanged);
    clearFieldErrorOn(u"notes"_s, m_notes, &QPlainTextEdit::textChanged);
    clearFieldErrorOn(u"status"_s, m_status, &QComboBox::currentIndexChanged);
    clearFieldErrorOn(u"capabilities"_s, m_inbound, &QCheckBox::toggled);
    clearFieldErrorOn(u"capabilities"_s, m_outbound, &QCheckBox::toggled);
    clearFieldErrorOn(u"inbound_service_id"_s, m_servicePicker, &ServicePicker::selectionChanged);

    connect(m_displayName, &QLineEdit::textChanged, this, &NumberDetailsDialog::updateSaveButton);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &NumberDetailsDialog::updateSaveButton);
    connect(m_status, &QComboBox::currentIndexChanged, this,
            &NumberDetailsDialog::updateSaveButton);
    connect(m_inbound, &QCheckBox::toggled, this, &NumberDetailsDialog::updateSaveButton);
    connect(m_outbound, &QCheckBox::toggled, this, &NumberDetailsDialog::updateSaveButton);
    connect(m_servicePicker, &ServicePicker::selectionChanged, this,
            &NumberDetailsDialog::updateSaveButton);
    connect(this, &NumberDialog::busyChanged, this, &NumberDetailsDialog::updateSaveButton);
}

// Shows `number` in every field, as the new baseline that Save compares against.
void NumberDetailsDialog::load(const PhoneNumber &number)
{
    m_baseline = number;
    m_heading->setText(NumberText::number(number.phoneNumber));
    m_displayName->setText(number.displayName);
    m_notes->setPlainText(number.notes);

    // A status this client does not know is shown as it is and kept unless changed.
    const int unknownStatus = m_status->findData(u"other"_s, Qt::UserRole + 1);
    if (unknownStatus >= 0)
        m_status->removeItem(unknownStatus);
    int statusIndex = m_status->findData(number.status);
    if (statusIndex < 0) {
        m_status->addItem(tr("%1 (set on the server)").arg(number.status), number.status);
        statusIndex = m_status->count() - 1;
        m_status->setItemData(statusIndex, u"other"_s, Qt::UserRole + 1);
    }
    m_status->setCurrentIndex(statusIndex);

    m_inbound->setChecked(number.capabilities.contains(u"inbound"_s));
    m_outbound->setChecked(number.capabilities.contains(u"outbound"_s));
    QStringList others = number.capabilities;
    others.removeIf([](const QString &c) { return KnownCapabilities.contains(c); });
    m_otherCapabilities->setText(others.isEmpty()
                    ? QString()
                    : tr("Also set on the server: %1. Changing the capabilities here "
                         "replaces them with the two above.")
                              .arg(others.join(u", "_s)));
    m_otherCapabilities->setVisible(!others.isEmpty());

    m_servicePicker->setSelectedServiceId(number.inboundServiceId);
    updateSaveButton();
}

std::optional<QString> NumberDetailsDialog::chosenStatus() const
{
    return m_status->currentData().toString();
}

QStringList NumberDetailsDialog::chosenCapabilities() const
{
    QStringList chosen;
    if (m_inbound->isChecked())
        chosen << u"inbound"_s;
    if (m_outbound->isChecked())
        chosen << u"outbound"_s;
    return chosen;
}

PhoneNumberUpdate NumberDetailsDialog::pendingUpdate() const
{
    PhoneNumberUpdate update;
    if (m_displayName->text() != m_baseline.displayName)
        update.displayName = m_displayName->text();
    if (m_notes->toPlainText() != m_baseline.notes)
        update.notes = m_notes->toPlainText();
    if (chosenStatus() != m_baseline.status)
        update.status = *chosenStatus();

    // Capabilities the client does not know are not compared: they cannot be chosen here.
    QStringList known = m_baseline.capabilities;
    known.removeIf([](const QString &c) { return !KnownCapabilities.contains(c); });
    if (chosenCapabilities() != known)
        update.capabilities = chosenCapabilities();

    const std::optional<QString> service = m_servicePicker->selectedServiceId();
    if (service != m_baseline.inboundServiceId)
        update.inboundServiceId = service ? Nullable<QString>(*service) : Nullable<QString>::null();
    return update;
}

PhoneNumber NumberDetailsDialog::edited() const
{
    PhoneNumber number = m_baseline;
    const PhoneNumberUpdate update = pendingUpdate();
    if (update.displayName.hasValue())
        number.displayName = update.displayName.value();
    if (update.notes.hasValue())
        number.notes = update.notes.value();
    if (update.status.hasValue())
        number.status = update.status.value();
    if (update.capabilities.hasValue())
        number.capabilities = update.capabilities.value();
    if (!update.inboundServiceId.isAbsent())
        number.inboundServiceId = m_servicePicker->selectedServiceId();
    return number;
}

bool NumberDetailsDialog::hasUnsavedChanges() const
{
    return !pendingUpdate().isEmpty();
}

void NumberDetailsDialog::updateSaveButton()
{
    const bool fits = m_displayNameCounter->fits() && m_notesCounter->fits();
    m_saveButton->setEnabled(!isBusy() && fits && hasUnsavedChanges());
    if (!fits)
        m_saveButton->setToolTip(tr("Shorten the text marked in red to save."));
    else if (!hasUnsavedChanges())
        m_saveButton->setToolTip(tr("Nothing has changed yet."));
    else
        m_saveButton->setToolTip(QString());
}

void NumberDetailsDialog::save()
{
    if (!hasUnsavedChanges() || !m_displayNameCounter->fits() || !m_notesCounter->fits())
        return;
    clearErrors();
    setBusy(true, tr("Checking whether someone else changed this number…"));
    m_call = client()->getPhoneNumber(
            m_baseline.id, this, [this](const Result<PhoneNumber> &r) { onReread(r); });
}

void NumberDetailsDialog::onReread(const Result<PhoneNumber> &result)
{
    if (!result) {
        setBusy(false);
        if (result.error().isCancelled())
            return;
        if (result.error().isNotFound()) {
            banner()->showMessage(MessageBanner::Level::Warning,
                    tr("This number is no longer in the workspace: someone removed "
                       "it. Your changes were not saved."));
            Q_EMIT numberRemoved(m_baseline.id);
            return;
        }
        showError(result.error(), true);
        return;
    }

    const PhoneNumber &current = result.value();
    const auto namer = [this](const QString &id) {
        return m_services->nameOf(id);
    };
    if (!ConflictDialog::differences(m_baseline, current, edited(), namer).isEmpty()) {
        setBusy(false);
        resolveConflict(current);
        return;
    }
    send();
}

void NumberDetailsDialog::resolveConflict(const PhoneNumber &current)
{
    const auto namer = [this](const QString &id) {
        return m_services->nameOf(id);
    };
    auto *conflict = new ConflictDialog(NumberText::number(current.phoneNumber),
            ConflictDialog::differences(m_baseline, current, edited(), namer), this);
    conflict->setAttribute(Qt::WA_DeleteOnClose);
    connect(conflict, &QDialog::finished, this, [this, current](int choice) {
        if (choice == ConflictDialog::SaveMine) {
            // Only the fields changed here are sent, so the other person's changes to the
            // remaining fields stay.
            send();
        } else if (choice == ConflictDialog::TakeTheirs) {
            takeTheirs(current);
            banner()->showMessage(MessageBanner::Level::Information,
                    tr("The fields changed on the server now show their new "
                       "values; your other changes are kept. Review and save."));
        }
    });
    conflict->open();
}

// Loads the server's version as the new baseline, keeping this person's edits to the fields
// the server did not change.
void NumberDetailsDialog::takeTheirs(const PhoneNumber &current)
{
    const PhoneNumber edits = edited();
    const PhoneNumber opened = m_baseline;
    load(current);
    if (edits.displayName != opened.displayName && current.displayName == opened.displayName)
        m_displayName->setText(edits.displayName);
    if (edits.notes != opened.notes && current.notes == opened.notes)
        m_notes->setPlainText(edits.notes);
    if (edits.status != opened.status && current.status == opened.status)
        m_status->setCurrentIndex(m_status->findData(edits.status));
    if (edits.capabilities != opened.capabilities && current.capabilities == opened.capabilities) {
        m_inbound->setChecked(edits.capabilities.contains(u"inbound"_s));
        m_outbound->setChecked(edits.capabilities.contains(u"outbound"_s));
    }
    if (edits.inboundServiceId != opened.inboundServiceId
            && current.inboundServiceId == opened.inboundServiceId)
        m_servicePicker->setSelectedServiceId(edits.inboundServiceId);
}

void NumberDetailsDialog::send()
{
    const PhoneNumberUpdate update = pendingUpdate();
    if (update.isEmpty()) {
        setBusy(false);
        return;
    }
    setBusy(true, tr("Saving…"));
    m_call = client()->updatePhoneNumber(m_baseline.id, update, this,
            [this, update](const Result<PhoneNumber> &result) { onSaved(update, result); });
}

void NumberDetailsDialog::onSaved(const PhoneNumberUpdate &sent, const Result<PhoneNumber> &result)
{
    setBusy(false);
    if (!result) {
        if (result.error().isCancelled())
            return;
        if (result.error().isNotFound()) {
            banner()->showMessage(MessageBanner::Level::Warning,
                    tr("This number is no longer in the workspace: someone removed "
                       "it. Your changes were not saved."));
            Q_EMIT numberRemoved(m_baseline.id);
            return;
        }
        // A request the server refused as invalid will fail the same way again.
        showError(result.error(), result.error().kind() != ApiError::Kind::Validation);
        return;
    }

    const PhoneNumber &stored = result.value();
    load(stored);
    Q_EMIT numberSaved(stored);

    // Whether an explicit null unassigns the service is not documented; some servers ignore it.
    if (sent.inboundServiceId.isNull() && stored.inboundServiceId) {
        banner()->showMessage(MessageBanner::Level::Warning,
                tr("Saved, but the server kept the inbound service %1: it does not seem to "
                   "support removing a number's service. Choose another service instead.")
                        .arg(NumberText::service(stored.inboundServiceId,
                                [this](const QString &id) { return m_services->nameOf(id); })));
        return;
    }
    accept();
}

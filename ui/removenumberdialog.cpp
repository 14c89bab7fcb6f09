#include "removenumberdialog.h"

#include "forwardingchain.h"
#include "messagebanner.h"
#include "numbertext.h"
#include "phonenumberformat.h"
#include "servicelistmodel.h"
#include "statuscolors.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

RemoveNumberDialog::RemoveNumberDialog(ApiClient *client, const PhoneNumber &number, Action action,
        const QList<PhoneNumber> &workspaceNumbers, ServiceListModel *services, QWidget *parent)
    : NumberDialog(client, parent)
    , m_number(number)
    , m_action(action)
    , m_services(services)
    , m_attachments(new QLabel(form()))
    , m_confirmation(new QLineEdit(form()))
    , m_actionButton(buttonBox()->addButton(action == Action::ReleaseToCarrier
                      ? tr("&Release to carrier")
                      : tr("&Remove from workspace"),
              QDialogButtonBox::DestructiveRole))
    , m_cancelButton(buttonBox()->addButton(QDialogButtonBox::Cancel))
{
    setObjectName(action == Action::ReleaseToCarrier ? u"releaseNumberDialog"_s
                                                     : u"removeNumberDialog"_s);
    setWindowTitle(action == Action::ReleaseToCarrier
                    ? tr("Release %1 to the carrier").arg(number.phoneNumber)
                    : tr("Remove %1 from the workspace").arg(number.phoneNumber));
    buildForm(workspaceNumbers);
    resize(560, 440);
}

RemoveNumberDialog::~RemoveNumberDialog()
{
    m_call.cancel();
}

void RemoveNumberDialog::buildForm(const QList<PhoneNumber> &workspaceNumbers)
{
    const QString number = NumberText::number(m_number.phoneNumber);
    const bool release = m_action == Action::ReleaseToCarrier;

    auto *heading = new QLabel(form());
    heading->setObjectName(u"numberHeading"_s);
    heading->setText(m_number.displayName.isEmpty()
                    ? number
                    : tr("%1 — %2").arg(
                            number, QChar(0x2068) + m_number.displayName + QChar(0x2069)));
    heading->setTextFormat(Qt::PlainText);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    heading->setFont(headingFont);

    auto *consequences = new QLabel(form());
    consequences->setObjectName(u"consequencesLabel"_s);
    consequences->setWordWrap(true);
    consequences->setText(release
                    ? tr("Releasing gives this number back to the carrier and removes it from "
                         "the workspace. This cannot be undone: the carrier may give the number "
                         "to someone else, and it may not be possible to buy it again.")
                    : tr("Removing takes this number out of the workspace: its calls are no "
                         "longer answered by the workspace's services. The number stays on the "
                         "carrier account (and may still be billed there); it can be registered "
                         "again later."));

    const QList<PhoneNumber> forwarders
            = ForwardingChain::forwardingTo(m_number.phoneNumber, workspaceNumbers);
    if (forwarders.isEmpty()) {
        m_forwarders = tr("No other loaded number forwards to it (%n number(s) loaded).", nullptr,
                static_cast<int>(workspaceNumbers.size()));
    } else {
        QStringList names;
        for (const PhoneNumber &forwarder : forwarders)
            names << NumberText::number(forwarder.phoneNumber);
        m_forwarders = tr("Forwarded to by %n other number(s): %1. Their forwarding would lead "
                          "nowhere.",
                nullptr, static_cast<int>(forwarders.size()))
                               .arg(names.join(u", "_s));
    }
    m_attachments->setObjectName(u"attachmentsLabel"_s);
    m_attachments->setTextFormat(Qt::PlainText);
    m_attachments->setWordWrap(true);
    showAttachments();
    // A service that is on no page loaded so far (an inactive one) is looked up by its id.
    const std::optional<QString> &serviceId = m_number.inboundServiceId;
    if (m_services && serviceId && m_services->nameOf(*serviceId).isEmpty()) {
        connect(m_services, &ServiceListModel::serviceResolved, this,
                [this, id = *serviceId](const QString &resolved) {
                    if (resolved == id)
                        showAttachments();
                });
        m_services->resolve(*serviceId);
    }
    m_attachments->setAccessibleName(tr("What is attached to this number"));

    auto *confirmLabel = new QLabel(tr("To confirm, type the last four digits of the number (%1):")
                                            .arg(NumberText::lastFour(m_number.phoneNumber)),
            form());
    confirmLabel->setWordWrap(true);
    confirmLabel->setBuddy(m_confirmation);
    m_confirmation->setObjectName(u"confirmationEdit"_s);
    m_confirmation->setAccessibleName(tr("Last four digits of the number"));
    m_confirmation->setMaxLength(16);
    m_confirmation->setLayoutDirection(Qt::LeftToRight);

    auto *layout = new QVBoxLayout(form());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(consequences);
    layout->addWidget(new QLabel(tr("Attached to this number:"), form()));
    layout->addWidget(m_attachments);
    if (release && !m_number.providerPhoneSid) {
        auto *noSid = new QLabel(tr("This number has no carrier SID, so it cannot be released "
                                    "from here. Remove it from the workspace instead, or release "
                                    "it in the carrier's console."),
                form());
        noSid->setObjectName(u"noProviderSidLabel"_s);
        noSid->setWordWrap(true);
        noSid->setStyleSheet(StatusColors::textStyle(StatusColors::error(palette())));
        layout->addWidget(noSid);
    }
    layout->addSpacing(8);
    layout->addWidget(confirmLabel);
    layout->addWidget(m_confirmation);
    layout->addStretch(1);

    m_actionButton->setObjectName(u"actionButton"_s);
    m_actionButton->setAutoDefault(false);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    m_cancelButton->setDefault(true);
    connect(m_actionButton, &QPushButton::clicked, this, &RemoveNumberDialog::confirm);
    connect(m_cancelButton, &QPushButton::clicked, this, &RemoveNumberDialog::reject);
    connect(m_confirmation, &QLineEdit::textChanged, this, &RemoveNumberDialog::updateButton);
    connect(this, &NumberDialog::busyChanged, this, &RemoveNumberDialog::updateButton);
    m_confirmation->installEventFilter(this);
    m_confirmation->setFocus();
    updateButton();
}

bool RemoveNumberDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Enter after the four digits confirms, as the typed digits are the confirmation; before
    // they are typed it does nothing, rather than close the dialog through its default button.
    if (watched == m_confirmation && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (m_actionButton->isEnabled())
                m_actionButton->click();
            return true;
        }
    }
    return NumberDialog::eventFilter(watched, event);
}

void RemoveNumberDialog::showAttachments()
{
    const auto namer = [this](const QString &id) {
        return m_services ? m_services->nameOf(id) : QString();
    };
    const QStringList attached{
            tr("Inbound service: %1").arg(NumberText::service(m_number.inboundServiceId, namer)),
            tr("Call forwarding: %1").arg(NumberText::forwarding(m_number.forwarding)),
            m_forwarders};
    m_attachments->setText(u"• "_s + attached.join(u"\n• "_s));
}

QString RemoveNumberDialog::attachmentsText() const
{
    return m_attachments->text();
}

bool RemoveNumberDialog::isConfirmed() const
{
    // Any digits count (a keyboard may type Arabic-Indic ones); spaces are ignored.
    return PhoneNumberFormat::digitsOf(m_confirmation->text())
            == NumberText::lastFour(m_number.phoneNumber);
}

void RemoveNumberDialog::updateButton()
{
    const bool releasable = m_action != Action::ReleaseToCarrier || m_number.providerPhoneSid;
    m_actionButton->setEnabled(!m_finished && !isBusy() && releasable && isConfirmed());
}

void RemoveNumberDialog::confirm()
{
    if (!isConfirmed() || m_finished)
        return;
    clearErrors();
    const auto done = [this](const Result<Done> &result) {
        onDone(result);
    };
    if (m_action == Action::ReleaseToCarrier) {
        setBusy(true, tr("Releasing the number to the carrier…"));
        m_call = client()->releasePhoneNumber(m_number.id, this, done);
    } else {
        setBusy(true, tr("Removing the number from the workspace…"));
        m_call = client()->deletePhoneNumber(m_number.id, this, done);
    }
}

void RemoveNumberDialog::onDone(const Result<Done> &result)
{
    setBusy(false);
    if (result) {
        m_finished = true;
        Q_EMIT numberRemoved(m_number.id);
        accept();
        return;
    }

    const ApiError &error = result.error();
    if (error.isCancelled())
        return;
    if (error.isNotFound()) {
        // Someone else removed it first: the goal is reached, so this is no error.
        m_finished = true;
        updateButton();
        m_confirmation->setEnabled(false);
        m_cancelButton->setText(tr("Close"));
        banner()->showMessage(MessageBanner::Level::Information,
                tr("%1 had already been removed from the workspace. It has been "
                   "taken off the list.")
                        .arg(m_number.phoneNumber));
        Q_EMIT numberRemoved(m_number.id);
        return;
    }
    showError(error, error.kind() != ApiError::Kind::Validation);
}

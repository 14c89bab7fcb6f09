#include "forwardingdialog.h"

#include "conflictdialog.h"
#include "forwardingchain.h"
#include "messagebanner.h"
#include "numbertext.h"
#include "phonenumberedit.h"
#include "statuscolors.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ForwardingDialog::ForwardingDialog(ApiClient *client, const PhoneNumber &number,
        const QList<PhoneNumber> &workspaceNumbers, QWidget *parent)
    : NumberDialog(client, parent)
    , m_baseline(number)
    , m_workspaceNumbers(workspaceNumbers)
    , m_heading(new QLabel(form()))
    , m_stored(new QLabel(form()))
    , m_enabled(new QCheckBox(tr("Forwarding &enabled"), form()))
    , m_target(new PhoneNumberEdit(form()))
    , m_route(new QLabel(form()))
    , m_disconnect(new QRadioButton(
              tr("&Disconnect the agent after transferring (recommended)"), form()))
    , m_keepOnLine(new QRadioButton(tr("&Keep the agent on the line"), form()))
    , m_saveButton(buttonBox()->addButton(QDialogButtonBox::Save))
    , m_clearButton(buttonBox()->addButton(tr("C&lear forwarding"), QDialogButtonBox::ActionRole))
{
    setObjectName(u"forwardingDialog"_s);
    setWindowTitle(tr("Call forwarding of %1").arg(number.phoneNumber));
    buildForm();
    load(number);
    m_target->setFocus();
    resize(600, 520);
}

ForwardingDialog::~ForwardingDialog()
{
    m_call.cancel();
}

void ForwardingDialog::buildForm()
{
    m_heading->setObjectName(u"numberHeading"_s);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *about = new QLabel(tr("When forwarding is enabled, the voice agent answering this "
                                "number can transfer callers to the target."),
            form());
    about->setWordWrap(true);

    m_stored->setObjectName(u"storedForwardingLabel"_s);
    m_stored->setWordWrap(true);
    m_stored->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stored->setAccessibleName(tr("Forwarding stored on the server"));

    m_enabled->setObjectName(u"enabledCheck"_s);
    m_target->setObjectName(u"targetEdit"_s);
    m_target->setFieldName(tr("Forwarding target"));
    m_route->setObjectName(u"routeLabel"_s);
    m_route->setWordWrap(true);
    m_route->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_route->hide();

    m_disconnect->setObjectName(u"disconnectRadio"_s);
    m_keepOnLine->setObjectName(u"keepOnLineRadio"_s);
    auto *afterTransfer = new QButtonGroup(this);
    afterTransfer->addButton(m_disconnect);
    afterTransfer->addButton(m_keepOnLine);

    auto *targetColumn = new QVBoxLayout;
    targetColumn->setSpacing(2);
    targetColumn->addWidget(m_target);
    targetColumn->addWidget(m_route);
    targetColumn->addWidget(createFieldErrorLabel(u"forward_to"_s));

    auto *afterColumn = new QVBoxLayout;
    afterColumn->addWidget(m_disconnect);
    afterColumn->addWidget(m_keepOnLine);
    afterColumn->addWidget(createFieldErrorLabel(u"should_disconnect"_s));

    auto *layout = new QFormLayout(form());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(m_heading);
    layout->addRow(about);
    layout->addRow(tr("Now:"), m_stored);
    layout->addRow(QString(), m_enabled);
    auto *targetLabel = new QLabel(tr("&Target:"), form());
    targetLabel->setBuddy(m_target);
    layout->addRow(targetLabel, targetColumn);
    layout->addRow(tr("After the transfer:"), afterColumn);

    m_saveButton->setObjectName(u"saveButton"_s);
    m_clearButton->setObjectName(u"clearButton"_s);
    QPushButton *close = buttonBox()->addButton(QDialogButtonBox::Close);
    close->setObjectName(u"closeButton"_s);
    connect(m_saveButton, &QPushButton::clicked, this, &ForwardingDialog::save);
    connect(m_clearButton, &QPushButton::clicked, this, &ForwardingDialog::clearForwarding);
    connect(close, &QPushButton::clicked, this, &ForwardingDialog::reject);

    clearFieldErrorOn(u"forward_to"_s, m_target, &PhoneNumberEdit::changed);
    clearFieldErrorOn(u"forward_to"_s, m_enabled, &QCheckBox::toggled);
    clearFieldErrorOn(u"should_disconnect"_s, m_disconnect, &QRadioButton::toggled);
    connect(m_target, &PhoneNumberEdit::changed, this, &ForwardingDialog::checkTarget);
    // A disabled forwarding transfers nowhere: its target may be anything, the number included.
    connect(m_enabled, &QCheckBox::toggled, this, &ForwardingDialog::checkTarget);
    connect(m_disconnect, &QRadioButton::toggled, this, &ForwardingDialog::updateButtons);
    connect(this, &NumberDialog::busyChanged, this, &ForwardingDialog::updateButtons);
}

void ForwardingDialog::setDefaultRegion(const QString &regionCode)
{
    m_target->setDefaultRegion(regionCode);
}

void ForwardingDialog::load(const PhoneNumber &number)
{
    m_baseline = number;
    m_heading->setText(NumberText::number(number.phoneNumber));
    showStored();

    const ForwardingConfig config = number.forwarding.value_or(ForwardingConfig{});
    m_enabled->setChecked(config.enabled);
    if (m_target->e164() != config.forwardTo || config.forwardTo.isEmpty())
        m_target->setText(config.forwardTo);
    (config.shouldDisconnect ? m_disconnect : m_keepOnLine)->setChecked(true);
    checkTarget();
}

void ForwardingDialog::showStored()
{
    m_stored->setText(NumberText::forwarding(m_baseline.forwarding));
}

std::optional<ForwardingConfig> ForwardingDialog::pendingForwarding() const
{
    const std::optional<QString> target = m_target->e164();
    if (!target)
        return std::nullopt;
    return ForwardingConfig{m_enabled->isChecked(), *target, m_disconnect->isChecked()};
}

bool ForwardingDialog::hasUnsavedChanges() const
{
    if (!m_baseline.forwarding)
        return !m_target->text().trimmed().isEmpty();
    const auto pending = pendingForwarding();
    return !pending || *pending != *m_baseline.forwarding;
}

bool ForwardingDialog::isSelfForwarding() const
{
    const NumberInterpretation &target = m_target->interpretation();
    const QString &own = m_baseline.phoneNumber;
    return (!target.e164.isEmpty() && target.e164 == own)
            || (target.alternative && target.alternative->e164 == own);
}

bool ForwardingDialog::refusesTarget() const
{
    return m_enabled->isChecked() && isSelfForwarding();
}

bool ForwardingDialog::isLoopWarned() const
{
    return m_route->isVisible() && m_route->property("loop").toBool();
}

void ForwardingDialog::checkTarget()
{
    setFieldError(u"forward_to"_s, QString());

    const bool self = isSelfForwarding();
    m_target->setRefusal(refusesTarget()
                    ? tr("This is the number itself: a number cannot forward to itself. Enter "
                         "another number, or untick \"Forwarding enabled\".")
                    : QString());

    const std::optional<QString> target = m_target->e164();
    ForwardingChain::Route route;
    if (target && !self)
        route = ForwardingChain::follow(m_baseline.phoneNumber, *target, m_workspaceNumbers);

    QStringList hops{NumberText::international(m_baseline.phoneNumber)};
    for (const QString &hop : std::as_const(route.hops))
        hops << NumberText::international(hop);
    const QString path = hops.join(u" → "_s);
    QString routeText;
    if (route.returnsToStart)
        routeText = tr("⚠ Calls would go round in a loop: %1. Change the forwarding of the "
                       "other number first, or pick another target.")
                            .arg(path);
    else if (route.endsInOtherLoop)
        routeText = tr("⚠ The target is part of a forwarding loop: %1.").arg(path);
    else if (route.hops.size() > 1)
        routeText = tr("Calls would continue: %1.").arg(path);
    m_route->setText(routeText);
    m_route->setProperty("loop", route.isLoop());
    m_route->setStyleSheet(route.isLoop()
                    ? StatusColors::boldTextStyle(StatusColors::warning(palette()))
                    : QString());
    m_route->setVisible(!routeText.isEmpty());

    updateButtons();
}

void ForwardingDialog::updateButtons()
{
    const bool canSave = !isBusy() && !refusesTarget() && pendingForwarding().has_value()
            && hasUnsavedChanges();
    m_saveButton->setEnabled(canSave);
    m_clearButton->setEnabled(!isBusy() && m_baseline.forwarding.has_value());
    if (refusesTarget())
        m_saveButton->setToolTip(tr("A number cannot forward to itself."));
    else if (!pendingForwarding())
        m_saveButton->setToolTip(tr("Enter a target number that can be used."));
    else
        m_saveButton->setToolTip(QString());
}

void ForwardingDialog::save()
{
    if (!pendingForwarding() || refusesTarget())
        return;
    m_lastOperation = Operation::Save;
    clearErrors();
    setBusy(true, tr("Checking whether someone else changed the forwarding…"));
    m_call = client()->getPhoneNumber(
            m_baseline.id, this, [this](const Result<PhoneNumber> &r) { onReread(r); });
}

void ForwardingDialog::onReread(const Result<PhoneNumber> &result)
{
    if (!result) {
        setBusy(false);
        onFailed(result.error());
        return;
    }

    const PhoneNumber &current = result.value();
    if (current.forwarding == m_baseline.forwarding) {
        send();
        return;
    }

    setBusy(false);
    PhoneNumber mine = m_baseline;
    mine.forwarding = pendingForwarding();
    QList<ConflictDialog::Difference> differences
            = ConflictDialog::differences(m_baseline, current, mine, {});
    differences.removeIf(
            [](const ConflictDialog::Difference &d) { return d.key != u"forwarding"; });
    auto *conflict = new ConflictDialog(NumberText::number(current.phoneNumber), differences, this);
    conflict->setAttribute(Qt::WA_DeleteOnClose);
    connect(conflict, &QDialog::finished, this, [this, current](int choice) {
        if (choice == ConflictDialog::SaveMine) {
            send();
        } else if (choice == ConflictDialog::TakeTheirs) {
            load(current);
            banner()->showMessage(MessageBanner::Level::Information,
                    tr("The form now shows the forwarding stored on the server."));
        }
    });
    conflict->open();
}

void ForwardingDialog::send()
{
    const auto forwarding = pendingForwarding();
    if (!forwarding) {
        setBusy(false);
        return;
    }
    setBusy(true, tr("Saving…"));
    m_call = client()->setForwarding(
            m_baseline.id, *forwarding, this, [this](const Result<PhoneNumber> &result) {
                onStored(result, tr("Forwarding saved."));
            });
}

void ForwardingDialog::clearForwarding()
{
    m_lastOperation = Operation::Clear;
    clearErrors();
    setBusy(true, tr("Clearing forwarding…"));
    m_call = client()->clearForwarding(
            m_baseline.id, this, [this](const Result<std::optional<PhoneNumber>> &result) {
                if (!result) {
                    onStored(result.error(), {});
                    return;
                }
                if (result.value().has_value()) {
                    onStored(*result.value(), tr("Forwarding cleared."));
                    return;
                }
                // A 204 without a body: ask what the server stored.
                m_call = client()->getPhoneNumber(
                        m_baseline.id, this, [this](const Result<PhoneNumber> &stored) {
                            onStored(stored, tr("Forwarding cleared."));
                        });
            });
}

void ForwardingDialog::retry()
{
    if (m_lastOperation == Operation::Clear)
        clearForwarding();
    else
        save();
}

void ForwardingDialog::onStored(const Result<PhoneNumber> &result, const QString &what)
{
    setBusy(false);
    if (!result) {
        onFailed(result.error());
        return;
    }
    load(result.value());
    banner()->showMessage(MessageBanner::Level::Information,
            tr("%1 The server now stores: %2.")
                    .arg(what, NumberText::forwarding(m_baseline.forwarding)));
    Q_EMIT numberSaved(m_baseline);
}

void ForwardingDialog::onFailed(const ApiError &error)
{
    if (error.isCancelled())
        return;
    if (error.isNotFound()) {
        banner()->showMessage(MessageBanner::Level::Warning,
                tr("This number is no longer in the workspace: someone removed it. "
                   "Nothing was saved."));
        Q_EMIT numberRemoved(m_baseline.id);
        return;
    }
    showError(error, error.kind() != ApiError::Kind::Validation);
}

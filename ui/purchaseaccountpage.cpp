#include "purchaseaccountpage.h"

#include "messagebanner.h"
#include "purchasewizard.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PurchaseAccountPage::PurchaseAccountPage(PurchaseWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_status(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_provision(new QPushButton(tr("&Set up the telephony account"), this))
    , m_details(new QWidget(this))
    , m_friendlyName(new QLabel(this))
    , m_accountSid(new QLabel(this))
    , m_environment(new QLabel(this))
    , m_accountStatus(new QLabel(this))
    , m_banner(new MessageBanner(this))
{
    setObjectName(u"accountPage"_s);
    setTitle(tr("Telephony account"));
    setSubTitle(tr("Numbers are bought on your workspace's own telephony account at the carrier."));

    m_status->setObjectName(u"accountStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_status->setFocusPolicy(Qt::StrongFocus);
    m_explanation->setObjectName(u"provisionExplanation"_s);
    m_explanation->setWordWrap(true);
    m_explanation->setText(
            tr("This workspace has no telephony account yet. Setting it up creates an isolated "
               "account at the carrier for this workspace and connects incoming calls to the "
               "Amigo platform. Nothing is bought and nothing costs money at this step. If it "
               "already exists, the existing account is used, so doing it twice is harmless."));
    m_provision->setObjectName(u"provisionButton"_s);
    m_provision->setAccessibleDescription(m_explanation->text());

    auto *form = new QFormLayout(m_details);
    form->setContentsMargins(0, 0, 0, 0);
    for (QLabel *value : {m_friendlyName, m_accountSid, m_environment, m_accountStatus})
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_friendlyName->setObjectName(u"accountName"_s);
    m_accountSid->setObjectName(u"accountSid"_s);
    form->addRow(tr("Account:"), m_friendlyName);
    form->addRow(tr("Carrier account ID:"), m_accountSid);
    form->addRow(tr("Environment:"), m_environment);
    form->addRow(tr("State:"), m_accountStatus);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_status);
    layout->addWidget(m_explanation);
    layout->addWidget(m_provision, 0, Qt::AlignLeft);
    layout->addWidget(m_details);
    layout->addStretch(1);

    connect(m_provision, &QPushButton::clicked, this, &PurchaseAccountPage::provision);
    connect(m_banner, &MessageBanner::retryRequested, this, [this] {
        m_banner->clear();
        if (m_wizard->subAccount())
            checkPermission();
        else
            check();
    });
    setStage(Stage::Checking, {});
}

void PurchaseAccountPage::initializePage()
{
    if (m_stage == Stage::Ready)
        return;
    if (m_wizard->subAccount()) {
        showAccount(*m_wizard->subAccount());
        checkPermission();
    } else {
        check();
    }
}

bool PurchaseAccountPage::isComplete() const
{
    return m_stage == Stage::Ready;
}

void PurchaseAccountPage::cancelWork()
{
    if (m_stage == Stage::Provisioning && m_call.isRunning())
        m_interruptedProvisioning = true;
    m_call.cancel();
}

void PurchaseAccountPage::setStage(Stage stage, const QString &status)
{
    m_stage = stage;
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
    const bool offerProvisioning = stage == Stage::NeedsProvisioning;
    m_explanation->setVisible(offerProvisioning || stage == Stage::Provisioning);
    m_provision->setVisible(offerProvisioning || stage == Stage::Provisioning);
    m_provision->setEnabled(offerProvisioning);
    m_details->setVisible(m_wizard->subAccount().has_value());
    if (offerProvisioning)
        m_provision->setFocus();
    Q_EMIT completeChanged();
}

void PurchaseAccountPage::check()
{
    setStage(Stage::Checking, tr("Looking for this workspace's telephony account…"));
    m_call = m_wizard->client()->getSubAccount(
            this, [this](const Result<SubAccount> &result) { onAccount(result, false); });
}

void PurchaseAccountPage::provision()
{
    m_banner->clear();
    setStage(Stage::Provisioning, tr("Setting up the telephony account…"));
    m_call = m_wizard->client()->provisionSubAccount(
            this, [this](const Result<SubAccount> &result) { onAccount(result, true); });
}

void PurchaseAccountPage::onAccount(const Result<SubAccount> &result, bool provisioned)
{
    if (result) {
        m_wizard->setSubAccount(result.value(), provisioned);
        showAccount(result.value());
        checkPermission();
        return;
    }

    const ApiError &error = result.error();
    if (error.isCancelled())
        return;
    if (!provisioned && error.isNotFound()) {
        setStage(Stage::NeedsProvisioning, {});
        return;
    }
    if (error.isForbidden() || error.httpStatus() == 401) {
        refuse(error);
        return;
    }
    fail(error,
            provisioned ? tr("The telephony account could not be set up.")
                        : tr("The telephony account could not be looked up."));
}

// Searching needs the permission to create numbers, which a viewer key lacks: a search for one
// number finds out, before anything is picked, whether this key can buy at all.
void PurchaseAccountPage::checkPermission()
{
    setStage(Stage::CheckingPermission, tr("Checking that this API key may buy numbers…"));
    AvailableNumberQuery probe;
    probe.country = m_wizard->defaultCountry();
    probe.limit = 1;
    m_call = m_wizard->client()->searchAvailableNumbers(probe, this,
            [this](const Result<QList<AvailableNumber>> &result) { onPermission(result); });
}

void PurchaseAccountPage::onPermission(const Result<QList<AvailableNumber>> &result)
{
    if (result) {
        setStage(Stage::Ready,
                tr("Numbers will be bought on this account. Choose Next to search for numbers."));
        return;
    }
    const ApiError &error = result.error();
    if (error.isCancelled())
        return;
    if (error.isForbidden() || error.httpStatus() == 401) {
        refuse(error);
        return;
    }
    // A search error that is not about permissions (an unsupported default country, a 422)
    // says nothing about whether this key may buy; the search page will show it in context.
    if (error.kind() == ApiError::Kind::Validation) {
        setStage(Stage::Ready,
                tr("Numbers will be bought on this account. Choose Next to search for numbers."));
        return;
    }
    fail(error, tr("Could not check whether this API key may buy numbers."));
}

void PurchaseAccountPage::refuse(const ApiError &error)
{
    m_banner->showMessage(
            MessageBanner::Level::Error, tr("The server refused: %1").arg(error.fullText()));
    setStage(Stage::Refused,
            tr("This API key is not allowed to buy numbers. Buying numbers and setting up the "
               "telephony account need an admin key (role admin or owner); a viewer key can "
               "only look. Ask a workspace owner for an admin key, connect with it, and open "
               "this wizard again. Nothing was bought or changed."));
}

void PurchaseAccountPage::fail(const ApiError &error, const QString &what)
{
    m_banner->showMessage(MessageBanner::Level::Error, what + u' ' + error.fullText(), true);
    setStage(Stage::Failed, tr("You cannot go on until this works. Choose Retry to try again."));
}

void PurchaseAccountPage::showAccount(const SubAccount &account)
{
    m_friendlyName->setText(account.friendlyName.isEmpty() ? account.id : account.friendlyName);
    m_accountSid->setText(account.accountSid);
    m_environment->setText(account.environment);
    m_accountStatus->setText(account.status == u"active" ? tr("Active") : account.status);
    m_details->setVisible(true);
}

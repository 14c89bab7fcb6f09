#include "purchaseroutepage.h"

#include "messagebanner.h"
#include "phonenumberedit.h"
#include "phonenumberformat.h"
#include "purchaserouting.h"
#include "purchasewizard.h"
#include "servicelistmodel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PurchaseRoutePage::PurchaseRoutePage(PurchaseWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_routing(new PurchaseRouting(wizard->client(), this))
    , m_services(new ServiceListModel(wizard->client(), this))
    , m_banner(new MessageBanner(this))
    , m_servicesStatus(new QLabel(this))
    , m_mode(new QButtonGroup(this))
    , m_routeAll(new QRadioButton(tr("Send calls to &all new numbers to one service:"), this))
    , m_routeEach(new QRadioButton(tr("Choose a service for &each number"), this))
    , m_routeLater(new QRadioButton(tr("&Leave them without an inbound service for now"), this))
    , m_serviceForAll(createServiceCombo(tr("Service for all new numbers")))
    , m_perNumber(new QTableWidget(this))
    , m_forwardingBox(new QGroupBox(tr("Also set call &forwarding"), this))
    , m_forwardTo(new PhoneNumberEdit(this))
    , m_disconnect(
              new QRadioButton(tr("&Disconnect the agent after transferring (recommended)"), this))
    , m_stayOnLine(new QRadioButton(tr("&Keep the agent on the line"), this))
    , m_apply(new QPushButton(tr("A&pply to the bought numbers"), this))
    , m_results(new QTableWidget(this))
    , m_reason(new QLabel(this))
{
    setObjectName(u"routePage"_s);
    setTitle(tr("Route the new numbers"));
    setSubTitle(tr("Choose the service that answers calls to the new numbers. You can change "
                   "this later in the number's details."));

    // "No service" is its own choice on this page, not an entry of the list.
    m_services->setIncludeNone(false);
    m_servicesStatus->setObjectName(u"servicesStatus"_s);
    m_servicesStatus->setWordWrap(true);
    m_apply->setObjectName(u"applyRoutingButton"_s);
    m_results->setObjectName(u"routingResults"_s);
    m_results->setAccessibleName(tr("Routing result for each number"));
    m_results->setColumnCount(2);
    m_results->setHorizontalHeaderLabels({tr("Number"), tr("Result")});
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->verticalHeader()->hide();
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setTabKeyNavigation(false);
    m_results->hide();
    m_reason->setObjectName(u"nextReason"_s);
    m_reason->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_servicesStatus);
    layout->addWidget(createServiceChoice());
    layout->addWidget(createForwarding());
    layout->addWidget(m_apply, 0, Qt::AlignLeft);
    layout->addWidget(m_results, 1);
    // Spare room goes below the choices, so that nothing above moves when a message changes.
    layout->addStretch();
    layout->addWidget(m_reason);

    connect(m_mode, &QButtonGroup::idToggled, this, &PurchaseRoutePage::onChoiceChanged);
    connect(m_forwardingBox, &QGroupBox::toggled, this, &PurchaseRoutePage::onChoiceChanged);
    connect(m_disconnect, &QRadioButton::toggled, this, &PurchaseRoutePage::onChoiceChanged);
    connect(m_apply, &QPushButton::clicked, this, &PurchaseRoutePage::apply);
    connect(m_routing, &PurchaseRouting::numberUpdated, m_wizard, [this](const PhoneNumber &n) {
        m_wizard->updatePurchased(n);
        Q_EMIT m_wizard->numberUpdated(n);
    });
    connect(m_routing, &PurchaseRouting::finished, this, &PurchaseRoutePage::onFinished);
    connect(m_services, &ServiceListModel::pageLoaded, this, &PurchaseRoutePage::onServicesLoaded);
    connect(m_services, &ServiceListModel::loadFailed, this, [this](const ApiError &error) {
        m_servicesStatus->setText(tr("Without the list of services you can only leave the "
                                     "numbers unrouted for now."));
        m_servicesStatus->show();
        m_banner->showMessage(MessageBanner::Level::Error,
                tr("The services could not be loaded. %1").arg(error.fullText()), true);
        onChoiceChanged();
    });
    connect(m_banner, &MessageBanner::retryRequested, this, [this] {
        m_banner->clear();
        m_services->retry();
    });
}

QWidget *PurchaseRoutePage::createServiceChoice()
{
    auto *box = new QGroupBox(tr("Inbound service"), this);
    m_routeAll->setObjectName(u"routeAll"_s);
    m_routeEach->setObjectName(u"routeEach"_s);
    m_routeLater->setObjectName(u"routeLater"_s);
    m_mode->addButton(m_routeAll, 0);
    m_mode->addButton(m_routeEach, 1);
    m_mode->addButton(m_routeLater, 2);
    m_routeAll->setChecked(true);
    m_serviceForAll->setObjectName(u"serviceForAll"_s);
    m_perNumber->setObjectName(u"perNumberServices"_s);
    m_perNumber->setAccessibleName(tr("Service for each number"));
    m_perNumber->setColumnCount(2);
    m_perNumber->setHorizontalHeaderLabels({tr("Number"), tr("Inbound service")});
    m_perNumber->horizontalHeader()->setStretchLastSection(true);
    m_perNumber->verticalHeader()->hide();
    m_perNumber->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_perNumber->setTabKeyNavigation(false);
    m_perNumber->hide();

    auto *allRow = new QHBoxLayout;
    allRow->addWidget(m_routeAll);
    allRow->addWidget(m_serviceForAll, 1);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(allRow);
    layout->addWidget(m_routeEach);
    layout->addWidget(m_perNumber);
    layout->addWidget(m_routeLater);
    return box;
}

QWidget *PurchaseRoutePage::createForwarding()
{
    m_forwardingBox->setObjectName(u"forwardingBox"_s);
    m_forwardingBox->setCheckable(true);
    m_forwardingBox->setChecked(false);
    m_forwardTo->setObjectName(u"forwardToEdit"_s);
    m_forwardTo->setFieldName(tr("Forwarding target"));
    connect(m_forwardTo, &PhoneNumberEdit::changed, this, &PurchaseRoutePage::onChoiceChanged);
    connect(m_forwardTo, &PhoneNumberEdit::typingFinished, this,
            &PurchaseRoutePage::onChoiceChanged);
    m_disconnect->setObjectName(u"disconnectAfterTransfer"_s);
    m_stayOnLine->setObjectName(u"keepAgentOnLine"_s);
    m_disconnect->setChecked(true);

    auto *targetLabel = new QLabel(tr("Forward &to:"), m_forwardingBox);
    targetLabel->setBuddy(m_forwardTo->lineEdit());
    // Beside the line the number is typed in, not in the middle of the check result under it.
    targetLabel->setMinimumHeight(m_forwardTo->lineEdit()->sizeHint().height());
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(targetLabel, 0, Qt::AlignTop);
    targetRow->addWidget(m_forwardTo, 1);
    auto *layout = new QVBoxLayout(m_forwardingBox);
    layout->addWidget(new QLabel(tr("When the agent transfers a caller, the call goes to this "
                                    "number. It applies to every new number."),
            m_forwardingBox));
    layout->addLayout(targetRow);
    layout->addWidget(m_disconnect);
    layout->addWidget(m_stayOnLine);
    return m_forwardingBox;
}

void PurchaseRoutePage::initializePage()
{
    m_forwardTo->setDefaultRegion(m_wizard->defaultCountry());
    fillPerNumberTable();
    loadServices();
    onChoiceChanged();
}

void PurchaseRoutePage::loadServices()
{
    if (m_services->rowCount() > 0 || m_services->isLoading())
        return;
    m_servicesStatus->setText(tr("Loading the workspace's services…"));
    m_servicesStatus->show();
    m_services->refresh();
}

void PurchaseRoutePage::onServicesLoaded()
{
    const bool none = m_services->rowCount() == 0 && !m_services->hasMore();
    m_servicesStatus->setText(none ? tr("This workspace has no services yet: leave the numbers "
                                        "unrouted and route them once a service exists.")
                                   : QString());
    m_servicesStatus->setVisible(none);
    onChoiceChanged();
}

// The combo boxes share one lazily paged list; scrolling to the end of one loads more.
QComboBox *PurchaseRoutePage::createServiceCombo(const QString &accessibleName)
{
    auto *combo = new QComboBox(this);
    combo->setAccessibleName(accessibleName);
    combo->setModel(m_services);
    combo->setPlaceholderText(tr("Choose a service"));
    combo->setCurrentIndex(-1);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(24);
    connect(combo, &QComboBox::currentIndexChanged, this, &PurchaseRoutePage::onChoiceChanged);
    return combo;
}

std::optional<QString> PurchaseRoutePage::chosenService(const QComboBox *combo)
{
    if (!combo || combo->currentIndex() < 0)
        return std::nullopt;
    const QString id = combo->currentData(ServiceListModel::ServiceIdRole).toString();
    if (id.isEmpty())
        return std::nullopt;
    return id;
}

void PurchaseRoutePage::fillPerNumberTable()
{
    const QList<PhoneNumber> numbers = m_wizard->purchasedNumbers();
    m_perNumber->setRowCount(static_cast<int>(numbers.size()));
    for (int row = 0; row < numbers.size(); ++row) {
        const PhoneNumber &number = numbers.at(row);
        auto *item = new QTableWidgetItem(
                PhoneNumberFormat::present(number.phoneNumber).international);
        item->setData(Qt::UserRole, number.id);
        m_perNumber->setItem(row, 0, item);
        if (!m_perNumber->cellWidget(row, 1))
            m_perNumber->setCellWidget(
                    row, 1, createServiceCombo(tr("Inbound service for %1").arg(item->text())));
    }
    m_perNumber->resizeColumnToContents(0);
}

QString PurchaseRoutePage::selfForwardingRefusal() const
{
    const std::optional<QString> target = m_forwardTo->e164();
    if (!target)
        return {};
    for (const PhoneNumber &number : m_wizard->purchasedNumbers()) {
        if (number.phoneNumber == *target)
            return tr("A number cannot forward to itself: %1 is one of the new numbers.")
                    .arg(PhoneNumberFormat::present(*target).international);
    }
    return {};
}

// What keeps the forwarding from being applied. The field itself explains what is wrong with
// the number, so this only says what to do, and the explanation is not shown twice.
QString PurchaseRoutePage::forwardingProblem() const
{
    if (!m_forwardingBox->isChecked())
        return {};
    if (m_forwardTo->text().trimmed().isEmpty())
        return tr("Type the number to forward to, or untick call forwarding.");
    if (m_forwardTo->isBeingTyped() && m_forwardTo->interpretation().incomplete
            && m_forwardTo->isRefused())
        return tr("Finish typing the number to forward to, or untick call forwarding.");
    if (m_forwardTo->isRefused())
        return tr("Correct the number to forward to, or untick call forwarding.");
    return {};
}

bool PurchaseRoutePage::hasChoice() const
{
    return !m_routeLater->isChecked() || m_forwardingBox->isChecked();
}

QString PurchaseRoutePage::blockingReason() const
{
    if (m_routing->isRunning())
        return tr("Applying…");
    if (m_routeAll->isChecked() && !chosenService(m_serviceForAll))
        return m_services->rowCount() == 0 && m_services->isLoading()
                ? tr("Waiting for the list of services…")
                : tr("Choose the service, or choose to leave the numbers without one for now.");
    if (m_routeEach->isChecked()) {
        for (int row = 0; row < m_perNumber->rowCount(); ++row) {
            if (!chosenService(qobject_cast<QComboBox *>(m_perNumber->cellWidget(row, 1))))
                return tr("Choose a service for %1.").arg(m_perNumber->item(row, 0)->text());
        }
    }
    return forwardingProblem();
}

bool PurchaseRoutePage::isComplete() const
{
    return blockingReason().isEmpty();
}

bool PurchaseRoutePage::isApplied() const
{
    return m_applied && *m_applied == plans();
}

void PurchaseRoutePage::onChoiceChanged()
{
    m_serviceForAll->setEnabled(m_routeAll->isChecked());
    m_perNumber->setVisible(m_routeEach->isChecked());
    m_forwardTo->setRefusal(selfForwardingRefusal());

    const QString reason = blockingReason();
    m_reason->setText(reason);
    // Applying the same choices again is safe (the same partial update), and the way to retry
    // failures; without failures it would only repeat what is done.
    m_apply->setEnabled(reason.isEmpty() && hasChoice() && (!isApplied() || m_appliedWithFailures));
    Q_EMIT completeChanged();
}

bool PurchaseRoutePage::validatePage()
{
    // Next applies what was chosen but not yet applied, and stays to show the results.
    if (!hasChoice() || isApplied())
        return true;
    apply();
    return false;
}

QList<PurchaseRouting::Plan> PurchaseRoutePage::plans() const
{
    std::optional<ForwardingConfig> forwarding;
    if (m_forwardingBox->isChecked()) {
        ForwardingConfig config;
        config.enabled = true;
        config.forwardTo = m_forwardTo->e164().value_or(QString());
        config.shouldDisconnect = m_disconnect->isChecked();
        forwarding = config;
    }

    QList<PurchaseRouting::Plan> plans;
    const QList<PhoneNumber> numbers = m_wizard->purchasedNumbers();
    for (int row = 0; row < numbers.size(); ++row) {
        PurchaseRouting::Plan plan{
                numbers.at(row).id, numbers.at(row).phoneNumber, {}, {}, forwarding};
        const QComboBox *combo = m_routeAll->isChecked()
                ? m_serviceForAll
                : qobject_cast<QComboBox *>(m_perNumber->cellWidget(row, 1));
        if (!m_routeLater->isChecked()) {
            plan.serviceId = chosenService(combo);
            if (plan.serviceId)
                plan.serviceName = m_services->nameOf(*plan.serviceId);
        }
        plans.append(plan);
    }
    return plans;
}

void PurchaseRoutePage::apply()
{
    if (!isComplete() || m_routing->isRunning())
        return;

    m_running = plans();
    m_apply->setEnabled(false);
    m_results->hide();
    m_routing->start(m_running);
    onChoiceChanged();
}

bool PurchaseRoutePage::isRunning() const
{
    return m_routing->isRunning();
}

void PurchaseRoutePage::requestStop()
{
    m_routing->requestStop();
}

void PurchaseRoutePage::onFinished()
{
    const auto &outcomes = m_routing->outcomes();
    m_results->setRowCount(static_cast<int>(outcomes.size()));
    for (int row = 0; row < outcomes.size(); ++row) {
        m_results->setItem(row, 0,
                new QTableWidgetItem(
                        PhoneNumberFormat::present(outcomes.at(row).e164).international));
        m_results->setItem(row, 1, new QTableWidgetItem(outcomes.at(row).text));
    }
    m_results->resizeColumnToContents(0);
    m_results->show();

    const int succeeded = m_routing->succeededCount();
    const int failed = static_cast<int>(outcomes.size()) - succeeded;
    QStringList summary{failed == 0 ? tr("Routing applied:")
                                    : tr("Routing applied to %1 of %2 numbers:")
                                              .arg(succeeded)
                                              .arg(outcomes.size())};
    for (const auto &outcome : outcomes)
        summary.append(tr("%1: %2").arg(
                PhoneNumberFormat::present(outcome.e164).international, outcome.text));
    m_wizard->recordRoutingOutcome(summary.join(u'\n'));

    m_applied = m_running;
    m_appliedWithFailures = failed > 0;
    onChoiceChanged();
    Q_EMIT idle();
}

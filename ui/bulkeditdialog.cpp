#include "bulkeditdialog.h"

#include "messagebanner.h"
#include "numbertext.h"
#include "servicelistmodel.h"
#include "servicepicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

enum ResultColumn { NumberColumn, OutcomeColumn };

BulkEditDialog::BulkEditDialog(ApiClient *client, const QList<PhoneNumber> &numbers,
        ServiceListModel *services, QWidget *parent)
    : NumberDialog(client, parent)
    , m_numbers(numbers)
    , m_serviceGroup(new QGroupBox(tr("Set the inbound &service"), form()))
    , m_servicePicker(new ServicePicker(
              services ? services : new ServiceListModel(client, this), m_serviceGroup))
    , m_statusGroup(new QGroupBox(tr("Set the s&tatus"), form()))
    , m_status(new QComboBox(m_statusGroup))
    , m_clearForwarding(new QCheckBox(tr("C&lear call forwarding"), form()))
    , m_progress(new QProgressBar(form()))
    , m_results(new QTreeWidget(form()))
    , m_applyButton(buttonBox()->addButton(
              tr("&Apply to %n number(s)", nullptr, static_cast<int>(numbers.size())),
              QDialogButtonBox::AcceptRole))
    , m_stopButton(buttonBox()->addButton(tr("S&top"), QDialogButtonBox::ActionRole))
    , m_retryFailedButton(buttonBox()->addButton(tr("Retry &failed"), QDialogButtonBox::ActionRole))
    , m_closeButton(buttonBox()->addButton(QDialogButtonBox::Close))
{
    setObjectName(u"bulkEditDialog"_s);
    setWindowTitle(tr("Change %n number(s)", nullptr, static_cast<int>(numbers.size())));
    buildForm();
    resize(640, 720);
}

BulkEditDialog::~BulkEditDialog()
{
    m_call.cancel();
}

void BulkEditDialog::buildForm()
{
    auto *intro = new QLabel(tr("Choose what to change on all %n selected number(s). Numbers are "
                                "changed one after another; a failure does not stop the others.",
                                     nullptr, static_cast<int>(m_numbers.size())),
            form());
    intro->setWordWrap(true);

    m_serviceGroup->setObjectName(u"serviceGroup"_s);
    m_serviceGroup->setCheckable(true);
    m_serviceGroup->setChecked(false);
    m_servicePicker->setObjectName(u"servicePicker"_s);
    m_servicePicker->setSelectedServiceId(std::nullopt);
    auto *serviceLayout = new QVBoxLayout(m_serviceGroup);
    serviceLayout->addWidget(m_servicePicker);

    m_statusGroup->setObjectName(u"statusGroup"_s);
    m_statusGroup->setCheckable(true);
    m_statusGroup->setChecked(false);
    m_status->setObjectName(u"statusCombo"_s);
    m_status->setAccessibleName(tr("New status"));
    m_status->addItem(tr("Active: calls are handled"), u"active"_s);
    m_status->addItem(tr("Inactive: calls are not handled"), u"inactive"_s);
    auto *statusLayout = new QVBoxLayout(m_statusGroup);
    statusLayout->addWidget(m_status);

    m_clearForwarding->setObjectName(u"clearForwardingCheck"_s);

    m_progress->setObjectName(u"progressBar"_s);
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setRange(0, static_cast<int>(m_numbers.size()));
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m"));

    m_results->setObjectName(u"resultList"_s);
    m_results->setAccessibleName(tr("Result for each number"));
    m_results->setHeaderLabels({tr("Number"), tr("Result")});
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    for (const PhoneNumber &number : std::as_const(m_numbers)) {
        auto *item = new QTreeWidgetItem(
                m_results, {NumberText::number(number.phoneNumber), tr("Not changed yet")});
        item->setData(NumberColumn, Qt::UserRole, number.id);
        m_items.append(item);
    }
    m_results->header()->setSectionResizeMode(NumberColumn, QHeaderView::ResizeToContents);

    auto *layout = new QVBoxLayout(form());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(m_serviceGroup, 2);
    layout->addWidget(m_statusGroup);
    layout->addWidget(m_clearForwarding);
    layout->addWidget(m_progress);
    layout->addWidget(m_results, 1);

    m_applyButton->setObjectName(u"applyButton"_s);
    m_stopButton->setObjectName(u"stopButton"_s);
    m_retryFailedButton->setObjectName(u"retryFailedButton"_s);
    m_closeButton->setObjectName(u"closeButton"_s);
    connect(m_applyButton, &QPushButton::clicked, this, &BulkEditDialog::apply);
    connect(m_stopButton, &QPushButton::clicked, this, &BulkEditDialog::stop);
    connect(m_retryFailedButton, &QPushButton::clicked, this, &BulkEditDialog::retryFailed);
    connect(m_closeButton, &QPushButton::clicked, this, &BulkEditDialog::reject);
    connect(m_serviceGroup, &QGroupBox::toggled, this, &BulkEditDialog::updateButtons);
    connect(m_statusGroup, &QGroupBox::toggled, this, &BulkEditDialog::updateButtons);
    connect(m_clearForwarding, &QCheckBox::toggled, this, &BulkEditDialog::updateButtons);
    updateButtons();
}

PhoneNumberUpdate BulkEditDialog::pendingUpdate() const
{
    PhoneNumberUpdate update;
    if (m_serviceGroup->isChecked()) {
        const std::optional<QString> service = m_servicePicker->selectedServiceId();
        update.inboundServiceId = service ? Nullable<QString>(*service) : Nullable<QString>::null();
    }
    if (m_statusGroup->isChecked())
        update.status = m_status->currentData().toString();
    return update;
}

bool BulkEditDialog::clearsForwarding() const
{
    return m_clearForwarding->isChecked();
}

void BulkEditDialog::updateButtons()
{
    const bool chosen = !pendingUpdate().isEmpty() || clearsForwarding();
    form()->setEnabled(!m_running);
    m_applyButton->setEnabled(!m_running && chosen && !m_numbers.isEmpty());
    m_stopButton->setVisible(m_running);
    m_stopButton->setEnabled(m_running && !m_stopRequested);
    m_retryFailedButton->setVisible(!m_running && !m_failed.isEmpty());
    // The results list stays usable while numbers are changed.
    m_results->setEnabled(true);
}

void BulkEditDialog::apply()
{
    start(m_numbers);
}

void BulkEditDialog::retryFailed()
{
    start(m_failed);
}

void BulkEditDialog::start(const QList<PhoneNumber> &numbers)
{
    if (m_running || numbers.isEmpty())
        return;
    m_runUpdate = pendingUpdate();
    m_runClearsForwarding = clearsForwarding();
    if (m_runUpdate.isEmpty() && !m_runClearsForwarding)
        return;

    clearErrors();
    m_queue = numbers;
    m_position = 0;
    m_failed.clear();
    m_succeeded = 0;
    m_running = true;
    m_stopRequested = false;
    m_progress->setRange(0, static_cast<int>(m_queue.size()));
    m_progress->setValue(0);
    for (const PhoneNumber &number : std::as_const(m_queue)) {
        for (QTreeWidgetItem *item : std::as_const(m_items)) {
            if (item->data(NumberColumn, Qt::UserRole).toString() == number.id)
                item->setText(OutcomeColumn, tr("Waiting…"));
        }
    }
    updateButtons();
    next();
}

QTreeWidgetItem *BulkEditDialog::currentItem() const
{
    const QString id = m_queue.at(m_position).id;
    for (QTreeWidgetItem *item : m_items) {
        if (item->data(NumberColumn, Qt::UserRole).toString() == id)
            return item;
    }
    return nullptr;
}

void BulkEditDialog::next()
{
    if (m_position >= m_queue.size() || m_stopRequested) {
        finishRun();
        return;
    }
    const PhoneNumber &number = m_queue.at(m_position);
    if (QTreeWidgetItem *item = currentItem()) {
        item->setText(OutcomeColumn, tr("Changing…"));
        m_results->scrollToItem(item);
    }
    if (!m_runUpdate.isEmpty())
        updateNumber(number, m_runUpdate);
    else
        clearForwardingOf(number);
}

void BulkEditDialog::updateNumber(const PhoneNumber &number, const PhoneNumberUpdate &update)
{
    m_call = client()->updatePhoneNumber(
            number.id, update, this, [this](const Result<PhoneNumber> &result) {
                if (!result) {
                    failed(result.error());
                } else if (m_runClearsForwarding) {
                    Q_EMIT numberSaved(result.value());
                    clearForwardingOf(result.value());
                } else {
                    succeeded(result.value());
                }
            });
}

void BulkEditDialog::clearForwardingOf(const PhoneNumber &number)
{
    m_call = client()->clearForwarding(
            number.id, this, [this, number](const Result<std::optional<PhoneNumber>> &result) {
                if (!result) {
                    failed(result.error());
                    return;
                }
                PhoneNumber stored = result.value().value_or(number);
                if (!result.value())
                    stored.forwarding.reset();
                succeeded(stored);
            });
}

void BulkEditDialog::succeeded(const PhoneNumber &stored)
{
    QString outcome = tr("Changed");
    // An explicit null may be ignored by the server instead of removing the service.
    if (m_runUpdate.inboundServiceId.isNull() && stored.inboundServiceId)
        outcome = tr("Changed, but the server kept its inbound service");
    if (QTreeWidgetItem *item = currentItem()) {
        item->setText(OutcomeColumn, outcome);
        item->setForeground(OutcomeColumn, QBrush());
    }
    ++m_succeeded;
    Q_EMIT numberSaved(stored);
    ++m_position;
    m_progress->setValue(static_cast<int>(m_position));
    next();
}

void BulkEditDialog::failed(const ApiError &error)
{
    if (error.isCancelled())
        return;
    const PhoneNumber &number = m_queue.at(m_position);
    QString outcome;
    if (error.isNotFound()) {
        outcome = tr("Not changed: no longer in the workspace (removed by someone else)");
        Q_EMIT numberRemoved(number.id);
    } else {
        outcome = tr("Failed: %1").arg(error.fullText());
        m_failed.append(number);
    }
    if (QTreeWidgetItem *item = currentItem()) {
        item->setText(OutcomeColumn, outcome);
        item->setToolTip(OutcomeColumn, outcome);
        item->setForeground(OutcomeColumn, QColor(0xb3, 0x26, 0x1e));
    }
    ++m_position;
    m_progress->setValue(static_cast<int>(m_position));
    next();
}

void BulkEditDialog::finishRun()
{
    const bool stopped = m_position < m_queue.size();
    for (qsizetype i = m_position; i < m_queue.size(); ++i) {
        for (QTreeWidgetItem *item : std::as_const(m_items)) {
            if (item->data(NumberColumn, Qt::UserRole).toString() == m_queue.at(i).id)
                item->setText(OutcomeColumn, tr("Not changed: stopped"));
        }
    }
    m_running = false;
    updateButtons();
    setBusy(false);

    const QString summary = tr("%1 changed, %2 failed%3. Each number's result is listed below.")
                                    .arg(m_succeeded)
                                    .arg(m_failed.size())
                                    .arg(stopped ? tr(", stopped before the rest") : QString());
    banner()->showMessage(m_failed.isEmpty() && !stopped ? MessageBanner::Level::Information
                                                         : MessageBanner::Level::Warning,
            summary);
    Q_EMIT runFinished();
    if (m_closeWhenStopped)
        NumberDialog::reject();
}

void BulkEditDialog::stop()
{
    if (!m_running)
        return;
    m_stopRequested = true;
    updateButtons();
}

void BulkEditDialog::reject()
{
    // Closing mid-run would drop the reply of the number being changed; stop after it instead.
    if (m_running) {
        m_closeWhenStopped = true;
        stop();
        return;
    }
    NumberDialog::reject();
}

#include "purchaseprogresspage.h"

#include "availablenumbermodel.h"
#include "phonenumberformat.h"
#include "purchasebasket.h"
#include "purchaserun.h"
#include "purchasewizard.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

// Enough choice to replace a taken number without burying the list.
static constexpr int AlternativesPerNumber = 5;

PurchaseProgressPage::PurchaseProgressPage(PurchaseWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_run(new PurchaseRun(wizard->client(), wizard->basket(), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_table(new QTableView(this))
    , m_alternativesBox(new QGroupBox(tr("Alternatives for numbers taken meanwhile"), this))
    , m_alternatives(new QListWidget(this))
    , m_buyAlternatives(new QPushButton(tr("Bu&y the ticked alternatives"), this))
{
    setObjectName(u"purchasePage"_s);
    setTitle(tr("Buying"));
    setSubTitle(tr("Each number is checked with the carrier and bought in turn."));

    m_progress->setObjectName(u"purchaseProgress"_s);
    m_progress->setAccessibleName(tr("Purchase progress"));
    m_status->setObjectName(u"purchaseStatus"_s);
    m_status->setWordWrap(true);
    m_table->setObjectName(u"purchaseTable"_s);
    m_table->setAccessibleName(tr("Result for each number"));
    m_table->setModel(wizard->basket());
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(true);
    m_table->setColumnHidden(PurchaseBasket::CapabilitiesColumn, true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(PurchaseBasket::NumberColumn,
            m_table->fontMetrics().horizontalAdvance(u"+44 20 7946 0000 00"_s) + 24);

    m_alternatives->setObjectName(u"alternativesList"_s);
    m_alternatives->setAccessibleName(tr("Alternative numbers"));
    m_alternatives->setAccessibleDescription(tr("Press Space to tick an alternative."));
    m_buyAlternatives->setObjectName(u"buyAlternativesButton"_s);
    m_buyAlternatives->setEnabled(false);
    auto *alternativesLayout = new QVBoxLayout(m_alternativesBox);
    alternativesLayout->addWidget(new QLabel(
            tr("These come from the same search. Tick the ones you want instead; they are "
               "bought when you choose the button below."),
            m_alternativesBox));
    alternativesLayout->addWidget(m_alternatives);
    alternativesLayout->addWidget(m_buyAlternatives, 0, Qt::AlignLeft);
    m_alternativesBox->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 2);
    layout->addWidget(m_alternativesBox, 1);

    connect(m_run, &PurchaseRun::progressChanged, this, &PurchaseProgressPage::onProgress);
    connect(m_run, &PurchaseRun::finished, this, &PurchaseProgressPage::onFinished);
    connect(m_run, &PurchaseRun::numberStarted, this, [this](const QString &e164) {
        m_status->setText(tr("Buying %1…").arg(PhoneNumberFormat::present(e164).international));
        const int row = m_wizard->basket()->rowOf(e164);
        if (row >= 0)
            m_table->scrollTo(m_wizard->basket()->index(row, 0));
    });
    connect(m_run, &PurchaseRun::numberPurchased, m_wizard, &PurchaseWizard::numberPurchased);
    connect(m_alternatives, &QListWidget::itemChanged, this, [this] {
        bool anyTicked = false;
        for (int i = 0; i < m_alternatives->count(); ++i)
            anyTicked = anyTicked || m_alternatives->item(i)->checkState() == Qt::Checked;
        m_buyAlternatives->setEnabled(anyTicked && !m_run->isRunning());
    });
    // Results can run to two lines; give each row the height its text needs.
    connect(wizard->basket(), &QAbstractItemModel::dataChanged, m_table,
            [this](const QModelIndex &topLeft) { m_table->resizeRowToContents(topLeft.row()); });
    connect(m_buyAlternatives, &QPushButton::clicked, this,
            &PurchaseProgressPage::buyCheckedAlternatives);
}

void PurchaseProgressPage::initializePage()
{
    if (m_started)
        return;
    m_started = true;
    m_run->start();
    Q_EMIT completeChanged();
}

bool PurchaseProgressPage::isComplete() const
{
    return m_started && !m_run->isRunning();
}

bool PurchaseProgressPage::isRunning() const
{
    return m_run->isRunning();
}

void PurchaseProgressPage::requestStop()
{
    if (!m_run->isRunning())
        return;
    m_run->requestStop();
    m_status->setText(tr("Stopping after the number being bought now…"));
}

void PurchaseProgressPage::onProgress(int finished, int total)
{
    m_progress->setRange(0, qMax(total, 1));
    m_progress->setValue(finished);
    m_progress->setFormat(tr("%1 of %2").arg(finished).arg(total));
}

void PurchaseProgressPage::onFinished()
{
    const PurchaseBasket *basket = m_wizard->basket();
    const int bought = basket->countIn(PurchaseBasket::State::Bought);
    QStringList parts{tr("%n number(s) bought.", nullptr, bought)};
    if (const int taken = basket->countIn(PurchaseBasket::State::Taken))
        parts.append(tr("%n taken meanwhile.", nullptr, taken));
    if (const int failed = basket->countIn(PurchaseBasket::State::Failed))
        parts.append(tr("%n not bought.", nullptr, failed));
    if (const int unknown = basket->countIn(PurchaseBasket::State::Unknown))
        parts.append(
                tr("%n unknown: check the numbers list before buying again.", nullptr, unknown));
    if (const int skipped = basket->countIn(PurchaseBasket::State::Skipped))
        parts.append(tr("%n not attempted.", nullptr, skipped));
    if (!m_run->stopReason().isEmpty())
        parts.append(tr("Stopped because %1").arg(m_run->stopReason()));
    m_status->setText(parts.join(u' '));

    updateAlternatives();
    Q_EMIT completeChanged();
    Q_EMIT idle();
}

void PurchaseProgressPage::updateAlternatives()
{
    const PurchaseBasket *basket = m_wizard->basket();
    m_alternatives->clear();
    QSet<QString> offered;
    const QList<int> takenRows = basket->rowsIn(PurchaseBasket::State::Taken);
    for (int row : takenRows) {
        const QString taken
                = PhoneNumberFormat::present(basket->item(row).number.phoneNumber).international;
        const QList<AvailableNumber> alternatives = basket->alternativesFor(row);
        int added = 0;
        for (const AvailableNumber &number : alternatives) {
            if (added == AlternativesPerNumber)
                break;
            if (offered.contains(number.phoneNumber))
                continue;
            offered.insert(number.phoneNumber);
            ++added;
            const QString place = AvailableNumberModel::placeText(number);
            const QString label = place.isEmpty()
                    ? tr("%1 (instead of %2)")
                              .arg(PhoneNumberFormat::present(number.phoneNumber).international,
                                      taken)
                    : tr("%1, %2 (instead of %3)")
                              .arg(PhoneNumberFormat::present(number.phoneNumber).international,
                                      place, taken);
            auto *item = new QListWidgetItem(label, m_alternatives);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
            item->setData(Qt::UserRole, QVariant::fromValue(number));
            item->setData(Qt::UserRole + 1, basket->item(row).searchId);
        }
    }
    m_alternativesBox->setVisible(!takenRows.isEmpty());
    if (!takenRows.isEmpty() && m_alternatives->count() == 0)
        m_alternatives->addItem(tr("The searches offered no other numbers. Finish, then open the "
                                   "wizard again to search anew."));
    m_buyAlternatives->setEnabled(false);
}

void PurchaseProgressPage::buyCheckedAlternatives()
{
    if (m_run->isRunning())
        return;
    bool added = false;
    for (int i = 0; i < m_alternatives->count(); ++i) {
        const QListWidgetItem *item = m_alternatives->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        added = m_wizard->basket()->add(item->data(Qt::UserRole).value<AvailableNumber>(),
                        item->data(Qt::UserRole + 1).toInt())
                || added;
    }
    if (!added)
        return;
    m_alternatives->clear();
    m_buyAlternatives->setEnabled(false);
    m_run->start();
    Q_EMIT completeChanged();
}

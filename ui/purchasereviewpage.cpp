#include "purchasereviewpage.h"

#include "purchasebasket.h"
#include "purchasewizard.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PurchaseReviewPage::PurchaseReviewPage(PurchaseWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_table(new QTableView(this))
    , m_remove(new QPushButton(tr("&Remove from basket"), this))
    , m_summary(new QLabel(this))
    , m_confirm(new QCheckBox(this))
    , m_reason(new QLabel(this))
{
    setObjectName(u"reviewPage"_s);
    setTitle(tr("Review before buying"));
    setSubTitle(tr("Give each number a display name people will recognise. Nothing has been "
                   "bought yet."));
    // Past this page money is spent: no way back to change the basket.
    setCommitPage(true);

    PurchaseBasket *basket = wizard->basket();
    m_table->setObjectName(u"reviewTable"_s);
    m_table->setAccessibleName(tr("Numbers to buy"));
    m_table->setAccessibleDescription(
            tr("Press F2 to edit the display name of the current number."));
    m_table->setModel(basket);
    m_table->setColumnHidden(PurchaseBasket::OutcomeColumn, true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
            | QAbstractItemView::AnyKeyPressed);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(PurchaseBasket::NumberColumn,
            m_table->fontMetrics().horizontalAdvance(u"+44 20 7946 0000 00"_s) + 24);
    m_table->setColumnWidth(PurchaseBasket::DisplayNameColumn,
            m_table->fontMetrics().horizontalAdvance(u"Front desk – after hours"_s));
    m_remove->setObjectName(u"reviewRemoveButton"_s);
    m_summary->setObjectName(u"plainSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_confirm->setObjectName(u"confirmPurchase"_s);
    m_reason->setObjectName(u"nextReason"_s);
    m_reason->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_remove, 0, Qt::AlignLeft);
    layout->addWidget(m_summary);
    layout->addWidget(m_confirm);
    layout->addWidget(m_reason);

    connect(m_remove, &QPushButton::clicked, this, &PurchaseReviewPage::removeCurrent);
    connect(basket, &PurchaseBasket::sizeChanged, this, [this] {
        // What was confirmed is no longer what would be bought.
        m_confirm->setChecked(false);
        updateSummary();
    });
    connect(basket, &QAbstractItemModel::dataChanged, this, &PurchaseReviewPage::updateSummary);
    connect(m_confirm, &QCheckBox::toggled, this, &PurchaseReviewPage::updateSummary);
}

void PurchaseReviewPage::initializePage()
{
    m_confirm->setChecked(false);
    updateSummary();
    m_table->setFocus();
    if (m_wizard->basket()->size() > 0)
        m_table->setCurrentIndex(m_wizard->basket()->index(0, PurchaseBasket::DisplayNameColumn));
}

QString PurchaseReviewPage::blockingReason() const
{
    const PurchaseBasket *basket = m_wizard->basket();
    if (basket->countIn(PurchaseBasket::State::Planned) == 0)
        return tr("The basket is empty: go back and pick at least one number.");
    for (int row = 0; row < basket->size(); ++row) {
        QString problem = basket->displayNameProblem(row);
        if (!problem.isEmpty())
            return problem;
    }
    if (!m_confirm->isChecked())
        return tr("Tick the confirmation above to buy.");
    return {};
}

bool PurchaseReviewPage::isComplete() const
{
    return blockingReason().isEmpty();
}

void PurchaseReviewPage::updateSummary()
{
    const PurchaseBasket *basket = m_wizard->basket();
    const int count = basket->countIn(PurchaseBasket::State::Planned);
    QString account;
    if (const auto &subAccount = m_wizard->subAccount())
        account = subAccount->friendlyName.isEmpty() ? subAccount->accountSid
                                                     : subAccount->friendlyName;

    m_summary->setText(
            tr("Choosing “Buy” buys %n number(s) from the carrier on the telephony account %1, "
               "one after the other. The carrier bills each number it sells, usually every "
               "month until the number is released. Each bought number is added to this "
               "workspace as active, for incoming and outgoing calls. Calls to a new number "
               "reach no one until you choose the service that answers them, in the next "
               "steps. If a number is taken by someone else meanwhile, it is skipped and you "
               "can pick another; the rest are still bought.",
                    nullptr, count)
                    .arg(account));
    m_confirm->setText(tr("I want to buy %n number(s).", nullptr, count));
    m_confirm->setEnabled(count > 0);
    setButtonText(QWizard::CommitButton, tr("&Buy %n number(s)", nullptr, count));

    const QString reason = blockingReason();
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
    Q_EMIT completeChanged();
}

void PurchaseReviewPage::removeCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    m_wizard->basket()->remove(current.data(PurchaseBasket::E164Role).toString());
}

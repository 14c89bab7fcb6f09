#include "purchasewizard.h"

#include "phonenumberformat.h"
#include "purchaseaccountpage.h"
#include "purchasebasket.h"
#include "purchasedonepage.h"
#include "purchaselog.h"
#include "purchaseprogresspage.h"
#include "purchasereviewpage.h"
#include "purchaseroutepage.h"
#include "purchasesearchpage.h"

#include <QAbstractButton>
#include <QLocale>
#include <QMessageBox>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPurchase, "amigo.ui.purchase", QtInfoMsg)

static QString international(const QString &e164)
{
    return PhoneNumberFormat::present(e164).international;
}

PurchaseWizard::PurchaseWizard(ApiClient *client, QWidget *parent)
    : QWizard(parent)
    , m_client(client)
    , m_basket(new PurchaseBasket(this))
    , m_accountPage(new PurchaseAccountPage(this))
    , m_searchPage(new PurchaseSearchPage(this))
    , m_reviewPage(new PurchaseReviewPage(this))
    , m_purchasePage(new PurchaseProgressPage(this))
    , m_routePage(new PurchaseRoutePage(this))
    , m_donePage(new PurchaseDonePage(this))
{
    setObjectName(u"purchaseWizard"_s);
    setWindowTitle(tr("Buy Numbers"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setMinimumSize(960, 680);

    setPage(AccountPageId, m_accountPage);
    setPage(SearchPageId, m_searchPage);
    setPage(ReviewPageId, m_reviewPage);
    setPage(PurchasePageId, m_purchasePage);
    setPage(RoutePageId, m_routePage);
    setPage(DonePageId, m_donePage);
    setStartId(AccountPageId);

    const auto closeIfWaiting = [this] {
        if (m_closeWhenIdle && !isBusy())
            finishReject();
    };
    connect(m_purchasePage, &PurchaseProgressPage::idle, this, closeIfWaiting);
    connect(m_routePage, &PurchaseRoutePage::idle, this, closeIfWaiting);
}

PurchaseWizard::~PurchaseWizard() = default;

void PurchaseWizard::setDefaultCountry(const QString &regionCode)
{
    m_defaultCountry = regionCode.toUpper();
}

QString PurchaseWizard::defaultCountry() const
{
    if (!m_defaultCountry.isEmpty())
        return m_defaultCountry;
    QString fromLocale = QLocale::territoryToCode(QLocale::system().territory());
    if (fromLocale.size() == 2 && fromLocale.front().isLetter())
        return fromLocale;
    return AvailableNumberQuery().country; // the API's own default
}

void PurchaseWizard::setSubAccount(const SubAccount &account, bool provisionedHere)
{
    m_subAccount = account;
    m_provisionedHere = m_provisionedHere || provisionedHere;
}

QList<PhoneNumber> PurchaseWizard::purchasedNumbers() const
{
    QList<PhoneNumber> numbers;
    for (int row : m_basket->rowsIn(PurchaseBasket::State::Bought)) {
        if (m_basket->item(row).purchased)
            numbers.append(*m_basket->item(row).purchased);
    }
    return numbers;
}

void PurchaseWizard::updatePurchased(const PhoneNumber &number)
{
    const int row = m_basket->rowOf(number.phoneNumber);
    if (row >= 0 && m_basket->item(row).state == PurchaseBasket::State::Bought)
        m_basket->setPurchased(row, number);
}

QString PurchaseWizard::whatHappened() const
{
    QStringList lines;
    if (m_provisionedHere && m_subAccount)
        lines.append(
                tr("The telephony account %1 is set up for this workspace.")
                        .arg(m_subAccount->friendlyName.isEmpty() ? m_subAccount->accountSid
                                                                  : m_subAccount->friendlyName));
    if (m_accountPage->interruptedProvisioning())
        lines.append(tr("Setting up the telephony account was interrupted; it may exist now. "
                        "Setting it up again is safe."));

    const auto numbersIn = [this](PurchaseBasket::State state) {
        QStringList numbers;
        for (int row : m_basket->rowsIn(state))
            numbers.append(international(m_basket->item(row).number.phoneNumber));
        return numbers;
    };
    const QStringList bought = numbersIn(PurchaseBasket::State::Bought);
    const QStringList unknown = numbersIn(PurchaseBasket::State::Unknown);
    const bool attempted = !bought.isEmpty() || !unknown.isEmpty()
            || m_basket->countIn(PurchaseBasket::State::Taken) > 0
            || m_basket->countIn(PurchaseBasket::State::Failed) > 0;

    if (!bought.isEmpty())
        lines.append(tr("%n number(s) were bought and are in your workspace: %1.", nullptr,
                static_cast<int>(bought.size()))
                             .arg(bought.join(u", "_s)));
    else if (attempted)
        lines.append(tr("No number was bought."));
    if (!unknown.isEmpty())
        lines.append(tr("It is not known whether %1 was bought: look in the numbers list before "
                        "buying it again.")
                             .arg(unknown.join(u", "_s)));
    for (auto state : {PurchaseBasket::State::Taken, PurchaseBasket::State::Failed,
                 PurchaseBasket::State::Skipped}) {
        for (int row : m_basket->rowsIn(state)) {
            const auto &item = m_basket->item(row);
            lines.append(tr("%1: %2").arg(international(item.number.phoneNumber), item.outcome));
        }
    }
    if (!m_routingSummary.isEmpty())
        lines.append(m_routingSummary);
    else if (!bought.isEmpty())
        lines.append(tr("The new numbers have no inbound service yet; calls to them reach no one "
                        "until you choose one in the number's details."));

    if (lines.isEmpty())
        return tr("Nothing was bought or changed.");
    return lines.join(u'\n');
}

bool PurchaseWizard::isBusy() const
{
    return m_purchasePage->isRunning() || m_routePage->isRunning();
}

int PurchaseWizard::nextId() const
{
    if (currentId() == PurchasePageId)
        return m_basket->countIn(PurchaseBasket::State::Bought) > 0 ? RoutePageId : DonePageId;
    return QWizard::nextId();
}

// A purchase in flight is never abandoned: its outcome would be unknown. Cancel waits for it,
// stops before the next number, and then says what was done.
void PurchaseWizard::reject()
{
    if (m_closeWhenIdle)
        return;
    if (isBusy()) {
        qCInfo(lcPurchase) << "Cancel requested while busy; stopping after the current number";
        m_closeWhenIdle = true;
        m_purchasePage->requestStop();
        m_routePage->requestStop();
        if (QAbstractButton *cancel = button(QWizard::CancelButton))
            cancel->setEnabled(false);
        return;
    }
    finishReject();
}

void PurchaseWizard::finishReject()
{
    m_accountPage->cancelWork();
    m_searchPage->cancelWork();

    const bool somethingHappened = m_provisionedHere || m_accountPage->interruptedProvisioning()
            || m_basket->countIn(PurchaseBasket::State::Planned) < m_basket->size()
            || !m_routingSummary.isEmpty();
    const QString summary = whatHappened();
    Q_EMIT cancelledWithSummary(summary);
    if (somethingHappened) {
        auto *box = new QMessageBox(QMessageBox::Information, tr("Buying Numbers Stopped"), summary,
                QMessageBox::Ok, parentWidget());
        box->setObjectName(u"cancelSummary"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    QWizard::reject();
}

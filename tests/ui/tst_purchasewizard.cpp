#include "availablenumbermodel.h"
#include "mainwindow.h"
#include "phonenumberedit.h"
#include "phonenumberformat.h"
#include "phonenumbertablemodel.h"
#include "purchaseactions.h"
#include "purchasebasket.h"
#include "purchaseprogresspage.h"
#include "purchasesearchpage.h"
#include "purchasewizard.h"
#include "purchasewizardtesting.h"
#include "servicelistmodel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using State = PurchaseBasket::State;

class tst_PurchaseWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_env.start(); }
    void cleanup() { m_env.stop(); }

    void provisionThenBuyFromTwoSearchesAndRoute();
    void provisioningTwiceIsIdempotent();
    void emptySearchExplainsWhy_data();
    void emptySearchExplainsWhy();
    void takenNumberInTheMiddleOfTheBasket_data();
    void takenNumberInTheMiddleOfTheBasket();
    void purchaseTimeoutIsResolvedByRereadingTheList();
    void cancelAfterOnePurchaseSaysWhatHappened();
    void viewerKeyIsRefusedOnTheFirstPage_data();
    void viewerKeyIsRefusedOnTheFirstPage();

private:
    PurchaseWizardTesting m_env;
};

void tst_PurchaseWizard::provisionThenBuyFromTwoSearchesAndRoute()
{
    auto wizard = m_env.makeWizard(OwnerKey);
    QSignalSpy purchased(wizard.get(), &PurchaseWizard::numberPurchased);
    QSignalSpy updated(wizard.get(), &PurchaseWizard::numberUpdated);
    QSignalSpy showRequested(wizard.get(), &PurchaseWizard::showNumbersRequested);
    wizard->show();

    m_env.provisionOnFirstPage(wizard.get());
    wizard->next();
    QCOMPARE(wizard->currentId(), int(PurchaseWizard::SearchPageId));
    QVERIFY(!wizard->currentPage()->isComplete());
    QCOMPARE(wizard->findChild<QComboBox *>(u"countryCombo"_s)->currentData().toString(), u"US"_s);

    m_env.searchAreaCode(wizard.get(), u"201"_s);
    m_env.pickResultRows(wizard.get(), {0});
    m_env.searchAreaCode(wizard.get(), u"212"_s);
    m_env.pickResultRows(wizard.get(), {0});

    PurchaseBasket *basket = wizard->basket();
    QCOMPARE(basket->size(), 2);
    QVERIFY(basket->item(0).searchId != basket->item(1).searchId);
    QVERIFY(basket->item(0).number.phoneNumber.startsWith(u"+1201"_s));
    QVERIFY(basket->item(1).number.phoneNumber.startsWith(u"+1212"_s));
    QCOMPARE(basket->item(0).displayName, u"Jersey City"_s);
    QCOMPARE(basket->item(1).displayName, u"New York"_s);
    const QString first = basket->item(0).number.phoneNumber;
    const QString second = basket->item(1).number.phoneNumber;

    wizard->next();
    wizard->back();
    m_env.confirmAndBuy(wizard.get());
    QTRY_VERIFY(wizard->currentPage()->isComplete());
    QCOMPARE(basket->countIn(State::Bought), 2);
    QCOMPARE(purchased.size(), 2);
    QCOMPARE(m_env.purchaseRequestCount(), 2);
    const auto firstStored = m_env.findInWorkspace(first);
    QVERIFY(firstStored);
    QCOMPARE(firstStored->displayName, u"Jersey City"_s);
    QVERIFY(m_env.findInWorkspace(second));

    wizard->next();
    QCOMPARE(wizard->currentId(), int(PurchaseWizard::RoutePageId));
    auto *services = wizard->findChild<QComboBox *>(u"serviceForAll"_s);
    QTRY_VERIFY(services->count() > 1);
    services->setCurrentIndex(1);
    const QString serviceId = services->currentData(ServiceListModel::ServiceIdRole).toString();
    QVERIFY(!serviceId.isEmpty());
    const QString serviceName = services->currentText();
    auto *forwarding = wizard->findChild<QGroupBox *>(u"forwardingBox"_s);
    forwarding->setChecked(true);
    auto *target = wizard->findChild<PhoneNumberEdit *>(u"forwardToEdit"_s);
    QVERIFY(target);
    target->setText(PhoneNumberFormat::present(first).national); // the same number, written locally
    QVERIFY2(!wizard->currentPage()->isComplete(), "a new number must not forward to itself");
    QVERIFY2(target->previewText().contains(u"itself"_s), qPrintable(target->previewText()));
    auto *reason = wizard->currentPage()->findChild<QLabel *>(u"nextReason"_s);
    QVERIFY2(!reason->text().isEmpty() && !reason->text().contains(u"itself"_s),
            qPrintable(reason->text()));
    target->setText(u"202 555 0188"_s); // no +: read in the default country
    QVERIFY2(wizard->currentPage()->isComplete(), qPrintable(reason->text()));
    wizard->findChild<QPushButton *>(u"applyRoutingButton"_s)->click();
    QTRY_VERIFY(wizard->currentPage()->isComplete());
    QCOMPARE(updated.size(), 4); // service and forwarding, for each number

    for (const QString &e164 : {first, second}) {
        const auto stored = m_env.findInWorkspace(e164);
        QVERIFY(stored);
        QCOMPARE(stored->inboundServiceId.value_or(QString()), serviceId);
        QVERIFY(stored->forwarding);
        QCOMPARE(stored->forwarding->forwardTo, u"+12025550188"_s);
        QVERIFY(stored->forwarding->shouldDisconnect);
    }

    wizard->next();
    QCOMPARE(wizard->currentId(), int(PurchaseWizard::DonePageId));
    const QString summary = wizard->findChild<QLabel *>(u"doneSummary"_s)->text();
    QVERIFY2(
            summary.contains(PhoneNumberFormat::present(first).international), qPrintable(summary));
    QVERIFY2(summary.contains(PhoneNumberFormat::present(second).international),
            qPrintable(summary));
    QVERIFY2(summary.contains(u"Calls go to "_s + serviceName), qPrintable(summary));
    wizard->findChild<QPushButton *>(u"showInTableButton"_s)->click();
    QCOMPARE(showRequested.size(), 1);
    const QStringList ids = showRequested.at(0).at(0).toStringList();
    QCOMPARE(ids.size(), 2);
    QVERIFY(ids.contains(firstStored->id));
}

void tst_PurchaseWizard::provisioningTwiceIsIdempotent()
{
    auto wizard = m_env.makeWizard(OwnerKey);
    wizard->show();
    m_env.provisionOnFirstPage(wizard.get());
    const SubAccount account = *wizard->subAccount();

    // The same request again answers with the same account.
    std::optional<SubAccount> again;
    QObject context; // the callback writes to this frame: it must not outlive it
    m_env.client()->provisionSubAccount(&context, [&again](const Result<SubAccount> &result) {
        if (result)
            again = result.value();
    });
    QTRY_VERIFY(again.has_value());
    QCOMPARE(again->accountSid, account.accountSid);
    QCOMPARE(again->id, account.id);

    // A second wizard finds the account and does not offer to set it up.
    wizard.reset();
    auto second = m_env.makeWizard(OwnerKey);
    second->show();
    QTRY_VERIFY(second->currentPage()->isComplete());
    QCOMPARE(second->subAccount()->accountSid, account.accountSid);
    QVERIFY(!second->findChild<QPushButton *>(u"provisionButton"_s)->isVisible());
    QCOMPARE(second->findChild<QLabel *>(u"accountSid"_s)->text(), account.accountSid);
}

void tst_PurchaseWizard::emptySearchExplainsWhy_data()
{
    QTest::addColumn<QString>("areaCode");
    QTest::addColumn<bool>("needMms");
    QTest::addColumn<int>("received");
    QTest::addColumn<QString>("advice");

    QTest::newRow("area code with no free numbers")
            << u"999"_s << false << 0 << u"another area code"_s;
    QTest::newRow("refinement hides every result")
            << u"201"_s << true << 20 << u"untick a capability"_s;
}

void tst_PurchaseWizard::emptySearchExplainsWhy()
{
    QFETCH(QString, areaCode);
    QFETCH(bool, needMms);
    QFETCH(int, received);
    QFETCH(QString, advice);

    auto wizard = m_env.makeWizard(OwnerKey);
    wizard->show();
    m_env.provisionOnFirstPage(wizard.get());
    wizard->next();

    wizard->findChild<QCheckBox *>(u"needMms"_s)->setChecked(needMms);
    m_env.searchAreaCode(wizard.get(), areaCode);
    auto *page = qobject_cast<PurchaseSearchPage *>(wizard->currentPage());
    QCOMPARE(page->results()->receivedCount(), received);
    QCOMPARE(page->results()->rowCount(), 0);

    auto *explanation = wizard->findChild<QLabel *>(u"emptyExplanation"_s);
    QVERIFY(explanation->isVisible());
    QVERIFY2(explanation->text().contains(advice), qPrintable(explanation->text()));
    const QString summary = wizard->findChild<QLabel *>(u"filterSummary"_s)->text();
    QVERIFY2(summary.contains(u"Searched at the carrier"_s), qPrintable(summary));
    if (needMms)
        QVERIFY2(summary.contains(u"Refined on this computer: has MMS"_s), qPrintable(summary));
    else
        QVERIFY2(summary.contains(u"Nothing refined on this computer"_s), qPrintable(summary));

    QVERIFY(!page->isComplete());
    auto *reason = page->findChild<QLabel *>(u"nextReason"_s);
    QVERIFY(reason->isVisible());
    QVERIFY(!reason->text().isEmpty());
}

void tst_PurchaseWizard::takenNumberInTheMiddleOfTheBasket_data()
{
    QTest::addColumn<bool>("takenBetweenCheckAndPurchase");
    QTest::addColumn<int>("expectedPurchaseRequests");

    // The server answers 409: registered after the availability check.
    QTest::newRow("409 on purchase") << true << 3;
    // The carrier stopped offering it before the check; no purchase is sent for it.
    QTest::newRow("gone before the availability check") << false << 2;
}

void tst_PurchaseWizard::takenNumberInTheMiddleOfTheBasket()
{
    QFETCH(bool, takenBetweenCheckAndPurchase);
    QFETCH(int, expectedPurchaseRequests);

    auto wizard = m_env.makeWizard(OwnerKey);
    QSignalSpy purchased(wizard.get(), &PurchaseWizard::numberPurchased);
    wizard->show();
    m_env.provisionOnFirstPage(wizard.get());
    wizard->next();
    m_env.searchAreaCode(wizard.get(), u"201"_s);
    m_env.pickResultRows(wizard.get(), {0, 1, 2});
    PurchaseBasket *basket = wizard->basket();
    const QString middle = basket->item(1).number.phoneNumber;

    if (takenBetweenCheckAndPurchase) {
        QObject guard;
        connect(basket, &PurchaseBasket::stateChanged, &guard, [&](int row, State state) {
            if (row == 1 && state == State::Buying)
                QVERIFY(m_env.registerBehindTheWizardsBack(middle));
        });
        m_env.confirmAndBuy(wizard.get());
        QTRY_VERIFY(wizard->currentPage()->isComplete());
    } else {
        QVERIFY(m_env.registerBehindTheWizardsBack(middle));
        m_env.confirmAndBuy(wizard.get());
        QTRY_VERIFY(wizard->currentPage()->isComplete());
    }

    QCOMPARE(basket->item(0).state, State::Bought);
    QCOMPARE(basket->item(1).state, State::Taken);
    QCOMPARE(basket->item(2).state, State::Bought);
    QCOMPARE(purchased.size(), 2);
    QCOMPARE(m_env.purchaseRequestCount(), expectedPurchaseRequests);
    QCOMPARE(m_env.findInWorkspace(middle)->displayName, u"Registered elsewhere"_s);

    // Alternatives come from the same search (area code 201) and exclude the basket.
    auto *alternatives = wizard->findChild<QListWidget *>(u"alternativesList"_s);
    QVERIFY(alternatives->isVisible());
    QVERIFY(alternatives->count() > 0);
    QListWidgetItem *choice = alternatives->item(0);
    const auto alternative = choice->data(Qt::UserRole).value<AvailableNumber>();
    QVERIFY(alternative.phoneNumber.startsWith(u"+1201"_s));
    QVERIFY(!basket->contains(alternative.phoneNumber));

    choice->setCheckState(Qt::Checked);
    auto *buy = wizard->findChild<QPushButton *>(u"buyAlternativesButton"_s);
    QVERIFY(buy->isEnabled());
    buy->click();
    QTRY_VERIFY(wizard->currentPage()->isComplete());
    QCOMPARE(basket->item(basket->rowOf(alternative.phoneNumber)).state, State::Bought);
    QCOMPARE(purchased.size(), 3);
    QVERIFY(m_env.findInWorkspace(alternative.phoneNumber));
}

void tst_PurchaseWizard::purchaseTimeoutIsResolvedByRereadingTheList()
{
    Sandbox::FaultOptions faults;
    faults.stallPathPattern = u"/twilio/phone-numbers/purchase$"_s;
    m_env.stop();
    m_env.start(faults);

    auto wizard = m_env.makeWizard(OwnerKey);
    m_env.client()->setTimeouts({std::chrono::milliseconds(800), std::chrono::milliseconds(3000)});
    QSignalSpy purchased(wizard.get(), &PurchaseWizard::numberPurchased);
    wizard->show();
    m_env.provisionOnFirstPage(wizard.get());
    wizard->next();
    m_env.searchAreaCode(wizard.get(), u"415"_s);
    m_env.pickResultRows(wizard.get(), {0});
    const QString e164 = wizard->basket()->item(0).number.phoneNumber;

    m_env.confirmAndBuy(wizard.get());
    QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage()->isComplete(), 15000);

    // The stalled purchase went through on the server; the wizard found it instead of retrying.
    const PurchaseBasket::Item &item = wizard->basket()->item(0);
    QCOMPARE(item.state, State::Bought);
    QVERIFY2(item.outcome.contains(u"answer was lost"_s), qPrintable(item.outcome));
    QCOMPARE(m_env.purchaseRequestCount(), 1);
    QCOMPARE(purchased.size(), 1);
    QCOMPARE(purchased.at(0).at(0).value<PhoneNumber>().phoneNumber, e164);
    QVERIFY(m_env.findInWorkspace(e164));
}

void tst_PurchaseWizard::cancelAfterOnePurchaseSaysWhatHappened()
{
    auto wizard = m_env.makeWizard(OwnerKey);
    QSignalSpy cancelled(wizard.get(), &PurchaseWizard::cancelledWithSummary);
    wizard->show();
    m_env.provisionOnFirstPage(wizard.get());
    wizard->next();
    m_env.searchAreaCode(wizard.get(), u"303"_s);
    m_env.pickResultRows(wizard.get(), {0, 1});
    PurchaseBasket *basket = wizard->basket();
    const QString first = basket->item(0).number.phoneNumber;
    const QString second = basket->item(1).number.phoneNumber;

    // Cancel once the first is bought, while the second is being checked.
    QObject guard;
    connect(basket, &PurchaseBasket::stateChanged, &guard, [&](int row, State state) {
        if (row == 1 && state == State::Checking)
            wizard->button(QWizard::CancelButton)->click();
    });
    m_env.confirmAndBuy(wizard.get());
    QTRY_COMPARE(cancelled.size(), 1);
    QVERIFY(!wizard->isVisible());

    QCOMPARE(basket->item(0).state, State::Bought);
    QCOMPARE(basket->item(1).state, State::Skipped);
    QCOMPARE(m_env.purchaseRequestCount(), 1);
    QVERIFY(m_env.findInWorkspace(first));
    QVERIFY(!m_env.findInWorkspace(second));

    const QString summary = cancelled.at(0).at(0).toString();
    QVERIFY2(summary.contains(u"bought and are in your workspace: "_s
                     + PhoneNumberFormat::present(first).international),
            qPrintable(summary));
    QVERIFY2(summary.contains(PhoneNumberFormat::present(second).international + u": Not bought"_s),
            qPrintable(summary));

    QMessageBox *box = nullptr;
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget *widget : windows) {
        if (widget->objectName() == u"cancelSummary")
            box = qobject_cast<QMessageBox *>(widget);
    }
    QVERIFY(box);
    QCOMPARE(box->text(), summary);
}

void tst_PurchaseWizard::viewerKeyIsRefusedOnTheFirstPage_data()
{
    QTest::addColumn<bool>("alreadyProvisioned");
    QTest::newRow("no telephony account yet") << false;
    QTest::newRow("telephony account exists") << true;
}

void tst_PurchaseWizard::viewerKeyIsRefusedOnTheFirstPage()
{
    QFETCH(bool, alreadyProvisioned);

    if (alreadyProvisioned) {
        bool done = false;
        QObject context;
        m_env.backDoor()->provisionSubAccount(
                &context, [&done](const Result<SubAccount> &result) { done = result.isOk(); });
        QTRY_VERIFY(done);
    }

    auto wizard = m_env.makeWizard(ViewerKey);
    wizard->show();
    auto *provision = wizard->findChild<QPushButton *>(u"provisionButton"_s);
    if (!alreadyProvisioned) {
        QTRY_VERIFY(provision->isVisible() && provision->isEnabled());
        provision->click();
    }

    auto *status = wizard->findChild<QLabel *>(u"accountStatus"_s);
    QTRY_VERIFY2(status->text().contains(u"admin key"_s), qPrintable(status->text()));
    QVERIFY(!wizard->currentPage()->isComplete());
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QCOMPARE(m_env.purchaseRequestCount(), 0);
}

QTEST_MAIN(tst_PurchaseWizard)
#include "tst_purchasewizard.moc"

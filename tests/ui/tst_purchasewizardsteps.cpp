#include "availablenumbermodel.h"
#include "mainwindow.h"
#include "messagebanner.h"
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

class tst_PurchaseWizardSteps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_env.start(); }
    void cleanup() { m_env.stop(); }

    void keyboardSearchAndPick();
    void differentNumbersAreNotTheOnesShownBefore();
    void boughtNumbersAppearInTheTableWithoutReload();
    void routingPerNumberReportsEachResult();
    void typingTheForwardingTargetKeepsThePageStill();
    void backAndNextDoNotApplyTheRoutingAgain();
    void unfinishedForwardingTargetAsksToFinishTyping();

private:
    // Buys one number and opens the routing page with a service chosen and forwarding ticked;
    // nullptr when a step does not get there.
    QWizardPage *routePageWithForwarding(PurchaseWizard *wizard);

    PurchaseWizardTesting m_env;
};

void tst_PurchaseWizardSteps::keyboardSearchAndPick()
{
    auto wizard = m_env.makeWizard(OwnerKey);
    wizard->show();
    m_env.provisionOnFirstPage(wizard.get());
    wizard->next();
    auto *page = qobject_cast<PurchaseSearchPage *>(wizard->currentPage());

    // Return in a search field searches; it does not press the wizard's Next.
    auto *areaCode = page->findChild<QLineEdit *>(u"areaCodeEdit"_s);
    areaCode->setFocus();
    // A US area code has three digits: two are refused with the reason, and stay in the field.
    QTest::keyClicks(areaCode, u"31"_s);
    QTest::keyClick(areaCode, Qt::Key_Return);
    QVERIFY(!page->isSearching());
    const auto *banner = page->findChild<MessageBanner *>();
    QVERIFY(banner);
    QVERIFY2(banner->text().contains(u"three digits"_s), qPrintable(banner->text()));
    QCOMPARE(areaCode->text(), u"31"_s);
    areaCode->clear();
    QTest::keyClicks(areaCode, u"312"_s);
    QTest::keyClick(areaCode, Qt::Key_Return);
    QVERIFY(page->isSearching());
    QTRY_VERIFY(!page->isSearching());
    QCOMPARE(wizard->currentId(), int(PurchaseWizard::SearchPageId));
    QVERIFY(page->results()->rowCount() > 0);

    // Space on the current result puts it in the basket and takes it out again.
    auto *results = page->findChild<QTableView *>(u"resultsTable"_s);
    results->setFocus();
    results->setCurrentIndex(page->results()->index(0, AvailableNumberModel::NumberColumn));
    QTest::keyClick(results, Qt::Key_Space);
    QCOMPARE(wizard->basket()->size(), 1);
    QVERIFY(page->isComplete());
    QTest::keyClick(results, Qt::Key_Space);
    QCOMPARE(wizard->basket()->size(), 0);
    QVERIFY(!page->isComplete());
}

void tst_PurchaseWizardSteps::differentNumbersAreNotTheOnesShownBefore()
{
    auto wizard = m_env.makeWizard(OwnerKey);
    wizard->show();
    m_env.provisionOnFirstPage(wizard.get());
    wizard->next();
    auto *page = qobject_cast<PurchaseSearchPage *>(wizard->currentPage());
    page->findChild<QSpinBox *>(u"limitSpin"_s)->setValue(5);
    m_env.searchAreaCode(wizard.get(), u"206"_s);
    QCOMPARE(page->results()->rowCount(), 5);
    m_env.pickResultRows(wizard.get(), {0});
    QSet<QString> first;
    for (int row = 0; row < 5; ++row)
        first.insert(
                page->results()->index(row, 0).data(AvailableNumberModel::E164Role).toString());

    auto *different = page->findChild<QPushButton *>(u"differentNumbersButton"_s);
    QVERIFY(different->isEnabled());
    different->click();
    QTRY_VERIFY(!page->isSearching());
    QCOMPARE(page->results()->rowCount(), 5);
    for (int row = 0; row < 5; ++row) {
        const QString shown
                = page->results()->index(row, 0).data(AvailableNumberModel::E164Role).toString();
        QVERIFY2(!first.contains(shown), qPrintable(shown));
        QVERIFY(shown.startsWith(u"+1206"_s));
    }
    QCOMPARE(wizard->basket()->size(), 1); // the pick from the first answer is kept
}

void tst_PurchaseWizardSteps::boughtNumbersAppearInTheTableWithoutReload()
{
    ApiClient *client = m_env.makeClient(OwnerKey);
    MainWindow window(client);
    auto *actions = new PurchaseActions(&window, client);
    actions->setDefaultCountry(u"US"_s);
    QSignalSpy firstPage(&window, &MainWindow::firstPageFinished);
    window.show();
    window.start();
    QTRY_COMPARE(firstPage.size(), 1);
    QCOMPARE(firstPage.at(0).at(0).toBool(), true);

    QVERIFY(window.findChildren<QAction *>(u"buyNumbersAction"_s).contains(actions->buyAction()));
    actions->buyAction()->trigger();
    auto *wizard = window.findChild<PurchaseWizard *>();
    QVERIFY(wizard);
    QVERIFY(wizard->isVisible());
    actions->buyAction()->trigger();
    QCOMPARE(window.findChildren<PurchaseWizard *>().size(), 1); // raised, not opened twice

    m_env.provisionOnFirstPage(wizard);
    wizard->next();
    m_env.searchAreaCode(wizard, u"617"_s);
    m_env.pickResultRows(wizard, {0});
    const auto listRequests = [this] {
        const QList<QUrl> urls = m_env.network()->requestedUrls();
        return std::count_if(urls.cbegin(), urls.cend(),
                [](const QUrl &url) { return url.path().endsWith(u"/phone-numbers"_s); });
    };
    const auto listedBefore = listRequests();
    m_env.confirmAndBuy(wizard);
    QTRY_VERIFY(wizard->currentPage()->isComplete());

    const PhoneNumber bought = *wizard->basket()->item(0).purchased;
    const int row = window.model()->rowOfId(bought.id);
    QVERIFY2(row >= 0, "the bought number is in the table");
    QCOMPARE(window.model()->numberAt(row)->phoneNumber, bought.phoneNumber);
    QCOMPARE(listRequests(), listedBefore); // inserted, not reloaded

    wizard->next();
    wizard->findChild<QRadioButton *>(u"routeLater"_s)->setChecked(true);
    QVERIFY(wizard->currentPage()->isComplete());
    wizard->next();
    QCOMPARE(wizard->currentId(), int(PurchaseWizard::DonePageId));
    wizard->findChild<QPushButton *>(u"showInTableButton"_s)->click();
    QTRY_VERIFY(!wizard->isVisible());

    const QModelIndexList selected = window.table()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.at(0).data(PhoneNumberTableModel::IdRole).toString(), bought.id);
}

void tst_PurchaseWizardSteps::routingPerNumberReportsEachResult()
{
    auto wizard = m_env.makeWizard(OwnerKey);
    QSignalSpy updated(wizard.get(), &PurchaseWizard::numberUpdated);
    wizard->show();
    m_env.provisionOnFirstPage(wizard.get());
    wizard->next();
    m_env.searchAreaCode(wizard.get(), u"512"_s);
    m_env.pickResultRows(wizard.get(), {0, 1});
    m_env.confirmAndBuy(wizard.get());
    QTRY_VERIFY(wizard->currentPage()->isComplete());
    const QList<PhoneNumber> bought = wizard->purchasedNumbers();
    QCOMPARE(bought.size(), 2);

    // The second number disappears behind the wizard's back: its routing must fail on its own.
    bool deleted = false;
    {
        QObject context;
        m_env.backDoor()->deletePhoneNumber(bought.at(1).id, &context,
                [&deleted](const Result<Done> &result) { deleted = result.isOk(); });
        QTRY_VERIFY(deleted);
    }

    wizard->next();
    QCOMPARE(wizard->currentId(), int(PurchaseWizard::RoutePageId));
    wizard->findChild<QRadioButton *>(u"routeEach"_s)->setChecked(true);
    auto *table = wizard->findChild<QTableWidget *>(u"perNumberServices"_s);
    QVERIFY(table->isVisible());
    QCOMPARE(table->rowCount(), 2);
    auto *firstCombo = qobject_cast<QComboBox *>(table->cellWidget(0, 1));
    auto *secondCombo = qobject_cast<QComboBox *>(table->cellWidget(1, 1));
    QTRY_VERIFY(firstCombo->count() > 2);
    firstCombo->setCurrentIndex(1);
    QVERIFY2(!wizard->currentPage()->isComplete(), "every number needs its service");
    secondCombo->setCurrentIndex(2);
    QVERIFY(wizard->currentPage()->isComplete());
    const QString firstService
            = firstCombo->currentData(ServiceListModel::ServiceIdRole).toString();

    // Next applies what was chosen and stays to show the results.
    wizard->next();
    QCOMPARE(wizard->currentId(), int(PurchaseWizard::RoutePageId));
    QTRY_VERIFY(wizard->currentPage()->isComplete());
    auto *results = wizard->findChild<QTableWidget *>(u"routingResults"_s);
    QCOMPARE(results->rowCount(), 2);
    QVERIFY2(results->item(0, 1)->text().startsWith(u"Calls go to"_s),
            qPrintable(results->item(0, 1)->text()));
    QVERIFY2(results->item(1, 1)->text().startsWith(u"Inbound service not set"_s),
            qPrintable(results->item(1, 1)->text()));
    QCOMPARE(updated.size(), 1);
    QCOMPARE(m_env.findInWorkspace(bought.at(0).phoneNumber)->inboundServiceId.value_or(QString()),
            firstService);

    wizard->next();
    QCOMPARE(wizard->currentId(), int(PurchaseWizard::DonePageId));
    const QString summary = wizard->findChild<QLabel *>(u"doneSummary"_s)->text();
    QVERIFY2(summary.contains(u"Routing applied to 1 of 2 numbers"_s), qPrintable(summary));
}

// Lays the wizard out as the next paint would, after a key press changed what its labels say.
static void settleLayout()
{
    for (int pass = 0; pass < 3; ++pass)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

QWizardPage *tst_PurchaseWizardSteps::routePageWithForwarding(PurchaseWizard *wizard)
{
    m_env.provisionOnFirstPage(wizard);
    wizard->next();
    m_env.searchAreaCode(wizard, u"512"_s);
    m_env.pickResultRows(wizard, {0});
    m_env.confirmAndBuy(wizard);
    if (!QTest::qWaitFor([wizard] { return wizard->currentPage()->isComplete(); }))
        return nullptr;
    wizard->next();
    if (wizard->currentId() != int(PurchaseWizard::RoutePageId))
        return nullptr;
    QWizardPage *page = wizard->currentPage();
    auto *services = page->findChild<QComboBox *>(u"serviceForAll"_s);
    if (!QTest::qWaitFor([services] { return services->count() > 1; }))
        return nullptr;
    services->setCurrentIndex(1);
    page->findChild<QGroupBox *>(u"forwardingBox"_s)->setChecked(true);
    return page;
}

void tst_PurchaseWizardSteps::typingTheForwardingTargetKeepsThePageStill()
{
    auto wizard = m_env.makeWizard(OwnerKey);
    wizard->show();
    QWizardPage *page = routePageWithForwarding(wizard.get());
    QVERIFY(page);
    auto *target = page->findChild<PhoneNumberEdit *>(u"forwardToEdit"_s);
    const QList<QWidget *> below{page->findChild<QRadioButton *>(u"disconnectAfterTransfer"_s),
            page->findChild<QRadioButton *>(u"keepAgentOnLine"_s),
            page->findChild<QPushButton *>(u"applyRoutingButton"_s)};
    const auto positions = [&] {
        QList<QPoint> points;
        for (const QWidget *widget : below)
            points.append(widget->mapTo(wizard.get(), QPoint(0, 0)));
        return points;
    };
    settleLayout();
    const QList<QPoint> before = positions();

    const QString typed = u"+1 202 555 0188"_s;
    int keysWithTooShort = 0;
    for (const QChar key : typed) {
        QTest::keyClicks(target->lineEdit(), QString(key));
        settleLayout();
        const QString state = target->lineEdit()->text();
        QCOMPARE(positions(), before);

        // Each problem is said once: beside the field, not again under it or at the bottom.
        const auto labels = page->findChildren<QLabel *>();
        int saying = 0;
        for (const QLabel *label : labels) {
            if (label->isVisible() && label->text().contains(u"Too short"_s))
                ++saying;
        }
        QVERIFY2(saying <= 1, qPrintable(state));
        keysWithTooShort += saying;
    }
    QVERIFY2(keysWithTooShort > 0, "typing a number key by key passes through too short ones");
    QVERIFY(target->e164());
    QVERIFY(page->isComplete());
}

QTEST_MAIN(tst_PurchaseWizardSteps)
#include "tst_purchasewizardsteps.moc"

void tst_PurchaseWizardSteps::backAndNextDoNotApplyTheRoutingAgain()
{
    auto wizard = m_env.makeWizard(OwnerKey);
    QSignalSpy updated(wizard.get(), &PurchaseWizard::numberUpdated);
    wizard->show();
    m_env.provisionOnFirstPage(wizard.get());
    wizard->next();
    m_env.searchAreaCode(wizard.get(), u"201"_s);
    m_env.pickResultRows(wizard.get(), {0, 1});
    m_env.confirmAndBuy(wizard.get());
    QTRY_VERIFY(wizard->currentPage()->isComplete());
    QCOMPARE(wizard->purchasedNumbers().size(), 2);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(PurchaseWizard::RoutePageId));
    auto *services = wizard->findChild<QComboBox *>(u"serviceForAll"_s);
    QTRY_VERIFY(services->count() > 2);
    services->setCurrentIndex(1);
    auto *apply = wizard->findChild<QPushButton *>(u"applyRoutingButton"_s);
    QVERIFY(apply->isEnabled());
    apply->click();
    QTRY_VERIFY(wizard->currentPage()->isComplete());
    QCOMPARE(updated.size(), 2);
    QVERIFY(!apply->isEnabled());

    wizard->back();
    wizard->next();
    QCOMPARE(wizard->currentId(), int(PurchaseWizard::RoutePageId));
    QVERIFY2(!apply->isEnabled(), "the routing shown is already applied");
    wizard->next();
    QCOMPARE(wizard->currentId(), int(PurchaseWizard::DonePageId));
    QCOMPARE(updated.size(), 2);

    // A changed choice is applied again once, and one more Next goes on.
    wizard->back();
    QCOMPARE(wizard->currentId(), int(PurchaseWizard::RoutePageId));
    services->setCurrentIndex(2);
    QVERIFY(apply->isEnabled());
    wizard->next();
    QCOMPARE(wizard->currentId(), int(PurchaseWizard::RoutePageId));
    QTRY_VERIFY(wizard->currentPage()->isComplete());
    QCOMPARE(updated.size(), 4);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(PurchaseWizard::DonePageId));
}

void tst_PurchaseWizardSteps::unfinishedForwardingTargetAsksToFinishTyping()
{
    auto wizard = m_env.makeWizard(OwnerKey);
    wizard->show();
    QApplication::setActiveWindow(wizard.get());
    QVERIFY(QTest::qWaitForWindowActive(wizard.get()));
    QWizardPage *page = routePageWithForwarding(wizard.get());
    QVERIFY(page);
    auto *target = page->findChild<PhoneNumberEdit *>(u"forwardToEdit"_s);
    auto *reason = page->findChild<QLabel *>(u"nextReason"_s);
    QVERIFY(reason);

    target->lineEdit()->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(target->lineEdit(), u"+1 202 555"_s);
    QVERIFY(target->isBeingTyped());
    QVERIFY2(reason->text().contains(u"Finish typing"_s), qPrintable(reason->text()));
    QVERIFY(!page->isComplete());

    // Leaving the field ends typing: the page then asks for a correction.
    page->findChild<QRadioButton *>(u"keepAgentOnLine"_s)->setFocus(Qt::TabFocusReason);
    QVERIFY(!target->isBeingTyped());
    QVERIFY2(reason->text().contains(u"Correct the number"_s), qPrintable(reason->text()));
    QVERIFY(!page->isComplete());
}

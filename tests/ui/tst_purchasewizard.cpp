#include "apiclient.h"
#include "availablenumbermodel.h"
#include "embeddedsandbox.h"
#include "mainwindow.h"
#include "phonenumberedit.h"
#include "phonenumberformat.h"
#include "phonenumbertablemodel.h"
#include "purchaseactions.h"
#include "purchasebasket.h"
#include "purchaseprogresspage.h"
#include "purchasesearchpage.h"
#include "purchasewizard.h"
#include "servicelistmodel.h"

#include "../support/countingnetworkaccessmanager.h"

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

#include <memory>

using namespace Qt::StringLiterals;
using State = PurchaseBasket::State;

static const QString OwnerKey = u"owner-key"_s;
static const QString ViewerKey = u"viewer-key"_s;

class tst_PurchaseWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void provisionThenBuyFromTwoSearchesAndRoute();
    void provisioningTwiceIsIdempotent();
    void keyboardSearchAndPick();
    void differentNumbersAreNotTheOnesShownBefore();
    void emptySearchExplainsWhy_data();
    void emptySearchExplainsWhy();
    void takenNumberInTheMiddleOfTheBasket_data();
    void takenNumberInTheMiddleOfTheBasket();
    void purchaseTimeoutIsResolvedByRereadingTheList();
    void cancelAfterOnePurchaseSaysWhatHappened();
    void viewerKeyIsRefusedOnTheFirstPage_data();
    void viewerKeyIsRefusedOnTheFirstPage();
    void boughtNumbersAppearInTheTableWithoutReload();
    void routingPerNumberReportsEachResult();

private:
    void startSandbox(Sandbox::FaultOptions faults = {});
    std::unique_ptr<PurchaseWizard> makeWizard(const QString &key);
    void provisionOnFirstPage(PurchaseWizard *wizard);
    void searchAreaCode(PurchaseWizard *wizard, const QString &areaCode);
    void pickResultRows(PurchaseWizard *wizard, const QList<int> &rows);
    void confirmAndBuy(PurchaseWizard *wizard);
    bool registerBehindTheWizardsBack(const QString &e164);
    std::optional<PhoneNumber> findInWorkspace(const QString &e164);
    int purchaseRequestCount() const;

    std::unique_ptr<Sandbox::EmbeddedSandbox> m_sandbox;
    std::unique_ptr<CountingNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<QNetworkAccessManager> m_backDoorNetwork;
    std::unique_ptr<ApiClient> m_backDoor; // another client of the same workspace
};

void tst_PurchaseWizard::init()
{
    startSandbox();
}

void tst_PurchaseWizard::cleanup()
{
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget *widget : windows) {
        if (qobject_cast<QMessageBox *>(widget))
            delete widget;
    }
    m_client.reset();
    m_network.reset();
    m_backDoor.reset();
    m_backDoorNetwork.reset();
    m_sandbox.reset();
}

void tst_PurchaseWizard::startSandbox(Sandbox::FaultOptions faults)
{
    m_backDoor.reset();
    m_client.reset();
    m_sandbox.reset();

    Sandbox::Options options;
    options.apiKeys = {{OwnerKey, u"owner"_s}, {ViewerKey, u"viewer"_s}};
    options.seed = Sandbox::Seed::Demo;
    options.faults = faults;
    m_sandbox = std::make_unique<Sandbox::EmbeddedSandbox>(options);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));

    m_backDoorNetwork = std::make_unique<QNetworkAccessManager>();
    m_backDoor = std::make_unique<ApiClient>(m_backDoorNetwork.get(),
            ConnectionSettings{m_sandbox->baseUrl(), m_sandbox->workspaceId(), OwnerKey});
}

std::unique_ptr<PurchaseWizard> tst_PurchaseWizard::makeWizard(const QString &key)
{
    m_network = std::make_unique<CountingNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_network.get(),
            ConnectionSettings{m_sandbox->baseUrl(), m_sandbox->workspaceId(), key});
    auto wizard = std::make_unique<PurchaseWizard>(m_client.get());
    wizard->setDefaultCountry(u"US"_s);
    return wizard;
}

void tst_PurchaseWizard::provisionOnFirstPage(PurchaseWizard *wizard)
{
    auto *provision = wizard->findChild<QPushButton *>(u"provisionButton"_s);
    QVERIFY(provision);
    QTRY_VERIFY(provision->isVisible() && provision->isEnabled());
    QVERIFY(!wizard->currentPage()->isComplete());
    provision->click();
    QTRY_VERIFY(wizard->currentPage()->isComplete());
    QVERIFY(wizard->subAccount().has_value());
    QVERIFY(wizard->subAccount()->accountSid.startsWith(u"AC"_s));
    QCOMPARE(
            wizard->findChild<QLabel *>(u"accountSid"_s)->text(), wizard->subAccount()->accountSid);
}

void tst_PurchaseWizard::searchAreaCode(PurchaseWizard *wizard, const QString &areaCode)
{
    auto *page = qobject_cast<PurchaseSearchPage *>(wizard->currentPage());
    QVERIFY(page);
    page->findChild<QLineEdit *>(u"areaCodeEdit"_s)->setText(areaCode);
    page->findChild<QPushButton *>(u"searchButton"_s)->click();
    QVERIFY(page->isSearching());
    QTRY_VERIFY(!page->isSearching());
}

void tst_PurchaseWizard::pickResultRows(PurchaseWizard *wizard, const QList<int> &rows)
{
    auto *page = qobject_cast<PurchaseSearchPage *>(wizard->currentPage());
    QVERIFY(page);
    AvailableNumberModel *results = page->results();
    for (int row : rows) {
        QVERIFY(row < results->rowCount());
        const QModelIndex index = results->index(row, AvailableNumberModel::NumberColumn);
        QVERIFY(results->setData(index, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(index.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    }
}

void tst_PurchaseWizard::confirmAndBuy(PurchaseWizard *wizard)
{
    QVERIFY(wizard->currentPage()->isComplete());
    wizard->next();
    QCOMPARE(wizard->currentId(), int(PurchaseWizard::ReviewPageId));
    QVERIFY2(!wizard->currentPage()->isComplete(), "buying needs the explicit confirmation");
    auto *reason = wizard->currentPage()->findChild<QLabel *>(u"nextReason"_s);
    QVERIFY(!reason->text().isEmpty());
    wizard->currentPage()->findChild<QCheckBox *>(u"confirmPurchase"_s)->setChecked(true);
    QVERIFY(wizard->currentPage()->isComplete());
    wizard->next();
    QCOMPARE(wizard->currentId(), int(PurchaseWizard::PurchasePageId));
}

// Registers a number with another client and waits for it, so that it is taken before the
// wizard's next request goes out.
bool tst_PurchaseWizard::registerBehindTheWizardsBack(const QString &e164)
{
    bool finished = false;
    bool registered = false;
    PhoneNumberCreate create;
    create.phoneNumber = e164;
    create.displayName = u"Registered elsewhere"_s;
    QObject context;
    m_backDoor->createPhoneNumber(create, &context, [&](const Result<PhoneNumber> &result) {
        registered = result.isOk();
        finished = true;
    });
    QElapsedTimer timer;
    timer.start();
    while (!finished && timer.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return registered;
}

std::optional<PhoneNumber> tst_PurchaseWizard::findInWorkspace(const QString &e164)
{
    std::optional<PhoneNumber> found;
    QJsonValue token;
    for (int page = 0; page < 50; ++page) {
        bool finished = false;
        bool hasMore = false;
        PhoneNumberListQuery query;
        query.continuationToken = token;
        QObject context;
        m_backDoor->listPhoneNumbers(query, &context, [&](const Result<PhoneNumberPage> &result) {
            finished = true;
            if (!result)
                return;
            for (const PhoneNumber &number : result.value().items) {
                if (number.phoneNumber == e164)
                    found = number;
            }
            hasMore = result.value().hasMore;
            token = result.value().continuationToken;
        });
        QElapsedTimer timer;
        timer.start();
        while (!finished && timer.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (found || !hasMore)
            break;
    }
    return found;
}

int tst_PurchaseWizard::purchaseRequestCount() const
{
    const QList<QUrl> urls = m_network->requestedUrls();
    return static_cast<int>(std::count_if(urls.cbegin(), urls.cend(), [](const QUrl &url) {
        return url.path().endsWith(u"/twilio/phone-numbers/purchase"_s);
    }));
}

void tst_PurchaseWizard::provisionThenBuyFromTwoSearchesAndRoute()
{
    auto wizard = makeWizard(OwnerKey);
    QSignalSpy purchased(wizard.get(), &PurchaseWizard::numberPurchased);
    QSignalSpy updated(wizard.get(), &PurchaseWizard::numberUpdated);
    QSignalSpy showRequested(wizard.get(), &PurchaseWizard::showNumbersRequested);
    wizard->show();

    provisionOnFirstPage(wizard.get());
    wizard->grab().save(u"/tmp/w/p1.png"_s);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(PurchaseWizard::SearchPageId));
    QVERIFY(!wizard->currentPage()->isComplete());
    QCOMPARE(wizard->findChild<QComboBox *>(u"countryCombo"_s)->currentData().toString(), u"US"_s);

    searchAreaCode(wizard.get(), u"201"_s);
    pickResultRows(wizard.get(), {0});
    searchAreaCode(wizard.get(), u"212"_s);
    pickResultRows(wizard.get(), {0});
    wizard->grab().save(u"/tmp/w/p2.png"_s);

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
    wizard->grab().save(u"/tmp/w/p3.png"_s);
    wizard->back();
    confirmAndBuy(wizard.get());
    QTRY_VERIFY(wizard->currentPage()->isComplete());
    wizard->grab().save(u"/tmp/w/p4.png"_s);
    QCOMPARE(basket->countIn(State::Bought), 2);
    QCOMPARE(purchased.size(), 2);
    QCOMPARE(purchaseRequestCount(), 2);
    const auto firstStored = findInWorkspace(first);
    QVERIFY(firstStored);
    QCOMPARE(firstStored->displayName, u"Jersey City"_s);
    QVERIFY(findInWorkspace(second));

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
    auto *reason = wizard->currentPage()->findChild<QLabel *>(u"nextReason"_s);
    QVERIFY2(reason->text().contains(u"itself"_s), qPrintable(reason->text()));
    target->setText(u"202 555 0188"_s); // no +: read in the default country
    QVERIFY2(wizard->currentPage()->isComplete(), qPrintable(reason->text()));
    wizard->findChild<QPushButton *>(u"applyRoutingButton"_s)->click();
    QTRY_VERIFY(wizard->currentPage()->isComplete());
    QCOMPARE(updated.size(), 4); // service and forwarding, for each number
    wizard->grab().save(u"/tmp/w/p5.png"_s);

    for (const QString &e164 : {first, second}) {
        const auto stored = findInWorkspace(e164);
        QVERIFY(stored);
        QCOMPARE(stored->inboundServiceId.value_or(QString()), serviceId);
        QVERIFY(stored->forwarding);
        QCOMPARE(stored->forwarding->forwardTo, u"+12025550188"_s);
        QVERIFY(stored->forwarding->shouldDisconnect);
    }

    wizard->next();
    QCOMPARE(wizard->currentId(), int(PurchaseWizard::DonePageId));
    wizard->grab().save(u"/tmp/w/p6.png"_s);
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
    auto wizard = makeWizard(OwnerKey);
    wizard->show();
    provisionOnFirstPage(wizard.get());
    const SubAccount account = *wizard->subAccount();

    // The same request again answers with the same account.
    std::optional<SubAccount> again;
    QObject context; // the callback writes to this frame: it must not outlive it
    m_client->provisionSubAccount(&context, [&again](const Result<SubAccount> &result) {
        if (result)
            again = result.value();
    });
    QTRY_VERIFY(again.has_value());
    QCOMPARE(again->accountSid, account.accountSid);
    QCOMPARE(again->id, account.id);

    // A second wizard finds the account and does not offer to set it up.
    wizard.reset();
    auto second = makeWizard(OwnerKey);
    second->show();
    QTRY_VERIFY(second->currentPage()->isComplete());
    QCOMPARE(second->subAccount()->accountSid, account.accountSid);
    QVERIFY(!second->findChild<QPushButton *>(u"provisionButton"_s)->isVisible());
    QCOMPARE(second->findChild<QLabel *>(u"accountSid"_s)->text(), account.accountSid);
}

void tst_PurchaseWizard::keyboardSearchAndPick()
{
    auto wizard = makeWizard(OwnerKey);
    wizard->show();
    provisionOnFirstPage(wizard.get());
    wizard->next();
    auto *page = qobject_cast<PurchaseSearchPage *>(wizard->currentPage());

    // Return in a search field searches; it does not press the wizard's Next.
    auto *areaCode = page->findChild<QLineEdit *>(u"areaCodeEdit"_s);
    areaCode->setFocus();
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

void tst_PurchaseWizard::differentNumbersAreNotTheOnesShownBefore()
{
    auto wizard = makeWizard(OwnerKey);
    wizard->show();
    provisionOnFirstPage(wizard.get());
    wizard->next();
    auto *page = qobject_cast<PurchaseSearchPage *>(wizard->currentPage());
    page->findChild<QSpinBox *>(u"limitSpin"_s)->setValue(5);
    searchAreaCode(wizard.get(), u"206"_s);
    QCOMPARE(page->results()->rowCount(), 5);
    pickResultRows(wizard.get(), {0});
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

    auto wizard = makeWizard(OwnerKey);
    wizard->show();
    provisionOnFirstPage(wizard.get());
    wizard->next();

    wizard->findChild<QCheckBox *>(u"needMms"_s)->setChecked(needMms);
    searchAreaCode(wizard.get(), areaCode);
    auto *page = qobject_cast<PurchaseSearchPage *>(wizard->currentPage());
    QCOMPARE(page->results()->receivedCount(), received);
    QCOMPARE(page->results()->rowCount(), 0);
    wizard->grab().save(u"/tmp/w/p8.png"_s);

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

    auto wizard = makeWizard(OwnerKey);
    QSignalSpy purchased(wizard.get(), &PurchaseWizard::numberPurchased);
    wizard->show();
    provisionOnFirstPage(wizard.get());
    wizard->next();
    searchAreaCode(wizard.get(), u"201"_s);
    pickResultRows(wizard.get(), {0, 1, 2});
    PurchaseBasket *basket = wizard->basket();
    const QString middle = basket->item(1).number.phoneNumber;

    if (takenBetweenCheckAndPurchase) {
        QObject guard;
        connect(basket, &PurchaseBasket::stateChanged, &guard, [&](int row, State state) {
            if (row == 1 && state == State::Buying)
                QVERIFY(registerBehindTheWizardsBack(middle));
        });
        confirmAndBuy(wizard.get());
        QTRY_VERIFY(wizard->currentPage()->isComplete());
    } else {
        QVERIFY(registerBehindTheWizardsBack(middle));
        confirmAndBuy(wizard.get());
        QTRY_VERIFY(wizard->currentPage()->isComplete());
    }

    QCOMPARE(basket->item(0).state, State::Bought);
    QCOMPARE(basket->item(1).state, State::Taken);
    QCOMPARE(basket->item(2).state, State::Bought);
    wizard->grab().save(u"/tmp/w/p7.png"_s);
    QCOMPARE(purchased.size(), 2);
    QCOMPARE(purchaseRequestCount(), expectedPurchaseRequests);
    QCOMPARE(findInWorkspace(middle)->displayName, u"Registered elsewhere"_s);

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
    QVERIFY(findInWorkspace(alternative.phoneNumber));
}

void tst_PurchaseWizard::purchaseTimeoutIsResolvedByRereadingTheList()
{
    Sandbox::FaultOptions faults;
    faults.stallPathPattern = u"/twilio/phone-numbers/purchase$"_s;
    startSandbox(faults);

    auto wizard = makeWizard(OwnerKey);
    m_client->setTimeouts({std::chrono::milliseconds(800), std::chrono::milliseconds(3000)});
    QSignalSpy purchased(wizard.get(), &PurchaseWizard::numberPurchased);
    wizard->show();
    provisionOnFirstPage(wizard.get());
    wizard->next();
    searchAreaCode(wizard.get(), u"415"_s);
    pickResultRows(wizard.get(), {0});
    const QString e164 = wizard->basket()->item(0).number.phoneNumber;

    confirmAndBuy(wizard.get());
    QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage()->isComplete(), 15000);

    // The stalled purchase went through on the server; the wizard found it instead of retrying.
    const PurchaseBasket::Item &item = wizard->basket()->item(0);
    QCOMPARE(item.state, State::Bought);
    QVERIFY2(item.outcome.contains(u"answer was lost"_s), qPrintable(item.outcome));
    QCOMPARE(purchaseRequestCount(), 1);
    QCOMPARE(purchased.size(), 1);
    QCOMPARE(purchased.at(0).at(0).value<PhoneNumber>().phoneNumber, e164);
    QVERIFY(findInWorkspace(e164));
}

void tst_PurchaseWizard::cancelAfterOnePurchaseSaysWhatHappened()
{
    auto wizard = makeWizard(OwnerKey);
    QSignalSpy cancelled(wizard.get(), &PurchaseWizard::cancelledWithSummary);
    wizard->show();
    provisionOnFirstPage(wizard.get());
    wizard->next();
    searchAreaCode(wizard.get(), u"303"_s);
    pickResultRows(wizard.get(), {0, 1});
    PurchaseBasket *basket = wizard->basket();
    const QString first = basket->item(0).number.phoneNumber;
    const QString second = basket->item(1).number.phoneNumber;

    // Cancel once the first is bought, while the second is being checked.
    QObject guard;
    connect(basket, &PurchaseBasket::stateChanged, &guard, [&](int row, State state) {
        if (row == 1 && state == State::Checking)
            wizard->button(QWizard::CancelButton)->click();
    });
    confirmAndBuy(wizard.get());
    QTRY_COMPARE(cancelled.size(), 1);
    QVERIFY(!wizard->isVisible());

    QCOMPARE(basket->item(0).state, State::Bought);
    QCOMPARE(basket->item(1).state, State::Skipped);
    QCOMPARE(purchaseRequestCount(), 1);
    QVERIFY(findInWorkspace(first));
    QVERIFY(!findInWorkspace(second));

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
        m_backDoor->provisionSubAccount(
                &context, [&done](const Result<SubAccount> &result) { done = result.isOk(); });
        QTRY_VERIFY(done);
    }

    auto wizard = makeWizard(ViewerKey);
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
    wizard->grab().save(u"/tmp/w/p9.png"_s);
    QCOMPARE(purchaseRequestCount(), 0);
}

void tst_PurchaseWizard::boughtNumbersAppearInTheTableWithoutReload()
{
    m_network = std::make_unique<CountingNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_network.get(),
            ConnectionSettings{m_sandbox->baseUrl(), m_sandbox->workspaceId(), OwnerKey});
    MainWindow window(m_client.get());
    auto *actions = new PurchaseActions(&window, m_client.get());
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

    provisionOnFirstPage(wizard);
    wizard->next();
    searchAreaCode(wizard, u"617"_s);
    pickResultRows(wizard, {0});
    const auto listRequests = [this] {
        const QList<QUrl> urls = m_network->requestedUrls();
        return std::count_if(urls.cbegin(), urls.cend(),
                [](const QUrl &url) { return url.path().endsWith(u"/phone-numbers"_s); });
    };
    const auto listedBefore = listRequests();
    confirmAndBuy(wizard);
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

void tst_PurchaseWizard::routingPerNumberReportsEachResult()
{
    auto wizard = makeWizard(OwnerKey);
    QSignalSpy updated(wizard.get(), &PurchaseWizard::numberUpdated);
    wizard->show();
    provisionOnFirstPage(wizard.get());
    wizard->next();
    searchAreaCode(wizard.get(), u"512"_s);
    pickResultRows(wizard.get(), {0, 1});
    confirmAndBuy(wizard.get());
    QTRY_VERIFY(wizard->currentPage()->isComplete());
    const QList<PhoneNumber> bought = wizard->purchasedNumbers();
    QCOMPARE(bought.size(), 2);

    // The second number disappears behind the wizard's back: its routing must fail on its own.
    bool deleted = false;
    {
        QObject context;
        m_backDoor->deletePhoneNumber(bought.at(1).id, &context,
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
    QCOMPARE(findInWorkspace(bought.at(0).phoneNumber)->inboundServiceId.value_or(QString()),
            firstService);

    wizard->next();
    QCOMPARE(wizard->currentId(), int(PurchaseWizard::DonePageId));
    const QString summary = wizard->findChild<QLabel *>(u"doneSummary"_s)->text();
    QVERIFY2(summary.contains(u"Routing applied to 1 of 2 numbers"_s), qPrintable(summary));
}

QTEST_MAIN(tst_PurchaseWizard)
#include "tst_purchasewizard.moc"

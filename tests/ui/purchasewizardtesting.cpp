#include "purchasewizardtesting.h"

#include "availablenumbermodel.h"
#include "purchasebasket.h"
#include "purchasesearchpage.h"

#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

void PurchaseWizardTesting::stop()
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

void PurchaseWizardTesting::start(const Sandbox::FaultOptions &faults)
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

ApiClient *PurchaseWizardTesting::makeClient(const QString &key)
{
    m_client.reset();
    m_network = std::make_unique<CountingNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_network.get(),
            ConnectionSettings{m_sandbox->baseUrl(), m_sandbox->workspaceId(), key});
    return m_client.get();
}

std::unique_ptr<PurchaseWizard> PurchaseWizardTesting::makeWizard(const QString &key)
{
    auto wizard = std::make_unique<PurchaseWizard>(makeClient(key));
    wizard->setDefaultCountry(u"US"_s);
    return wizard;
}

void PurchaseWizardTesting::provisionOnFirstPage(PurchaseWizard *wizard)
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

void PurchaseWizardTesting::searchAreaCode(PurchaseWizard *wizard, const QString &areaCode)
{
    auto *page = qobject_cast<PurchaseSearchPage *>(wizard->currentPage());
    QVERIFY(page);
    page->findChild<QLineEdit *>(u"areaCodeEdit"_s)->setText(areaCode);
    page->findChild<QPushButton *>(u"searchButton"_s)->click();
    QVERIFY(page->isSearching());
    QTRY_VERIFY(!page->isSearching());
}

void PurchaseWizardTesting::pickResultRows(PurchaseWizard *wizard, const QList<int> &rows)
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

void PurchaseWizardTesting::confirmAndBuy(PurchaseWizard *wizard)
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

bool PurchaseWizardTesting::registerBehindTheWizardsBack(const QString &e164)
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

std::optional<PhoneNumber> PurchaseWizardTesting::findInWorkspace(const QString &e164)
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

int PurchaseWizardTesting::purchaseRequestCount() const
{
    const QList<QUrl> urls = m_network->requestedUrls();
    return static_cast<int>(std::count_if(urls.cbegin(), urls.cend(), [](const QUrl &url) {
        return url.path().endsWith(u"/twilio/phone-numbers/purchase"_s);
    }));
}

#include "apiclient.h"
#include "embeddedsandbox.h"
#include "servicelistmodel.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class tst_ServiceListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void firstRowIsNone();
    void pagesToTheEnd();
    void searchesOnTheServer_data();
    void searchesOnTheServer();
    void newSearchDropsTheOlderReply();
    void withoutTheNoneRow();
    void resolvesAServiceOnNoLoadedPage();
    void unknownServiceFailsToResolve();

private:
    void loadAll();

    std::unique_ptr<Sandbox::EmbeddedSandbox> m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ServiceListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

// The demo workspace's services.
static constexpr int DemoServices = 5;

void tst_ServiceListModel::initTestCase()
{
    Sandbox::Options options;
    options.apiKeys = {{u"test-key"_s, u"owner"_s}};
    options.seed = Sandbox::Seed::Demo;
    m_sandbox = std::make_unique<Sandbox::EmbeddedSandbox>(options);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
}

void tst_ServiceListModel::init()
{
    m_client = std::make_unique<ApiClient>(&m_network,
            ConnectionSettings{m_sandbox->baseUrl(), m_sandbox->workspaceId(), u"test-key"_s});
    m_model = std::make_unique<ServiceListModel>(m_client.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_ServiceListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_client.reset();
}

void tst_ServiceListModel::loadAll()
{
    for (int guard = 0; guard < 50 && m_model->hasMore(); ++guard) {
        if (m_model->canFetchMore({}))
            m_model->fetchMore({});
        QTRY_VERIFY(!m_model->isLoading());
        QVERIFY(!m_model->lastError());
    }
    QVERIFY(!m_model->hasMore());
}

void tst_ServiceListModel::firstRowIsNone()
{
    QCOMPARE(m_model->rowCount(), 1);
    const QModelIndex none = m_model->index(0, 0);
    QVERIFY(none.data(ServiceListModel::IsNoneRole).toBool());
    QVERIFY(none.data(ServiceListModel::ServiceIdRole).toString().isEmpty());
    QCOMPARE(m_model->rowOf(std::nullopt), 0);
    QCOMPARE(m_model->serviceIdAt(0), std::nullopt);
}

void tst_ServiceListModel::pagesToTheEnd()
{
    QSignalSpy pages(m_model.get(), &ServiceListModel::pageLoaded);
    m_model->setPageSize(2);
    m_model->refresh();

    loadAll();

    QCOMPARE(pages.count(), 3); // 2 + 2 + 1
    QCOMPARE(pages.at(0).first().toInt(), 2);

    QCOMPARE(m_model->rowCount(), 1 + DemoServices);
    QSet<QString> ids;
    for (int row = 1; row < m_model->rowCount(); ++row) {
        const QString id = m_model->index(row, 0).data(ServiceListModel::ServiceIdRole).toString();
        QVERIFY(!id.isEmpty());
        ids.insert(id);
        QCOMPARE(m_model->rowOf(id), row);
        QVERIFY(!m_model->nameOf(id).isEmpty());
    }
    QCOMPARE(ids.size(), DemoServices);
    QCOMPARE(m_model->knownNames().size(), DemoServices);
}

void tst_ServiceListModel::searchesOnTheServer_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("names");

    QTest::newRow("part of a name") << u"Billing"_s << QStringList{u"Billing Questions"_s};
    QTest::newRow("nothing matches") << u"Cardiology"_s << QStringList{};
    QTest::newRow("spaces around are ignored")
            << u"  Refills "_s << QStringList{u"Prescription Refills"_s};
}

void tst_ServiceListModel::searchesOnTheServer()
{
    QFETCH(QString, search);
    QFETCH(QStringList, names);

    m_model->setSearch(search);
    QTRY_VERIFY(!m_model->isLoading());
    loadAll();

    QStringList shown;
    for (int row = 1; row < m_model->rowCount(); ++row)
        shown << m_model->nameOf(m_model->serviceIdAt(row).value_or(QString()));
    QCOMPARE(shown, names);
}

void tst_ServiceListModel::newSearchDropsTheOlderReply()
{
    m_model->setSearch(u"Billing"_s);
    m_model->setSearch(u"Triage"_s);
    QTRY_VERIFY(!m_model->isLoading());
    // Let a late reply of the first search arrive, if it were not dropped.
    QTest::qWait(100);

    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->index(1, 0).data().toString(), u"After-Hours Triage"_s);
}

void tst_ServiceListModel::withoutTheNoneRow()
{
    m_model->setIncludeNone(false);
    m_model->refresh();
    QTRY_VERIFY(!m_model->isLoading());
    loadAll();

    QCOMPARE(m_model->rowCount(), DemoServices);
    QCOMPARE(m_model->rowOf(std::nullopt), -1);
    QVERIFY(!m_model->index(0, 0).data(ServiceListModel::IsNoneRole).toBool());
}

void tst_ServiceListModel::resolvesAServiceOnNoLoadedPage()
{
    ServiceListModel lister(m_client.get());
    lister.refresh();
    QTRY_VERIFY(!lister.isLoading());
    const QString id = lister.serviceIdAt(1).value_or(QString());
    QVERIFY(!id.isEmpty());

    // A model that has loaded no page yet.
    ServiceListModel model(m_client.get());
    QSignalSpy resolved(&model, &ServiceListModel::serviceResolved);
    QVERIFY(model.nameOf(id).isEmpty());
    model.resolve(id);

    QTRY_COMPARE(resolved.count(), 1);
    QCOMPARE(model.nameOf(id), lister.nameOf(id));
    QCOMPARE(model.rowOf(id), -1); // known by name, but not a row of the list
}

void tst_ServiceListModel::unknownServiceFailsToResolve()
{
    QSignalSpy failed(m_model.get(), &ServiceListModel::serviceResolveFailed);
    const QString id = u"7d3c1a53-4c55-4a3e-9d52-0a3c9b6f1e00"_s;

    m_model->resolve(id);

    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().toString(), id);
    QVERIFY(failed.first().at(1).value<ApiError>().isNotFound());
    QVERIFY(m_model->nameOf(id).isEmpty());
}

QTEST_MAIN(tst_ServiceListModel)
#include "tst_servicelistmodel.moc"

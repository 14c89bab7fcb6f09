#include "apiclient.h"
#include "embeddedsandbox.h"
#include "phonenumbertablemodel.h"

#include "../support/countingnetworkaccessmanager.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class tst_PhoneNumberTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void firstPage();
    void pagesToTheEnd();
    void statusFilterResetsAndFiltersOnServer_data();
    void statusFilterResetsAndFiltersOnServer();
    void oneRequestPerCursor();
    void refreshDropsReplyInFlight();
    void formatsNumbersForPeople();
    void removalDuringPagingSkipsNothing();

private:
    void loadAll();

    std::unique_ptr<Sandbox::EmbeddedSandbox> m_sandbox;
    std::unique_ptr<CountingNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<PhoneNumberTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_PhoneNumberTableModel::initTestCase()
{
    Sandbox::Options options;
    options.apiKeys = {{u"test-key"_s, u"owner"_s}};
    options.seed = Sandbox::Seed::Demo;
    m_sandbox = std::make_unique<Sandbox::EmbeddedSandbox>(options);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
}

void tst_PhoneNumberTableModel::init()
{
    m_network = std::make_unique<CountingNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_network.get(),
            ConnectionSettings{m_sandbox->baseUrl(), m_sandbox->workspaceId(), u"test-key"_s});
    m_model = std::make_unique<PhoneNumberTableModel>(m_client.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_PhoneNumberTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_client.reset();
    m_network.reset();
}

void tst_PhoneNumberTableModel::loadAll()
{
    for (int guard = 0; guard < 100 && m_model->hasMore(); ++guard) {
        if (m_model->canFetchMore({}))
            m_model->fetchMore({});
        QTRY_VERIFY(!m_model->isLoading());
        if (const auto &error = m_model->lastError())
            QFAIL(qPrintable(error->message()));
    }
    QVERIFY(!m_model->hasMore());
}

void tst_PhoneNumberTableModel::firstPage()
{
    // A fresh model has no rows and can fetch (the tester of m_model has already fetched).
    PhoneNumberTableModel fresh(m_client.get());
    QCOMPARE(fresh.rowCount(), 0);
    QVERIFY(fresh.canFetchMore({}));
    QVERIFY(!fresh.isLoading());

    QSignalSpy pages(m_model.get(), &PhoneNumberTableModel::pageLoaded);
    m_model->refresh();
    QVERIFY(m_model->isLoading());
    QVERIFY(!m_model->canFetchMore({}));
    QTRY_COMPARE(pages.size(), 1);

    QCOMPARE(m_model->rowCount(), 20);
    QVERIFY(m_model->hasMore());
    QVERIFY(m_model->canFetchMore({}));
    QCOMPARE(m_model->columnCount(), int(PhoneNumberTableModel::ColumnCount));
    QVERIFY(!m_model->index(0, 0).data(PhoneNumberTableModel::E164Role).toString().isEmpty());
}

void tst_PhoneNumberTableModel::pagesToTheEnd()
{
    m_model->refresh();
    QTRY_VERIFY(!m_model->isLoading());
    loadAll();

    QVERIFY(m_model->serverTotal().has_value());
    QCOMPARE(m_model->rowCount(), int(*m_model->serverTotal()));
    QVERIFY(m_model->rowCount() > 40);
    QVERIFY(!m_model->canFetchMore({}));

    QSet<QString> ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids.insert(m_model->index(row, 0).data(PhoneNumberTableModel::IdRole).toString());
    QCOMPARE(ids.size(), m_model->rowCount());
}

void tst_PhoneNumberTableModel::statusFilterResetsAndFiltersOnServer_data()
{
    QTest::addColumn<QString>("status");
    QTest::newRow("active") << u"active"_s;
    QTest::newRow("inactive") << u"inactive"_s;
}

void tst_PhoneNumberTableModel::statusFilterResetsAndFiltersOnServer()
{
    QFETCH(QString, status);

    m_model->refresh();
    QTRY_VERIFY(!m_model->isLoading());
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);

    m_model->setStatusFilter(status);
    QCOMPARE(resets.size(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    QTRY_VERIFY(!m_model->isLoading());
    loadAll();

    QVERIFY(m_model->rowCount() > 0);
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->numberAt(row)->status, status);
    QVERIFY(m_network->requestedUrls().constLast().query().contains(u"status="_s + status));
}

void tst_PhoneNumberTableModel::oneRequestPerCursor()
{
    m_model->refresh();
    QTRY_VERIFY(!m_model->isLoading());
    m_network->clearCount();

    for (int i = 0; i < 5; ++i)
        m_model->fetchMore({});
    QCOMPARE(m_network->requestCount(), 1);
    QTRY_VERIFY(!m_model->isLoading());
    QCOMPARE(m_model->rowCount(), 40);
    QCOMPARE(m_network->requestCount(), 1);
}

void tst_PhoneNumberTableModel::refreshDropsReplyInFlight()
{
    m_model->refresh();
    QTRY_VERIFY(!m_model->isLoading());
    m_model->fetchMore({});
    QVERIFY(m_model->isLoading());

    QSignalSpy pages(m_model.get(), &PhoneNumberTableModel::pageLoaded);
    m_model->refresh();
    QTRY_VERIFY(!m_model->isLoading());
    // Only the new first page counts; the second page of the old generation never lands.
    QTest::qWait(100);
    QCOMPARE(pages.size(), 1);
    QCOMPARE(m_model->rowCount(), 20);
    QVERIFY(!m_model->lastError());
}

void tst_PhoneNumberTableModel::formatsNumbersForPeople()
{
    m_model->refresh();
    QTRY_VERIFY(!m_model->isLoading());
    const QModelIndex index = m_model->index(0, PhoneNumberTableModel::NumberColumn);
    const QString e164 = index.data(PhoneNumberTableModel::E164Role).toString();
    const QString shown = index.data().toString();
    QVERIFY(e164.startsWith(u'+'));
    // The shown text is the national format (not the raw E.164), wrapped left-to-right.
    QVERIFY2(shown != e164, qPrintable(shown));
    QCOMPARE(shown.front(), QChar(0x2066));
    QVERIFY(!m_model->index(0, PhoneNumberTableModel::CountryColumn).data().toString().isEmpty());
}

// The sandbox pages by a keyset cursor (the last row's sequence), not by offset: a number removed
// from a page already loaded must not make the next page start one number late. Changes the
// sandbox's data, so it runs last.
void tst_PhoneNumberTableModel::removalDuringPagingSkipsNothing()
{
    m_model->refresh();
    QTRY_VERIFY(!m_model->isLoading());
    QCOMPARE(m_model->rowCount(), 20);
    const QString removed = m_model->numberAt(4)->id;
    bool done = false;
    m_client->deletePhoneNumber(removed, this, [&done](const Result<Done> &result) {
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
        done = true;
    });
    QTRY_VERIFY(done);
    loadAll();

    PhoneNumberTableModel after(m_client.get());
    after.refresh();
    for (int guard = 0; guard < 100 && after.hasMore(); ++guard) {
        QTRY_VERIFY(!after.isLoading());
        if (after.canFetchMore({}))
            after.fetchMore({});
        QTRY_VERIFY(!after.isLoading());
    }
    QVERIFY(!after.hasMore());
    QVERIFY(after.rowOfId(removed) < 0);
    for (int row = 0; row < after.rowCount(); ++row) {
        const QString id = after.numberAt(row)->id;
        QVERIFY2(m_model->rowOfId(id) >= 0, qPrintable(id));
    }
    QCOMPARE(m_model->rowCount(), after.rowCount() + 1);
}

QTEST_MAIN(tst_PhoneNumberTableModel)
#include "tst_phonenumbertablemodel.moc"

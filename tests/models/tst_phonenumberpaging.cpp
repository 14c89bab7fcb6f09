#include "apiclient.h"
#include "phonenumberfilterproxy.h"
#include "phonenumbertablemodel.h"

#include "../support/tablescriptedserver.h"

#include <QAbstractItemModelTester>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

// The paging hazards of a server the sandbox cannot imitate, each against a scripted server.
class tst_PhoneNumberPaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void stopsWhenTokensDoNotAdvance_data();
    void stopsWhenTokensDoNotAdvance();
    void overlappingPagesKeepOneRowPerId();
    void refreshDuringPendingPageDropsIt();
    void statusFilterDuringPendingPageDropsIt();
    void failedPageRetriesKeepingRows();
    void searchMatchingNothingStopsFetching();
    void loadAllFetchesEveryPage();
    void loadAllCancels();
    void loadAllTakesChangesToRowsNotShownYet();
    void loadAllWaitsOutRateLimit();
    void loadAllWaitsForRateLimitReset();
    void listChangeWhileDecodingDropsPage_data();
    void listChangeWhileDecodingDropsPage();
    void loadAllAsksAheadWhileDecoding();
    void unreadablePageAfterCursorMovedOn();

private:
    using PageScript = std::function<TableScriptedServer::Reply(int offset)>;
    // Serves pages of `pageSize` numbers from 0 to total (has_more until then), tokens = offsets.
    static TableScriptedServer::Reply plainPage(int offset, int total, int pageSize = 20);
    void serve(const PageScript &script);
    int requestsSinceServe() const;
    void waitIdle();
    // Holds the model's page decoding back until releaseDecoding().
    void holdDecoding();
    void releaseDecoding();

    std::unique_ptr<TableScriptedServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<PhoneNumberTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QThreadPool m_decodingThread;
    QSemaphore m_decodingGate;
    bool m_decodingHeld = false;
    int m_requestsAtServe = 0;
};

void tst_PhoneNumberPaging::init()
{
    m_server = std::make_unique<TableScriptedServer>();
    QVERIFY(m_server->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_network.get(),
            ConnectionSettings{
                    m_server->baseUrl(), u"11111111-1111-4111-8111-111111111111"_s, u"key"_s});
    // Failures reach the model at once: the client's own retries are tested with the client.
    RetryPolicy once;
    once.maxAttempts = 1;
    m_client->setRetryPolicy(once);
    m_model = std::make_unique<PhoneNumberTableModel>(m_client.get());
}

void tst_PhoneNumberPaging::cleanup()
{
    releaseDecoding();
    m_tester.reset();
    m_model.reset();
    m_client.reset();
    m_network.reset();
    m_server.reset();
}

TableScriptedServer::Reply tst_PhoneNumberPaging::plainPage(int offset, int total, int pageSize)
{
    QList<int> numbers;
    for (int i = offset; i < std::min(offset + pageSize, total); ++i)
        numbers.append(i);
    const bool more = offset + pageSize < total;
    return {200,
            TableScriptedServer::pageBody(numbers, more,
                    more ? QByteArray::number(offset + pageSize) : QByteArray(), total)};
}

void tst_PhoneNumberPaging::serve(const PageScript &script)
{
    m_server->setHandler([script](const TableScriptedServer::Request &request) {
        return script(request.query.queryItemValue(u"continuation_token"_s).toInt());
    });
    // After the handler is in place: the tester asks for the first page as it starts.
    m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // That first page is let finish: a test's refresh() would otherwise abort it, and whether
    // the aborted request reaches the server or not is a race the request counts must not see.
    waitIdle();
    m_requestsAtServe = m_server->requestCount();
}

int tst_PhoneNumberPaging::requestsSinceServe() const
{
    return m_server->requestCount() - m_requestsAtServe;
}

void tst_PhoneNumberPaging::waitIdle()
{
    QTRY_VERIFY(!m_model->isLoading());
}

void tst_PhoneNumberPaging::holdDecoding()
{
    m_decodingThread.setMaxThreadCount(1);
    m_model->setDecodingThread(&m_decodingThread);
    // Occupies the one decoding thread: the pages queue up behind it, in order.
    m_decodingThread.start([this] { m_decodingGate.acquire(); });
    m_decodingHeld = true;
}

void tst_PhoneNumberPaging::releaseDecoding()
{
    if (!m_decodingHeld)
        return;
    m_decodingHeld = false;
    m_decodingGate.release();
}

void tst_PhoneNumberPaging::stopsWhenTokensDoNotAdvance_data()
{
    QTest::addColumn<QByteArray>("secondPage");
    QTest::addColumn<int>("rowsAfterSecondPage");

    const QList<int> fresh{20, 21, 22};
    QTest::newRow("repeated continuation token")
            << TableScriptedServer::pageBody(fresh, true, "20") << 23;
    QTest::newRow("token back to an earlier page")
            << TableScriptedServer::pageBody(fresh, true, "0") << 23;
    QTest::newRow("token sent as the first page's null")
            << TableScriptedServer::pageBody(fresh, true, QByteArray()) << 23;
    QTest::newRow("empty page with has_more")
            << TableScriptedServer::pageBody({}, true, "40") << 20;
    QTest::newRow("string token repeated")
            << TableScriptedServer::pageBody(fresh, true, "\"20\"") << 23;
}

void tst_PhoneNumberPaging::stopsWhenTokensDoNotAdvance()
{
    QFETCH(QByteArray, secondPage);
    QFETCH(int, rowsAfterSecondPage);

    serve([secondPage](int offset) -> TableScriptedServer::Reply {
        if (offset == 0)
            return plainPage(0, 1000);
        return {200, secondPage};
    });
    // The string row needs the first token to be the string "20" as well.
    if (QByteArray(QTest::currentDataTag()) == "string token repeated") {
        m_server->setHandler([secondPage](const TableScriptedServer::Request &request) {
            const QString token = request.query.queryItemValue(u"continuation_token"_s);
            if (token.isEmpty())
                return TableScriptedServer::Reply{
                        200, TableScriptedServer::pageBody({0, 1, 2}, true, "\"20\"")};
            return TableScriptedServer::Reply{200, secondPage};
        });
        rowsAfterSecondPage = 6;
    }
    QSignalSpy failures(m_model.get(), &PhoneNumberTableModel::loadFailed);

    m_model->refresh();
    waitIdle();
    QVERIFY(m_model->canFetchMore({}));
    m_model->fetchMore({});
    waitIdle();

    QCOMPARE(m_model->rowCount(), rowsAfterSecondPage);
    QVERIFY(m_model->isIncomplete());
    QVERIFY(!m_model->hasMore());
    QVERIFY(!m_model->canFetchMore({}));
    QCOMPARE(failures.size(), 1);
    const auto error = failures.first().first().value<ApiError>();
    QVERIFY2(error.message().contains(u"may be incomplete"_s), qPrintable(error.message()));

    // Neither fetching nor retrying asks the server again; only a refresh does.
    // A request would have been started at once: nothing is loading, and nothing arrives.
    const int requests = m_server->requestCount();
    m_model->fetchMore({});
    m_model->retry();
    QVERIFY(!m_model->isLoading());
    QTest::qWait(50);
    QCOMPARE(m_server->requestCount(), requests);
}

void tst_PhoneNumberPaging::overlappingPagesKeepOneRowPerId()
{
    serve([](int offset) -> TableScriptedServer::Reply {
        if (offset == 0)
            return plainPage(0, 100);
        // The second page starts five numbers early, as after insertions on the server.
        QList<int> numbers;
        for (int i = 15; i < 35; ++i)
            numbers.append(i);
        numbers.append(34); // and repeats one within itself
        return {200, TableScriptedServer::pageBody(numbers, false, QByteArray())};
    });
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    m_model->refresh();
    waitIdle();
    m_model->fetchMore({});
    waitIdle();

    QCOMPARE(m_model->rowCount(), 35);
    QSet<QString> ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids.insert(m_model->numberAt(row)->id);
    QCOMPARE(ids.size(), 35);
    QCOMPARE(m_model->rowOfId(TableScriptedServer::idOf(34)), 34);
    QVERIFY(!m_model->isIncomplete());
    QVERIFY(!m_model->hasMore());
    // Identical data for the overlapping rows: nothing to repaint.
    QCOMPARE(changed.size(), 0);
}

void tst_PhoneNumberPaging::refreshDuringPendingPageDropsIt()
{
    bool holdSecondPage = true;
    serve([&holdSecondPage](int offset) {
        TableScriptedServer::Reply reply = plainPage(offset, 100);
        reply.hold = offset == 20 && holdSecondPage;
        return reply;
    });
    m_model->refresh();
    waitIdle();
    m_model->fetchMore({});
    QTRY_COMPARE(m_server->heldCount(), 1);
    QVERIFY(m_model->isLoading());

    holdSecondPage = false;
    QSignalSpy pages(m_model.get(), &PhoneNumberTableModel::pageLoaded);
    m_model->refresh();
    QCOMPARE(m_model->rowCount(), 0);
    m_server->releaseHeld();
    waitIdle();
    QTest::qWait(50);

    // Only the new first page landed.
    QCOMPARE(pages.size(), 1);
    QCOMPARE(m_model->rowCount(), 20);
    QCOMPARE(m_model->numberAt(0)->id, TableScriptedServer::idOf(0));
    QVERIFY(!m_model->lastError());
}

void tst_PhoneNumberPaging::statusFilterDuringPendingPageDropsIt()
{
    serve([](int offset) {
        TableScriptedServer::Reply reply = plainPage(offset, 100);
        reply.hold = offset == 20;
        return reply;
    });
    m_model->refresh();
    waitIdle();
    m_model->fetchMore({});
    QTRY_COMPARE(m_server->heldCount(), 1);

    m_model->setStatusFilter(u"inactive"_s);
    waitIdle();
    m_server->releaseHeld();
    QTest::qWait(50);

    QCOMPARE(m_model->rowCount(), 20);
    QCOMPARE(m_server->requests().constLast().query.queryItemValue(u"status"_s), u"inactive"_s);
}

void tst_PhoneNumberPaging::failedPageRetriesKeepingRows()
{
    bool failing = true;
    serve([&failing](int offset) -> TableScriptedServer::Reply {
        if (offset == 20 && failing)
            return {500, R"({"detail":"Internal error"})"};
        return plainPage(offset, 40);
    });
    QSignalSpy failures(m_model.get(), &PhoneNumberTableModel::loadFailed);

    m_model->refresh();
    waitIdle();
    m_model->fetchMore({});
    waitIdle();

    QCOMPARE(failures.size(), 1);
    QCOMPARE(failures.first().first().value<ApiError>().httpStatus(), 500);
    QCOMPARE(m_model->rowCount(), 20);
    QVERIFY(m_model->lastError());
    QVERIFY(!m_model->isIncomplete());
    // A view scrolling to the end must not hammer a failing server.
    QVERIFY(!m_model->canFetchMore({}));

    failing = false;
    m_model->retry();
    waitIdle();
    QCOMPARE(m_model->rowCount(), 40);
    QVERIFY(!m_model->lastError());
    QVERIFY(!m_model->hasMore());
    QCOMPARE(m_model->numberAt(39)->id, TableScriptedServer::idOf(39));
}

void tst_PhoneNumberPaging::searchMatchingNothingStopsFetching()
{
    serve([](int offset) { return plainPage(offset, 1000000); });
    PhoneNumberFilterProxy proxy(m_model.get());
    QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setAutoFetchLimit(5);
    QSignalSpy paused(&proxy, &PhoneNumberFilterProxy::autoFetchPausedChanged);

    m_model->refresh();
    waitIdle();
    const int requestsBefore = m_server->requestCount();
    proxy.setSearchText(u"no such number or name"_s);
    QTRY_VERIFY(proxy.isAutoFetchPaused());
    QTest::qWait(100);

    QCOMPARE(proxy.rowCount(), 0);
    QCOMPARE(m_server->requestCount() - requestsBefore, 5);
    QCOMPARE(m_model->rowCount(), 120);
    QVERIFY(m_model->hasMore());
    QVERIFY(!proxy.canFetchMore({}));
    QCOMPARE(paused.size(), 1);

    // A new search starts a new bounded run; clearing it lets the view page normally again.
    proxy.setSearchText(u"Line 130"_s);
    QTRY_COMPARE(proxy.rowCount(), 1);
    waitIdle();
    proxy.setSearchText(QString());
    QTRY_VERIFY(proxy.canFetchMore({}));
    QVERIFY(!proxy.isAutoFetchPaused());
}

void tst_PhoneNumberPaging::loadAllFetchesEveryPage()
{
    serve([](int offset) { return plainPage(offset, 205); });
    QSignalSpy progress(m_model.get(), &PhoneNumberTableModel::loadAllProgress);
    QSignalSpy running(m_model.get(), &PhoneNumberTableModel::loadingAllChanged);
    // Progress counts what the table shows, never rows still on their way into it.
    QList<std::pair<int, int>> reportedAndShown;
    connect(m_model.get(), &PhoneNumberTableModel::loadAllProgress, this, [&](int loaded) {
        reportedAndShown.append({loaded, m_model->rowCount()});
    });

    m_model->refresh();
    waitIdle();
    m_model->loadAll();
    QVERIFY(m_model->isLoadingAll());
    QTRY_VERIFY(!m_model->isLoadingAll());

    QCOMPARE(m_model->rowCount(), 205);
    QVERIFY(!m_model->hasMore());
    QCOMPARE(running.size(), 2);
    QVERIFY(progress.size() >= 2);
    for (const auto &[reported, shown] : std::as_const(reportedAndShown))
        QCOMPARE(reported, shown);
    QCOMPARE(reportedAndShown.last().first, 205);
    QCOMPARE(progress.last().at(1).value<std::optional<qint64>>(), std::optional<qint64>(205));
    QCOMPARE(requestsSinceServe(), 11);
}

void tst_PhoneNumberPaging::loadAllCancels()
{
    serve([](int offset) { return plainPage(offset, 100000); });
    m_model->refresh();
    waitIdle();

    m_model->loadAll();
    QTRY_VERIFY(m_model->rowCount() >= 100);
    m_model->cancelLoadAll();
    QVERIFY(!m_model->isLoadingAll());
    waitIdle();
    const int rows = m_model->rowCount();
    QTest::qWait(100);

    // At most the page in flight lands after Cancel; the rows stay and paging can go on.
    QCOMPARE(m_model->rowCount(), rows);
    QVERIFY(m_model->hasMore());
    QVERIFY(m_model->canFetchMore({}));
}

void tst_PhoneNumberPaging::loadAllTakesChangesToRowsNotShownYet()
{
    // The third page starts five numbers early and brings a new name for one of them: a row that
    // has arrived but is not shown yet, as rows are shown a few times a second. The third page
    // is held back until the search is set.
    serve([](int offset) -> TableScriptedServer::Reply {
        if (offset != 40)
            return plainPage(offset, 100);
        QList<int> numbers;
        for (int i = 35; i < 55; ++i)
            numbers.append(i);
        QByteArray body = TableScriptedServer::pageBody(numbers, true, "55", 100);
        body.replace("\"Line 37\"", "\"Renamed line\"");
        TableScriptedServer::Reply reply(200, body);
        reply.hold = true;
        return reply;
    });
    m_model->refresh();
    waitIdle();
    PhoneNumberFilterProxy proxy(m_model.get());
    QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Rows are stored, and searchable, as soon as their page is decoded.
    const auto stored = [this] {
        return int(m_model->searchIndex().size());
    };
    const auto waitUntil = [](const std::function<bool()> &condition) {
        QDeadlineTimer deadline(5000);
        while (!condition() && !deadline.hasExpired())
            QTest::qWait(1);
        return condition();
    };

    m_model->loadAll();
    QVERIFY(waitUntil([&] { return m_server->heldCount() == 1 && stored() == 40; }));
    QVERIFY2(m_model->rowCount() == 20, "the second page should not be shown yet");
    proxy.setSearchText(u"renamed"_s);
    m_server->releaseHeld();
    // Typically the renamed row is still waiting to be shown when its new name arrives.
    QVERIFY(waitUntil([&] { return stored() >= 55; }));

    QTRY_VERIFY(!m_model->isLoadingAll());
    waitIdle();
    QCOMPARE(m_model->rowCount(), 100);
    QSet<QString> ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids.insert(m_model->numberAt(row)->id);
    QCOMPARE(ids.size(), 100);
    const int renamed = m_model->rowOfId(TableScriptedServer::idOf(37));
    QCOMPARE(renamed, 37);
    QCOMPARE(m_model->numberAt(renamed)->displayName, u"Renamed line"_s);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(PhoneNumberTableModel::IdRole).toString(),
            TableScriptedServer::idOf(37));
}

void tst_PhoneNumberPaging::loadAllWaitsOutRateLimit()
{
    int limited = 0;
    serve([&limited](int offset) -> TableScriptedServer::Reply {
        if (offset == 40 && limited < 2) {
            ++limited;
            return {429, R"({"detail":"Too many requests"})", {{"Retry-After", "1"}}};
        }
        return plainPage(offset, 100);
    });
    QSignalSpy waiting(m_model.get(), &PhoneNumberTableModel::loadAllWaiting);
    QSignalSpy failures(m_model.get(), &PhoneNumberTableModel::loadFailed);

    m_model->refresh();
    waitIdle();
    QElapsedTimer timer;
    timer.start();
    m_model->loadAll();
    QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoadingAll(), 15000);

    QCOMPARE(m_model->rowCount(), 100);
    QCOMPARE(failures.size(), 0);
    QCOMPARE(waiting.size(), 2);
    QCOMPARE(waiting.first().first().toInt(), 1);
    QVERIFY2(timer.elapsed() >= 1900, qPrintable(QString::number(timer.elapsed())));
}

void tst_PhoneNumberPaging::loadAllWaitsForRateLimitReset()
{
    QList<qint64> requestTimes;
    QElapsedTimer timer;
    timer.start();
    serve([&requestTimes, &timer](int offset) {
        requestTimes.append(timer.elapsed());
        TableScriptedServer::Reply reply = plainPage(offset, 60);
        if (offset == 20) {
            // The budget is spent until the next whole second after one more second.
            const qint64 reset = QDateTime::currentSecsSinceEpoch() + 2;
            reply.headers = {{"X-RateLimit-Limit", "100"}, {"X-RateLimit-Remaining", "0"},
                    {"X-RateLimit-Reset", QByteArray::number(reset)}};
        }
        return reply;
    });
    requestTimes.clear();
    QSignalSpy waiting(m_model.get(), &PhoneNumberTableModel::loadAllWaiting);

    m_model->refresh();
    waitIdle();
    m_model->loadAll();
    QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoadingAll(), 15000);

    QCOMPARE(m_model->rowCount(), 60);
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(requestTimes.size(), 3);
    // The third page waited for the reset instead of earning a 429.
    QVERIFY2(requestTimes.at(2) - requestTimes.at(1) >= 900,
            qPrintable(QString::number(requestTimes.at(2) - requestTimes.at(1))));
}

void tst_PhoneNumberPaging::listChangeWhileDecodingDropsPage_data()
{
    QTest::addColumn<bool>("filter");
    QTest::newRow("refresh") << false;
    QTest::newRow("status filter") << true;
}

void tst_PhoneNumberPaging::listChangeWhileDecodingDropsPage()
{
    QFETCH(bool, filter);

    serve([](int offset) { return plainPage(offset, 100); });
    m_model->refresh();
    waitIdle();
    holdDecoding();
    m_model->loadAll();
    // Pages have arrived, the cursor has moved past them, their rows are not in yet.
    QTRY_VERIFY(m_model->isDecoding());
    QCOMPARE(m_model->rowCount(), 20);

    QSet<QString> inserted;
    connect(m_model.get(), &QAbstractItemModel::rowsInserted, this,
            [this, &inserted](const QModelIndex &, int first, int last) {
                for (int row = first; row <= last; ++row)
                    inserted.insert(m_model->numberAt(row)->id);
            });
    QSignalSpy pages(m_model.get(), &PhoneNumberTableModel::pageLoaded);
    if (filter)
        m_model->setStatusFilter(u"active"_s);
    else
        m_model->refresh();
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->isLoadingAll());
    // The old pages are decoded after the change, and their rows handed over.
    releaseDecoding();
    QVERIFY(m_decodingThread.waitForDone(10000));
    QCoreApplication::sendPostedEvents();
    QTRY_COMPARE(pages.size(), 1);
    waitIdle();

    // Rows of the list before the change never appear.
    QCOMPARE(m_model->rowCount(), 20);
    QCOMPARE(inserted.size(), 20);
    for (int number = 0; number < 20; ++number)
        QVERIFY(inserted.contains(TableScriptedServer::idOf(number)));
    QCOMPARE(m_model->numberAt(0)->id, TableScriptedServer::idOf(0));
    QVERIFY(m_model->hasMore());
    QVERIFY(!m_model->lastError());
    // Paging goes on from the new list's first page.
    m_model->fetchMore({});
    waitIdle();
    QCOMPARE(m_model->rowCount(), 40);
    QCOMPARE(m_server->requests().constLast().query.queryItemValue(u"continuation_token"_s),
            u"20"_s);
}

void tst_PhoneNumberPaging::loadAllAsksAheadWhileDecoding()
{
    serve([](int offset) { return plainPage(offset, 205); });
    m_model->refresh();
    waitIdle();
    const int requestsBefore = m_server->requestCount();
    holdDecoding();

    m_model->loadAll();
    // Pages go on being asked for while none of them is decoded, up to a bound.
    QTRY_COMPARE(m_server->requestCount() - requestsBefore,
            int(PhoneNumberTableModel::MaxPagesDecoding));
    QTRY_VERIFY(!m_model->isLoadingAll() || m_model->isDecoding());
    QCOMPARE(m_model->rowCount(), 20);
    QTest::qWait(100);
    QCOMPARE(m_server->requestCount() - requestsBefore,
            int(PhoneNumberTableModel::MaxPagesDecoding));

    releaseDecoding();
    QTRY_VERIFY(!m_model->isLoadingAll());
    waitIdle();
    QCOMPARE(m_model->rowCount(), 205);
    QCOMPARE(requestsSinceServe(), 11);
    // Every page was asked for once, in order.
    const QList<TableScriptedServer::Request> requests
            = m_server->requests().mid(m_server->requestCount() - 11);
    for (int page = 1; page < requests.size(); ++page) {
        QCOMPARE(requests.at(page).query.queryItemValue(u"continuation_token"_s),
                QString::number(page * 20));
    }
    for (int row = 0; row < 205; ++row)
        QCOMPARE(m_model->numberAt(row)->id, TableScriptedServer::idOf(row));
}

void tst_PhoneNumberPaging::unreadablePageAfterCursorMovedOn()
{
    // The third page's envelope reads well, so the fourth is asked for before the third is
    // decoded; one of its numbers lacks a required field.
    bool broken = true;
    serve([&broken](int offset) {
        TableScriptedServer::Reply reply = plainPage(offset, 100);
        if (offset == 40 && broken)
            reply.body.replace(R"("status":"active",)", "");
        return reply;
    });
    QSignalSpy failures(m_model.get(), &PhoneNumberTableModel::loadFailed);
    m_model->refresh();
    waitIdle();
    m_model->fetchMore({});
    waitIdle();
    holdDecoding();

    m_model->loadAll();
    QTRY_VERIFY(m_model->isDecoding());
    QTRY_VERIFY(requestsSinceServe() >= 4);
    releaseDecoding();
    QTRY_VERIFY(!m_model->isLoadingAll());
    waitIdle();

    QCOMPARE(failures.size(), 1);
    const auto error = failures.first().first().value<ApiError>();
    QCOMPARE(error.kind(), ApiError::Kind::MalformedResponse);
    QCOMPARE(error.httpStatus(), 200);
    // Nothing from the broken page or the pages after it.
    QCOMPARE(m_model->rowCount(), 40);
    QVERIFY(m_model->hasMore());
    QVERIFY(!m_model->isIncomplete());

    // Retrying asks for the broken page again, not for the one after it.
    broken = false;
    m_model->retry();
    waitIdle();
    QCOMPARE(m_server->requests().constLast().query.queryItemValue(u"continuation_token"_s),
            u"40"_s);
    QCOMPARE(m_model->rowCount(), 60);
    m_model->loadAll();
    QTRY_VERIFY(!m_model->isLoadingAll());
    waitIdle();
    QCOMPARE(m_model->rowCount(), 100);
    for (int row = 0; row < 100; ++row)
        QCOMPARE(m_model->numberAt(row)->id, TableScriptedServer::idOf(row));
}

QTEST_GUILESS_MAIN(tst_PhoneNumberPaging)
#include "tst_phonenumberpaging.moc"

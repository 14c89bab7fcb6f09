#include "tablestatus.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The status bar's sentences about what the table holds, for each state the table can be in.
class tst_TableStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void summary_data();
    void summary();
    void scopes();
};

void tst_TableStatus::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_TableStatus::summary_data()
{
    QTest::addColumn<int>("loaded");
    QTest::addColumn<int>("shown");
    QTest::addColumn<qint64>("total"); // -1: the server sent none
    QTest::addColumn<bool>("hasMore");
    QTest::addColumn<bool>("loading");
    QTest::addColumn<bool>("searching");
    QTest::addColumn<bool>("incomplete");
    QTest::addColumn<QString>("expected");

    // clang-format off
    QTest::newRow("first pages") << 40 << 40 << qint64(60) << true << false << false << false << u"Loaded 40 of 60 numbers; scroll to load more"_s;
    QTest::newRow("loading more") << 20000 << 20000 << qint64(100000) << true << true << false << false << u"Loaded 20,000 of 100,000 numbers; loading more…"_s;
    QTest::newRow("no total") << 40 << 40 << qint64(-1) << true << false << false << false << u"Loaded so far: 40; scroll to load more"_s;
    QTest::newRow("all loaded") << 60 << 60 << qint64(60) << false << false << false << false << u"Numbers: 60, all loaded"_s;
    QTest::newRow("all loaded, no total") << 60 << 60 << qint64(-1) << false << false << false << false << u"Numbers: 60, all loaded"_s;
    QTest::newRow("one removed elsewhere meanwhile") << 50000 << 50000 << qint64(49999) << false << false << false << false << u"Numbers: 50,000 loaded, but the server now counts 49,999; refresh (F5) to update"_s;
    QTest::newRow("one added elsewhere meanwhile") << 60 << 60 << qint64(61) << false << false << false << false << u"Numbers: 60 loaded, but the server now counts 61; refresh (F5) to update"_s;
    QTest::newRow("paging stopped") << 60 << 60 << qint64(100) << false << false << false << true << u"Loaded: 60; the list may be incomplete"_s;
    QTest::newRow("search") << 1200 << 3 << qint64(5000) << true << false << true << false << u"Matches: 3 among 1,200 loaded"_s;
    // clang-format on
}

void tst_TableStatus::summary()
{
    TableStatus status;
    QFETCH(int, loaded);
    QFETCH(int, shown);
    QFETCH(qint64, total);
    QFETCH(QString, expected);
    status.loaded = loaded;
    status.shown = shown;
    if (total >= 0)
        status.total = total;
    QFETCH(bool, hasMore);
    QFETCH(bool, loading);
    QFETCH(bool, searching);
    QFETCH(bool, incomplete);
    status.hasMore = hasMore;
    status.loading = loading;
    status.searching = searching;
    status.incomplete = incomplete;

    QCOMPARE(status.summary(), expected);
}

void tst_TableStatus::scopes()
{
    TableStatus status;
    status.loaded = 1200;
    status.hasMore = true;
    QVERIFY(status.searchScope().isEmpty());
    QVERIFY(status.sortScope().isEmpty());

    status.searching = true;
    status.sorted = true;
    QCOMPARE(
            status.searchScope(), u"Filtered among 1,200 loaded; load all to search everything."_s);
    QCOMPARE(status.sortScope(), u"Sorted among 1,200 loaded only"_s);

    // Everything loaded: the search and the sort cover it all.
    status.hasMore = false;
    QVERIFY(status.searchScope().isEmpty());
    QVERIFY(status.sortScope().isEmpty());
}

QTEST_GUILESS_MAIN(tst_TableStatus)
#include "tst_tablestatus.moc"

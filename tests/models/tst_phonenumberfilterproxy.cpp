#include "apiclient.h"
#include "embeddedsandbox.h"
#include "phonenumberfilterproxy.h"
#include "phonenumbertablemodel.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// The search and the sort over numbers loaded from the sandbox's demo workspace.
class tst_PhoneNumberFilterProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void searchFindsDemoNumbers_data();
    void searchFindsDemoNumbers();
    void clearingTheSearchShowsEveryRow();
    void sortsEachColumnOverLoadedRows_data();
    void sortsEachColumnOverLoadedRows();
    void sortOrdersAsPeopleExpect();
    void serverOrderWithoutSort();
    void editsElsewhereReachTheView();
    void searchKeepsUpWithEdits();

private:
    void loadEverything();
    QStringList column(int column, int role = Qt::DisplayRole) const;

    std::unique_ptr<Sandbox::EmbeddedSandbox> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<PhoneNumberTableModel> m_model;
    std::unique_ptr<PhoneNumberFilterProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_PhoneNumberFilterProxy::initTestCase()
{
    Sandbox::Options options;
    options.apiKeys = {{u"test-key"_s, u"owner"_s}};
    options.seed = Sandbox::Seed::Demo;
    m_sandbox = std::make_unique<Sandbox::EmbeddedSandbox>(options);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
}

void tst_PhoneNumberFilterProxy::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_network.get(),
            ConnectionSettings{m_sandbox->baseUrl(), m_sandbox->workspaceId(), u"test-key"_s});
    m_model = std::make_unique<PhoneNumberTableModel>(m_client.get());
    m_proxy = std::make_unique<PhoneNumberFilterProxy>(m_model.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    loadEverything();
}

void tst_PhoneNumberFilterProxy::cleanup()
{
    m_tester.reset();
    m_proxy.reset();
    m_model.reset();
    m_client.reset();
    m_network.reset();
}

void tst_PhoneNumberFilterProxy::loadEverything()
{
    m_model->refresh();
    m_model->loadAll();
    QTRY_VERIFY(!m_model->isLoadingAll() && !m_model->isLoading());
    QVERIFY(!m_model->lastError());
    QVERIFY(!m_model->hasMore());
    QVERIFY(m_model->rowCount() >= 40);
}

QStringList tst_PhoneNumberFilterProxy::column(int column, int role) const
{
    QStringList values;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        values.append(m_proxy->index(row, column).data(role).toString());
    return values;
}

void tst_PhoneNumberFilterProxy::searchFindsDemoNumbers_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("expectedE164");

    QTest::newRow("E.164") << u"+14155550123"_s << u"+14155550123"_s;
    QTest::newRow("national format") << u"(415) 555-0123"_s << u"+14155550123"_s;
    QTest::newRow("dotted") << u"415.555.0123"_s << u"+14155550123"_s;
    QTest::newRow("arabic-indic digits") << u"٤١٥٥٥٥٠١٢٣"_s << u"+14155550123"_s;
    QTest::newRow("display name, lower case") << u"san francisco billing"_s << u"+14155550123"_s;
    QTest::newRow("display name, words swapped") << u"billing francisco"_s << u"+14155550123"_s;
    QTest::newRow("brooklyn lab") << u"BROOKLYN LAB"_s << u"+17185550111"_s;
}

void tst_PhoneNumberFilterProxy::searchFindsDemoNumbers()
{
    QFETCH(QString, search);
    QFETCH(QString, expectedE164);

    m_proxy->setSearchText(search);
    QVERIFY(m_proxy->isSearching());
    QCOMPARE(column(PhoneNumberTableModel::NumberColumn, PhoneNumberTableModel::E164Role),
            QStringList{expectedE164});
}

void tst_PhoneNumberFilterProxy::clearingTheSearchShowsEveryRow()
{
    m_proxy->setSearchText(u"Manhattan"_s);
    QCOMPARE(m_proxy->rowCount(), 3);
    m_proxy->setSearchText(u"no such thing anywhere"_s);
    QCOMPARE(m_proxy->rowCount(), 0);
    m_proxy->setSearchText(QString());
    QCOMPARE(m_proxy->rowCount(), m_model->rowCount());
}

void tst_PhoneNumberFilterProxy::sortsEachColumnOverLoadedRows_data()
{
    QTest::addColumn<int>("sortColumn");
    static const char *const names[] = {"number", "country", "display name", "status",
            "capabilities", "inbound service", "forwarding", "updated"};
    static_assert(std::size(names) == PhoneNumberTableModel::ColumnCount);
    for (int column = 0; column < PhoneNumberTableModel::ColumnCount; ++column)
        QTest::newRow(names[column]) << column;
}

void tst_PhoneNumberFilterProxy::sortsEachColumnOverLoadedRows()
{
    QFETCH(int, sortColumn);

    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        m_proxy->sort(sortColumn, order);
        QCOMPARE(m_proxy->rowCount(), m_model->rowCount());
        // Adjacent rows never break the order (ties may come in any order).
        for (int row = 1; row < m_proxy->rowCount(); ++row) {
            const int upper = m_proxy->mapToSource(m_proxy->index(row - 1, 0)).row();
            const int lower = m_proxy->mapToSource(m_proxy->index(row, 0)).row();
            const bool broken = order == Qt::AscendingOrder
                    ? m_model->lessThan(lower, upper, sortColumn)
                    : m_model->lessThan(upper, lower, sortColumn);
            QVERIFY2(!broken, qPrintable(u"column %1 row %2"_s.arg(sortColumn).arg(row)));
        }
    }
}

void tst_PhoneNumberFilterProxy::sortOrdersAsPeopleExpect()
{
    m_proxy->sort(PhoneNumberTableModel::NumberColumn);
    QStringList numbers
            = column(PhoneNumberTableModel::NumberColumn, PhoneNumberTableModel::E164Role);
    QStringList expected = numbers;
    std::sort(expected.begin(), expected.end());
    QCOMPARE(numbers, expected);

    // Names ignore case and accents; numbers without a name come last.
    m_proxy->sort(PhoneNumberTableModel::DisplayNameColumn);
    QStringList names;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const auto number = m_proxy->index(row, 0).data(PhoneNumberTableModel::PhoneNumberRole);
        names.append(number.value<PhoneNumber>().displayName);
    }
    const qsizetype firstEmpty = names.indexOf(QString());
    QVERIFY(firstEmpty > 0);
    for (qsizetype i = firstEmpty; i < names.size(); ++i)
        QVERIFY(names.at(i).isEmpty());
    for (qsizetype i = 1; i < firstEmpty; ++i)
        QVERIFY2(SearchText::compareNatural(
                         SearchText::foldText(names.at(i - 1)), SearchText::foldText(names.at(i)))
                        <= 0,
                qPrintable(names.at(i - 1) + u" > "_s + names.at(i)));

    // Numbers in names count by their value: "Ward 9" before "Ward 10".
    PhoneNumber tenth = *m_model->numberAt(1);
    tenth.displayName = u"Ward 10"_s;
    m_model->upsertNumber(tenth);
    PhoneNumber ninth = *m_model->numberAt(2);
    ninth.displayName = u"Ward 9"_s;
    m_model->upsertNumber(ninth);
    const QStringList ids
            = column(PhoneNumberTableModel::DisplayNameColumn, PhoneNumberTableModel::IdRole);
    QVERIFY(ids.indexOf(ninth.id) >= 0);
    QCOMPARE(ids.indexOf(tenth.id), ids.indexOf(ninth.id) + 1);

    m_proxy->sort(PhoneNumberTableModel::UpdatedColumn, Qt::DescendingOrder);
    for (int row = 1; row < m_proxy->rowCount(); ++row) {
        const auto newer = m_proxy->index(row - 1, 0).data(PhoneNumberTableModel::PhoneNumberRole);
        const auto older = m_proxy->index(row, 0).data(PhoneNumberTableModel::PhoneNumberRole);
        QVERIFY(newer.value<PhoneNumber>().updatedAt >= older.value<PhoneNumber>().updatedAt);
    }
}

void tst_PhoneNumberFilterProxy::serverOrderWithoutSort()
{
    m_proxy->sort(PhoneNumberTableModel::DisplayNameColumn);
    m_proxy->sort(-1);
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        QCOMPARE(m_proxy->mapToSource(m_proxy->index(row, 0)).row(), row);
}

void tst_PhoneNumberFilterProxy::editsElsewhereReachTheView()
{
    m_proxy->sort(PhoneNumberTableModel::DisplayNameColumn);
    PhoneNumber number = *m_model->numberAt(5);

    // An edit renames the number to sort first.
    number.displayName = u"AAA first in line"_s;
    m_model->upsertNumber(number);
    QCOMPARE(m_model->rowOfId(number.id), 5);
    QCOMPARE(m_proxy->index(0, PhoneNumberTableModel::DisplayNameColumn)
                     .data(PhoneNumberTableModel::IdRole)
                     .toString(),
            number.id);

    // A registration elsewhere appears; a deletion elsewhere disappears.
    PhoneNumber added = number;
    added.id = u"00000000-0000-4000-8000-00000000abcd"_s;
    added.phoneNumber = u"+442079460999"_s;
    added.displayName = u"Zz newly registered"_s;
    const int before = m_model->rowCount();
    m_model->upsertNumber(added);
    QCOMPARE(m_model->rowCount(), before + 1);
    // Sorted in among the loaded rows: only the numbers without a name come after it.
    const int shownAt = m_proxy->mapFromSource(m_model->index(m_model->rowOfId(added.id), 0)).row();
    QVERIFY(shownAt >= 0);
    for (int row = shownAt + 1; row < m_proxy->rowCount(); ++row) {
        const auto after = m_proxy->index(row, 0).data(PhoneNumberTableModel::PhoneNumberRole);
        QVERIFY(after.value<PhoneNumber>().displayName.isEmpty());
    }
    m_model->removeNumber(number.id);
    QCOMPARE(m_model->rowCount(), before);
    QCOMPARE(m_model->rowOfId(number.id), -1);
    QCOMPARE(m_model->rowOfId(added.id), before - 1);
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->rowOfId(m_model->numberAt(row)->id), row);
}

void tst_PhoneNumberFilterProxy::searchKeepsUpWithEdits()
{
    m_proxy->setSearchText(u"renamed for the test"_s);
    QCOMPARE(m_proxy->rowCount(), 0);

    PhoneNumber number = *m_model->numberAt(0);
    number.notes = u"Renamed for the TEST"_s;
    m_model->upsertNumber(number);
    QCOMPARE(m_proxy->rowCount(), 1);

    // The status filter is the server's: a number that leaves it leaves the list.
    m_model->setStatusFilter(u"active"_s);
    QTRY_VERIFY(!m_model->isLoading());
    m_model->loadAll();
    QTRY_VERIFY(!m_model->isLoadingAll() && !m_model->isLoading());
    const int row = m_model->rowOfId(number.id);
    QVERIFY(row >= 0);
    number = *m_model->numberAt(row);
    number.status = u"inactive"_s;
    m_model->upsertNumber(number);
    QCOMPARE(m_model->rowOfId(number.id), -1);
}

QTEST_MAIN(tst_PhoneNumberFilterProxy)
#include "tst_phonenumberfilterproxy.moc"

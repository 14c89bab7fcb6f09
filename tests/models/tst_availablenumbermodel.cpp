#include "availablenumbermodel.h"
#include "purchasebasket.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using State = PurchaseBasket::State;

static AvailableNumber number(const QString &e164, const std::optional<QString> &locality,
        const std::optional<QString> &region, const QMap<QString, bool> &capabilities)
{
    AvailableNumber result;
    result.phoneNumber = e164;
    result.friendlyName = e164;
    result.locality = locality;
    result.region = region;
    result.capabilities = capabilities;
    return result;
}

// What a carrier search typically answers: Twilio-style capability keys, some places missing.
static QList<AvailableNumber> sampleResults()
{
    return {
            number(u"+12015550199"_s, u"Jersey City"_s, u"NJ"_s,
                    {{u"voice"_s, true}, {u"SMS"_s, true}, {u"MMS"_s, false}}),
            number(u"+12125550199"_s, u"New York"_s, u"NY"_s,
                    {{u"voice"_s, true}, {u"SMS"_s, true}, {u"MMS"_s, true}}),
            number(u"+12065550199"_s, u"Seattle"_s, u"WA"_s, {{u"Voice"_s, true}}),
            number(u"+12055550199"_s, std::nullopt, std::nullopt, {{u"sms"_s, true}}),
    };
}

class tst_AvailableNumberModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void showsWhatTheCarrierSent();
    void refinement_data();
    void refinement();
    void checkingARowFillsTheBasket();
    void basketKeepsPicksAcrossSearches();
    void basketRemovesOnlyWhatWasNotSent();
    void alternativesComeFromTheSameSearch();
    void displayNameDefaults_data();
    void displayNameDefaults();
    void displayNameLimitCountsCodePoints_data();
    void displayNameLimitCountsCodePoints();
    void capabilitiesAreNamedForPeople();

private:
    std::unique_ptr<PurchaseBasket> m_basket;
    std::unique_ptr<AvailableNumberModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_basketTester;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
};

void tst_AvailableNumberModel::init()
{
    m_basket = std::make_unique<PurchaseBasket>();
    m_model = std::make_unique<AvailableNumberModel>(m_basket.get());
    m_basketTester = std::make_unique<QAbstractItemModelTester>(
            m_basket.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_modelTester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_AvailableNumberModel::cleanup()
{
    m_modelTester.reset();
    m_basketTester.reset();
    m_model.reset();
    m_basket.reset();
}

void tst_AvailableNumberModel::showsWhatTheCarrierSent()
{
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    const int search = m_basket->recordSearch({}, sampleResults());
    m_model->setResults(sampleResults(), search);

    QCOMPARE(resets.size(), 1);
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->receivedCount(), 4);
    QCOMPARE(m_model->searchId(), search);
    QCOMPARE(m_model->index(1, AvailableNumberModel::LocalityColumn).data().toString(),
            u"New York"_s);
    QCOMPARE(m_model->index(1, AvailableNumberModel::RegionColumn).data().toString(), u"NY"_s);
    QCOMPARE(m_model->index(1, 0).data(AvailableNumberModel::E164Role).toString(),
            u"+12125550199"_s);
    // National format, isolated left to right.
    QVERIFY(m_model->index(1, 0).data().toString().contains(u"(212) 555-0199"_s));
    QCOMPARE(m_model->index(3, AvailableNumberModel::LocalityColumn).data().toString(), QString());

    m_model->clear();
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->receivedCount(), 0);
}

void tst_AvailableNumberModel::refinement_data()
{
    QTest::addColumn<QString>("place");
    QTest::addColumn<QStringList>("capabilities");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("nothing refined") << QString() << QStringList()
                                     << QStringList{u"+12015550199"_s, u"+12125550199"_s,
                                                u"+12065550199"_s, u"+12055550199"_s};
    QTest::newRow("locality in any case")
            << u"jersey"_s << QStringList() << QStringList{u"+12015550199"_s};
    QTest::newRow("region code") << u"wa"_s << QStringList() << QStringList{u"+12065550199"_s};
    QTest::newRow("surrounding spaces ignored")
            << u"  York "_s << QStringList() << QStringList{u"+12125550199"_s};
    QTest::newRow("number without a place never matches a place")
            << u"x"_s << QStringList() << QStringList();
    QTest::newRow("capability key in carrier casing")
            << QString() << QStringList{u"mms"_s} << QStringList{u"+12125550199"_s};
    QTest::newRow("voice with a capitalised key")
            << QString() << QStringList{u"voice"_s}
            << QStringList{u"+12015550199"_s, u"+12125550199"_s, u"+12065550199"_s};
    QTest::newRow("every capability must be offered")
            << QString() << QStringList{u"voice"_s, u"sms"_s}
            << QStringList{u"+12015550199"_s, u"+12125550199"_s};
    QTest::newRow("false capability does not count")
            << u"Jersey"_s << QStringList{u"mms"_s} << QStringList();
}

void tst_AvailableNumberModel::refinement()
{
    QFETCH(QString, place);
    QFETCH(QStringList, capabilities);
    QFETCH(QStringList, expected);

    m_model->setResults(sampleResults(), m_basket->recordSearch({}, sampleResults()));
    m_model->setRefinement({place, capabilities});

    QStringList shown;
    for (int row = 0; row < m_model->rowCount(); ++row)
        shown.append(m_model->index(row, 0).data(AvailableNumberModel::E164Role).toString());
    QCOMPARE(shown, expected);
    QCOMPARE(m_model->receivedCount(), 4);

    // Clearing the refinement brings every number back without asking the server again.
    m_model->setRefinement({});
    QCOMPARE(m_model->rowCount(), 4);
}

void tst_AvailableNumberModel::checkingARowFillsTheBasket()
{
    const int search = m_basket->recordSearch({}, sampleResults());
    m_model->setResults(sampleResults(), search);
    const QModelIndex first = m_model->index(0, AvailableNumberModel::NumberColumn);
    QVERIFY(m_model->flags(first) & Qt::ItemIsUserCheckable);
    QVERIFY(!(m_model->flags(m_model->index(0, 1)) & Qt::ItemIsUserCheckable));
    QCOMPARE(first.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->setData(first, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(m_basket->size(), 1);
    QCOMPARE(m_basket->item(0).number.phoneNumber, u"+12015550199"_s);
    QCOMPARE(m_basket->item(0).searchId, search);
    QCOMPARE(first.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QVERIFY(!changed.isEmpty());

    QVERIFY(m_model->setData(first, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(m_basket->size(), 0);
    QCOMPARE(first.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
}

void tst_AvailableNumberModel::basketKeepsPicksAcrossSearches()
{
    const QList<AvailableNumber> firstResults = sampleResults().mid(0, 2);
    const QList<AvailableNumber> secondResults = sampleResults().mid(2, 2);
    const int first = m_basket->recordSearch({}, firstResults);
    m_model->setResults(firstResults, first);
    QVERIFY(m_model->setData(m_model->index(0, 0), Qt::Checked, Qt::CheckStateRole));

    const int second = m_basket->recordSearch({}, secondResults);
    m_model->setResults(secondResults, second);
    QVERIFY(m_model->setData(m_model->index(1, 0), Qt::Checked, Qt::CheckStateRole));

    QCOMPARE(m_basket->size(), 2);
    QCOMPARE(m_basket->item(0).searchId, first);
    QCOMPARE(m_basket->item(1).searchId, second);
    QVERIFY(!m_basket->add(firstResults.at(0), second)); // the same number twice
    QCOMPARE(m_basket->size(), 2);

    // Back on the first search's numbers, the earlier pick is still ticked.
    m_model->setResults(firstResults, first);
    QCOMPARE(m_model->index(0, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
}

void tst_AvailableNumberModel::basketRemovesOnlyWhatWasNotSent()
{
    const int search = m_basket->recordSearch({}, sampleResults());
    for (const AvailableNumber &candidate : sampleResults())
        QVERIFY(m_basket->add(candidate, search));
    QSignalSpy sizes(m_basket.get(), &PurchaseBasket::sizeChanged);

    m_basket->setState(1, State::Bought, u"Bought"_s);
    QVERIFY(!m_basket->remove(u"+12125550199"_s));
    QVERIFY(!(m_basket->flags(m_basket->index(1, PurchaseBasket::DisplayNameColumn))
            & Qt::ItemIsEditable));
    QVERIFY(!m_basket->setData(m_basket->index(1, PurchaseBasket::DisplayNameColumn), u"x"_s));

    QVERIFY(m_basket->remove(u"+12015550199"_s));
    QCOMPARE(sizes.size(), 1);
    QCOMPARE(m_basket->size(), 3);
    QCOMPARE(m_basket->rowOf(u"+12125550199"_s), 0);
    QCOMPARE(m_basket->rowsIn(State::Bought), QList<int>{0});
    QCOMPARE(m_basket->rowsIn(State::Planned), (QList<int>{1, 2}));
    QVERIFY(!m_basket->remove(u"+19999999999"_s));
}

void tst_AvailableNumberModel::alternativesComeFromTheSameSearch()
{
    const QList<AvailableNumber> results = sampleResults();
    const int search = m_basket->recordSearch({}, results);
    const int other
            = m_basket->recordSearch({}, {number(u"+13035550199"_s, u"Denver"_s, u"CO"_s, {})});
    QVERIFY(m_basket->add(results.at(0), search));
    QVERIFY(m_basket->add(results.at(1), search));

    m_basket->setState(0, State::Taken, u"Taken meanwhile"_s);
    QList<AvailableNumber> alternatives = m_basket->alternativesFor(0);
    QCOMPARE(alternatives.size(), 2); // not the taken one, not the one in the basket
    QCOMPARE(alternatives.at(0).phoneNumber, u"+12065550199"_s);
    QCOMPARE(alternatives.at(1).phoneNumber, u"+12055550199"_s);

    m_basket->markTaken(u"+12065550199"_s);
    alternatives = m_basket->alternativesFor(0);
    QCOMPARE(alternatives.size(), 1);
    QCOMPARE(alternatives.at(0).phoneNumber, u"+12055550199"_s);
    QVERIFY(m_basket->search(other));
    QVERIFY(!m_basket->search(other + 1));
}

void tst_AvailableNumberModel::displayNameDefaults_data()
{
    QTest::addColumn<AvailableNumber>("candidate");
    QTest::addColumn<QString>("expected");

    QTest::newRow("locality") << number(u"+12015550199"_s, u" Jersey City "_s, u"NJ"_s, {})
                              << u"Jersey City"_s;
    QTest::newRow("region when no locality")
            << number(u"+12015550199"_s, u""_s, u"NJ"_s, {}) << u"NJ"_s;
    QTest::newRow("country when no place") << number(u"+442079460199"_s, std::nullopt, std::nullopt,
            {}) << QLocale::territoryToString(QLocale::UnitedKingdom);
}

void tst_AvailableNumberModel::displayNameDefaults()
{
    QFETCH(AvailableNumber, candidate);
    QFETCH(QString, expected);

    QCOMPARE(PurchaseBasket::defaultDisplayName(candidate), expected);
    QVERIFY(m_basket->add(candidate, -1));
    QCOMPARE(m_basket->index(0, PurchaseBasket::DisplayNameColumn).data().toString(), expected);
}

void tst_AvailableNumberModel::displayNameLimitCountsCodePoints_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("acceptable");

    const QString emoji = QString::fromUcs4(U"\U0001F4DE"); // two UTF-16 units, one code point
    QTest::newRow("256 ASCII") << QString(256, u'a') << true;
    QTest::newRow("257 ASCII") << QString(257, u'a') << false;
    QTest::newRow("256 outside the BMP") << emoji.repeated(256) << true;
    QTest::newRow("257 outside the BMP") << emoji.repeated(257) << false;
    QTest::newRow("combining marks count on their own")
            << QString(u"e\u0301"_s).repeated(129) << false;
}

void tst_AvailableNumberModel::displayNameLimitCountsCodePoints()
{
    QFETCH(QString, name);
    QFETCH(bool, acceptable);

    QVERIFY(m_basket->add(sampleResults().at(0), -1));
    QVERIFY(m_basket->setData(m_basket->index(0, PurchaseBasket::DisplayNameColumn), name));
    QCOMPARE(m_basket->item(0).displayName, name);
    QCOMPARE(m_basket->displayNameProblem(0).isEmpty(), acceptable);
}

void tst_AvailableNumberModel::capabilitiesAreNamedForPeople()
{
    const QList<AvailableNumber> results = sampleResults();
    QCOMPARE(AvailableNumberModel::capabilitiesText(results.at(0)), u"Voice, SMS"_s);
    QCOMPARE(AvailableNumberModel::capabilitiesText(results.at(1)), u"Voice, SMS, MMS"_s);
    QCOMPARE(AvailableNumberModel::capabilitiesText(number(u"+1"_s, {}, {}, {})), u"None listed"_s);
    QCOMPARE(AvailableNumberModel::capabilitiesText(
                     number(u"+1"_s, {}, {}, {{u"fax"_s, true}, {u"rcs"_s, true}})),
            u"Fax, rcs"_s);
    QCOMPARE(AvailableNumberModel::placeText(results.at(0)), u"Jersey City, NJ"_s);
    QCOMPARE(AvailableNumberModel::placeText(results.at(3)), QString());
}

QTEST_MAIN(tst_AvailableNumberModel)
#include "tst_availablenumbermodel.moc"

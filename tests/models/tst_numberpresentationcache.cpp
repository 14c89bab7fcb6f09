#include "numberpresentationcache.h"
#include "phonenumberformat.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The cache must read exactly as libphonenumber's own formatting, for the first number of a
// range and for the numbers that reuse its text.
class tst_NumberPresentationCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agreesWithLibphonenumber_data();
    void agreesWithLibphonenumber();
    void reusesRanges();
};

void tst_NumberPresentationCache::agreesWithLibphonenumber_data()
{
    QTest::addColumn<QStringList>("numbers");

    QTest::newRow("NANP range") << QStringList{
            u"+12125550100"_s, u"+12125550199"_s, u"+12125550142"_s};
    QTest::newRow("UK London") << QStringList{u"+442079460000"_s, u"+442079460123"_s};
    QTest::newRow("UK Leeds") << QStringList{u"+441134960000"_s, u"+441134960999"_s};
    QTest::newRow("France") << QStringList{u"+33199001234"_s, u"+33199001299"_s};
    QTest::newRow("Australia") << QStringList{u"+61255500000"_s, u"+61255500077"_s};
    QTest::newRow("Germany, short and long") << QStringList{u"+4930901820"_s, u"+493090182011"_s};
    QTest::newRow("Italy, leading zero") << QStringList{u"+390612345678"_s, u"+390612345699"_s};
    QTest::newRow("Canada in NANP") << QStringList{u"+14165550100"_s, u"+14165550123"_s};
    QTest::newRow("unknown country code") << QStringList{u"+999123456"_s, u"+999123499"_s};
    QTest::newRow("too short") << QStringList{u"+12"_s, u"+1"_s};
    QTest::newRow("not E.164") << QStringList{u"2125550100"_s, u"+1 212 555 0100"_s, QString()};
}

void tst_NumberPresentationCache::agreesWithLibphonenumber()
{
    QFETCH(QStringList, numbers);
    NumberPresentationCache cache;
    for (const QString &number : numbers) {
        const NumberPresentationCache::Presentation cached = cache.present(number);
        const NumberPresentation full = PhoneNumberFormat::present(number);
        QCOMPARE(cached.national, full.national);
        QCOMPARE(cached.regionCode, full.regionCode);
        QCOMPARE(cached.countryName, full.countryName);
    }
}

void tst_NumberPresentationCache::reusesRanges()
{
    NumberPresentationCache cache;
    // 0100 to 0249: the ranges 01xx and 02xx.
    for (int i = 0; i < 150; ++i)
        cache.present(u"+1212555%1"_s.arg(100 + i, 4, 10, QChar(u'0')));
    QCOMPARE(cache.rangesKnown(), 2);
}

QTEST_GUILESS_MAIN(tst_NumberPresentationCache)
#include "tst_numberpresentationcache.moc"

#include "numbersearch.h"
#include "numbersearchindex.h"
#include "phonenumberformat.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_NumberSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void foldText_data();
    void foldText();
    void asciiTextFoldsAsAnyText_data();
    void asciiTextFoldsAsAnyText();
    void compareNatural_data();
    void compareNatural();
    void asciiDigits_data();
    void asciiDigits();
    void keyHoldsInternationalAndNationalDigits();
    void matches_data();
    void matches();
    void numberLikeQueries_data();
    void numberLikeQueries();
    void indexAgreesWithQuery_data();
    void indexAgreesWithQuery();
};

void tst_NumberSearch::foldText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("folded");

    QTest::newRow("lower case") << u"Front Desk"_s << u"front desk"_s;
    QTest::newRow("accents removed") << u"José Ñúñez"_s << u"jose nunez"_s;
    QTest::newRow("decomposed accents removed") << u"Jose\u0301"_s << u"jose"_s;
    QTest::newRow("fullwidth letters") << u"ＦＲＯＮＴ"_s << u"front"_s;
    QTest::newRow("direction marks dropped")
            << u"\u200Efront\u200F \u202Edesk\u202C"_s << u"front desk"_s;
    QTest::newRow("isolates dropped") << u"\u2068front\u2069"_s << u"front"_s;
    QTest::newRow("zero width space dropped") << u"fr\u200Bont"_s << u"front"_s;
    QTest::newRow("white space collapsed") << u"  front \t\n desk  "_s << u"front desk"_s;
    QTest::newRow("no-break space") << u"front\u00A0desk"_s << u"front desk"_s;
    QTest::newRow("greek final sigma folds") << u"ΟΔΟΣ"_s << u"οδοσ"_s;
    QTest::newRow("arabic text kept") << u"مكتب"_s << u"مكتب"_s;
    QTest::newRow("empty") << QString() << QString();
}

void tst_NumberSearch::foldText()
{
    QFETCH(QString, input);
    QFETCH(QString, folded);
    QCOMPARE(SearchText::foldText(input), folded);
}

void tst_NumberSearch::asciiTextFoldsAsAnyText_data()
{
    QTest::addColumn<QString>("input");

    QTest::newRow("letters of both cases") << u"Front DESK after Hours"_s;
    QTest::newRow("every ASCII character") << [] {
        QString all;
        for (char16_t code = 0; code < 0x80; ++code)
            all.append(QChar(code));
        return all;
    }();
    QTest::newRow("white space of every kind") << u"\t front\r\n\v\f desk \t"_s;
    QTest::newRow("controls between words") << u"front\x01\x1f\x7f desk\x1b[0m"_s;
    QTest::newRow("punctuation and digits") << u"Line #4711 (main) - ext. 12/3"_s;
    QTest::newRow("only spaces") << u"   "_s;
}

void tst_NumberSearch::asciiTextFoldsAsAnyText()
{
    QFETCH(QString, input);

    // A direction mark (dropped by folding) sends the same text down the Unicode path.
    QCOMPARE(SearchText::foldText(input), SearchText::foldText(input + u"\u200E"_s));
    QCOMPARE(SearchText::foldText(input), SearchText::foldText(u"\u200E"_s + input));
}

void tst_NumberSearch::asciiDigits_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("digits");

    QTest::newRow("formatted") << u"+1 (201) 555-0123"_s << u"12015550123"_s;
    QTest::newRow("fullwidth") << u"２０１"_s << u"201"_s;
    QTest::newRow("arabic-indic") << u"٢٠١"_s << u"201"_s;
    QTest::newRow("extended arabic-indic") << u"۲۰۱"_s << u"201"_s;
    QTest::newRow("devanagari") << u"२०१"_s << u"201"_s;
    QTest::newRow("letters ignored") << u"abc"_s << QString();
}

void tst_NumberSearch::asciiDigits()
{
    QFETCH(QString, input);
    QFETCH(QString, digits);
    QCOMPARE(SearchText::asciiDigits(input), digits);
}

void tst_NumberSearch::keyHoldsInternationalAndNationalDigits()
{
    const NumberSearchKey uk
            = SearchText::keyFor(u"+442079460123"_s, u"020 7946 0123"_s, u"Desk"_s, u"Notes"_s);
    QCOMPARE(uk.digits, u"+442079460123|02079460123"_s);
    QCOMPARE(uk.text, u"desk\nnotes"_s);

    // North American national digits are a part of the E.164 ones: nothing to add.
    const NumberSearchKey us
            = SearchText::keyFor(u"+12015550123"_s, u"(201) 555-0123"_s, u"Desk"_s, QString());
    QCOMPARE(us.digits, u"+12015550123"_s);
    QCOMPARE(us.text, u"desk"_s);
}

void tst_NumberSearch::matches_data()
{
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<QString>("notes");
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("expected");

    const QString us = u"+12015550123"_s;
    const QString uk = u"+442079460123"_s;
    const QString fr = u"+33199001234"_s;
    const QString name = u"Front Desk"_s;
    const QString notes = u"VIP line — escalate to José"_s;

    QTest::newRow("E.164") << us << name << notes << u"+12015550123"_s << true;
    QTest::newRow("national with parentheses")
            << us << name << notes << u"(201) 555-0123"_s << true;
    QTest::newRow("national with dashes") << us << name << notes << u"201-555-0123"_s << true;
    QTest::newRow("national with dots") << us << name << notes << u"201.555.0123"_s << true;
    QTest::newRow("national with spaces") << us << name << notes << u"201 555 0123"_s << true;
    QTest::newRow("country code without plus")
            << us << name << notes << u"1 201 555 0123"_s << true;
    QTest::newRow("international format") << us << name << notes << u"+1 201-555-0123"_s << true;
    QTest::newRow("partial digits") << us << name << notes << u"5550123"_s << true;
    QTest::newRow("last four digits") << us << name << notes << u"0123"_s << true;
    QTest::newRow("partial international prefix") << us << name << notes << u"+1 201"_s << true;
    QTest::newRow("tel uri") << us << name << notes << u"tel:+1-201-555-0123"_s << true;
    QTest::newRow("labelled in a signature")
            << us << name << notes << u"Phone: +1 201-555-0123"_s << true;
    QTest::newRow("labelled, fullwidth")
            << us << name << notes << u"ＴＥＬ：２０１ ５５５ ０１２３"_s << true;
    QTest::newRow("labelled, other number")
            << us << name << notes << u"Tel: 201 555 0199"_s << false;
    QTest::newRow("label too long to be one")
            << us << name << notes << u"Extraordinarily: 201 555 0123"_s << false;
    QTest::newRow("fullwidth digits and plus")
            << us << name << notes << u"＋１ ２０１ ５５５ ０１２３"_s << true;
    QTest::newRow("arabic-indic digits") << us << name << notes << u"٢٠١٥٥٥٠١٢٣"_s << true;
    QTest::newRow("extended arabic-indic digits")
            << us << name << notes << u"۲۰۱-۵۵۵-۰۱۲۳"_s << true;
    QTest::newRow("direction marks pasted")
            << us << name << notes << u"\u200E+1 201\u200F 555 0123\u202C"_s << true;
    QTest::newRow("isolates pasted")
            << us << name << notes << u"\u2066(201) 555-0123\u2069"_s << true;
    QTest::newRow("no-break spaces") << us << name << notes << u"201\u00A0555\u202F0123"_s << true;
    QTest::newRow("unicode dashes") << us << name << notes << u"201\u2013555\u20110123"_s << true;
    QTest::newRow("surrounding spaces") << us << name << notes << u"  2015550123  "_s << true;

    QTest::newRow("UK national with trunk prefix")
            << uk << name << notes << u"020 7946 0123"_s << true;
    QTest::newRow("UK international") << uk << name << notes << u"+44 20 7946 0123"_s << true;
    QTest::newRow("UK with bracketed trunk prefix")
            << uk << name << notes << u"+44 (0)20 7946 0123"_s << true;
    QTest::newRow("UK dialled with 00") << uk << name << notes << u"0044 20 7946 0123"_s << true;
    QTest::newRow("UK dialled with 011") << uk << name << notes << u"011 44 20 7946 0123"_s << true;
    QTest::newRow("France national") << fr << name << notes << u"01 99 00 12 34"_s << true;
    QTest::newRow("France international") << fr << name << notes << u"+33 1 99 00 12 34"_s << true;

    QTest::newRow("other number") << us << name << notes << u"201 555 0199"_s << false;
    QTest::newRow("plus anchors to the country code") << us << name << notes << u"+555"_s << false;
    QTest::newRow("wrong country code") << us << name << notes << u"+44 201 555 0123"_s << false;
    QTest::newRow("00 prefix of another country")
            << uk << name << notes << u"0033 20 7946 0123"_s << false;
    QTest::newRow("number split across words is not a match")
            << us << name << notes << u"0123 201"_s << false;

    QTest::newRow("name, other case") << us << name << notes << u"front desk"_s << true;
    QTest::newRow("name, upper case") << us << name << notes << u"FRONT"_s << true;
    QTest::newRow("name, fullwidth") << us << name << notes << u"ｆｒｏｎｔ"_s << true;
    QTest::newRow("name with direction override pasted")
            << us << name << notes << u"\u202Efront\u202C"_s << true;
    QTest::newRow("notes, without accent") << us << name << notes << u"jose"_s << true;
    QTest::newRow("notes, with accent") << us << name << notes << u"José"_s << true;
    QTest::newRow("accented name, plain query")
            << us << u"Zoë Ærø"_s << QString() << u"zoe"_s << true;
    QTest::newRow("plain name, accented query")
            << us << u"Jose"_s << QString() << u"JOSÉ"_s << true;
    QTest::newRow("notes") << us << name << notes << u"vip"_s << true;
    QTest::newRow("words in any order") << us << name << notes << u"desk front"_s << true;
    QTest::newRow("words across name and notes")
            << us << name << notes << u"desk escalate"_s << true;
    QTest::newRow("word and digits") << us << name << notes << u"desk 0123"_s << true;
    QTest::newRow("word and wrong digits") << us << name << notes << u"desk 0199"_s << false;
    QTest::newRow("one word missing") << us << name << notes << u"front zebra"_s << false;
    QTest::newRow("no match") << us << name << notes << u"zebra"_s << false;
    QTest::newRow("arabic name") << us << u"مكتب الاستقبال"_s << QString() << u"الاستقبال"_s
                                 << true;
    QTest::newRow("empty query matches all") << us << name << notes << QString() << true;
    QTest::newRow("blank query matches all") << us << name << notes << u"   "_s << true;
    QTest::newRow("only marks matches all") << us << name << notes << u"\u200E\u200F"_s << true;
}

void tst_NumberSearch::matches()
{
    QFETCH(QString, e164);
    QFETCH(QString, displayName);
    QFETCH(QString, notes);
    QFETCH(QString, query);
    QFETCH(bool, expected);

    const NumberPresentation presentation = PhoneNumberFormat::present(e164);
    QVERIFY2(presentation.parsed, qPrintable(e164));
    const NumberSearchKey key = SearchText::keyFor(e164, presentation.national, displayName, notes);
    QCOMPARE(NumberSearchQuery(query).matches(key), expected);
}

void tst_NumberSearch::numberLikeQueries_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("numberLike");

    QTest::newRow("digits") << u"0123"_s << true;
    QTest::newRow("formatted") << u"+1 (201) 555-0123"_s << true;
    QTest::newRow("arabic-indic") << u"٠١٢٣"_s << true;
    QTest::newRow("name") << u"desk"_s << false;
    QTest::newRow("name and digits") << u"desk 12"_s << false;
    QTest::newRow("punctuation only") << u"()-"_s << false;
}

void tst_NumberSearch::numberLikeQueries()
{
    QFETCH(QString, query);
    QFETCH(bool, numberLike);
    QCOMPARE(NumberSearchQuery(query).isNumberLike(), numberLike);
}

void tst_NumberSearch::indexAgreesWithQuery_data()
{
    QTest::addColumn<QString>("query");
    for (const char16_t *query :
            {u"0123", u"+1 201", u"020 7946", u"0044 20", u"front", u"desk 0123", u"desk front",
                    u"josé", u"line", u"e", u"9", u"zebra", u"+", u"desk zebra", u""})
        QTest::newRow(QString::fromUtf16(query).toUtf8().constData()) << QString::fromUtf16(query);
}

void tst_NumberSearch::indexAgreesWithQuery()
{
    QFETCH(QString, query);
    const NumberSearchQuery search(query);

    QList<NumberSearchKey> keys;
    const auto key = [](const QString &e164, const QString &name, const QString &notes) {
        return SearchText::keyFor(e164, PhoneNumberFormat::present(e164).national, name, notes);
    };
    keys << key(u"+12015550123"_s, u"Front Desk"_s, u"Escalate to José"_s)
         << key(u"+442079460123"_s, u"London line"_s, QString())
         << key(u"+12015550199"_s, QString(), u"desk"_s)
         << key(u"+33199001234"_s, u"Paris front"_s, u"Line 9"_s)
         << key(u"+4930901820"_s, u"Berlin"_s, QString());

    NumberSearchIndex index;
    for (const NumberSearchKey &each : std::as_const(keys))
        index.append(each);
    // Edits and removals leave the index out of row order; it must still agree.
    keys[1] = key(u"+442079460124"_s, u"London desk"_s, u"front line"_s);
    index.replace(1, keys.at(1));
    keys.removeAt(3);
    index.remove(3);

    const QBitArray all = index.matchAll(search);
    QCOMPARE(all.size(), keys.size());
    for (qsizetype row = 0; row < keys.size(); ++row) {
        const bool expected = search.matches(keys.at(row));
        QCOMPARE(index.matches(row, search), expected);
        QVERIFY2(all.testBit(row) == expected, qPrintable(u"row %1"_s.arg(row)));
    }
}

void tst_NumberSearch::compareNatural_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<int>("expected"); // the sign of the result

    QTest::newRow("plain text") << u"adelaide"_s << u"boston"_s << -1;
    QTest::newRow("equal") << u"line 12"_s << u"line 12"_s << 0;
    QTest::newRow("shorter number first") << u"line 2"_s << u"line 10"_s << -1;
    QTest::newRow("by value, not by digit")
            << u"adelaide line 1006"_s << u"adelaide line 10001"_s << -1;
    QTest::newRow("same length by digits") << u"line 1006"_s << u"line 1005"_s << 1;
    QTest::newRow("leading zeros") << u"room 007"_s << u"room 10"_s << -1;
    QTest::newRow("equal value, different zeros") << u"room 007"_s << u"room 7"_s << -1;
    QTest::newRow("prefix first") << u"line"_s << u"line 1"_s << -1;
    QTest::newRow("number before letter") << u"1st floor"_s << u"a floor"_s << -1;
    QTest::newRow("several numbers") << u"ward 3 bed 12"_s << u"ward 3 bed 9"_s << 1;
}

void tst_NumberSearch::compareNatural()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(int, expected);

    const auto sign = [](int value) {
        return (value > 0) - (value < 0);
    };
    QCOMPARE(sign(SearchText::compareNatural(left, right)), expected);
    QCOMPARE(sign(SearchText::compareNatural(right, left)), -expected);
}

QTEST_GUILESS_MAIN(tst_NumberSearch)
#include "tst_numbersearch.moc"

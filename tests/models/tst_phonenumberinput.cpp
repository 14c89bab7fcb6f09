#include "phonenumberformat.h"
#include "phonenumberinput.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;

using State = NumberInterpretation::State;
using Problem = NumberInterpretation::Problem;

class tst_PhoneNumberInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usableNumbers_data();
    void usableNumbers();
    void refusedInput_data();
    void refusedInput();
    void incompleteInput_data();
    void incompleteInput();
    void unfinishedInputIsExplained_data();
    void unfinishedInputIsExplained();
    void internationalReadingIsOfferedNotGuessed_data();
    void internationalReadingIsOfferedNotGuessed();
    void onlyAsciiE164IsProduced_data();
    void onlyAsciiE164IsProduced();
    void hugePasteIsRefusedQuickly();
    void emptyInput_data();
    void emptyInput();
    void explanationNamesTheProblem();
    void defaultRegionFromLocale_data();
    void defaultRegionFromLocale();
    void countryNamesFollowTheInterfaceLanguage_data();
    void countryNamesFollowTheInterfaceLanguage();
};

void tst_PhoneNumberInput::usableNumbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("defaultRegion");
    QTest::addColumn<State>("state");
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("regionCode");
    QTest::addColumn<bool>("rewritten");

    // clang-format off
    QTest::newRow("E.164 as stored") << u"+12015550123"_s << u"US"_s << State::Valid << u"+12015550123"_s << u"US"_s << false;
    QTest::newRow("national with parentheses and dash") << u"(201) 555-0123"_s << u"US"_s << State::Valid << u"+12015550123"_s << u"US"_s << false;
    QTest::newRow("national with dots") << u"201.555.0123"_s << u"US"_s << State::Valid << u"+12015550123"_s << u"US"_s << false;
    QTest::newRow("NANP trunk 1 typed nationally") << u"1 201 555 0123"_s << u"US"_s << State::Valid << u"+12015550123"_s << u"US"_s << false;
    QTest::newRow("NANP Canada with +1") << u"+1 416 555 0123"_s << u"US"_s << State::Valid << u"+14165550123"_s << u"CA"_s << false;
    QTest::newRow("NANP Canada typed with US default") << u"416-555-0123"_s << u"US"_s << State::Valid << u"+14165550123"_s << u"CA"_s << false;
    QTest::newRow("NANP US typed with Canada default") << u"201 555 0123"_s << u"CA"_s << State::Valid << u"+12015550123"_s << u"US"_s << false;
    QTest::newRow("UK national with trunk 0") << u"020 7946 0123"_s << u"GB"_s << State::Valid << u"+442079460123"_s << u"GB"_s << false;
    QTest::newRow("UK with 00 international prefix") << u"0044 20 7946 0123"_s << u"GB"_s << State::Valid << u"+442079460123"_s << u"GB"_s << false;
    QTest::newRow("US with 011 international prefix") << u"011 44 20 7946 0123"_s << u"US"_s << State::Valid << u"+442079460123"_s << u"GB"_s << false;
    QTest::newRow("trunk prefix after country code in parentheses") << u"+44 (0)20 7946 0123"_s << u"US"_s << State::Valid << u"+442079460123"_s << u"GB"_s << true;
    QTest::newRow("trunk prefix after country code") << u"+44 020 7946 0123"_s << u"US"_s << State::Valid << u"+442079460123"_s << u"GB"_s << true;
    QTest::newRow("German trunk prefix after country code") << u"+49 (0) 30 123456"_s << u"US"_s << State::Valid << u"+4930123456"_s << u"DE"_s << true;
    QTest::newRow("Italian leading zero is part of the number") << u"+39 06 6982 1234"_s << u"US"_s << State::Valid << u"+390669821234"_s << u"VA"_s << false;
    QTest::newRow("Argentine mobile typed nationally gains its 9") << u"011 15 2345 6789"_s << u"AR"_s << State::Valid << u"+5491123456789"_s << u"AR"_s << false;
    QTest::newRow("Argentine mobile written internationally") << u"+54 9 11 2345 6789"_s << u"US"_s << State::Valid << u"+5491123456789"_s << u"AR"_s << false;
    QTest::newRow("Argentine mobile with domestic 15 after country code") << u"+54 11 15 2345 6789"_s << u"US"_s << State::Valid << u"+5491123456789"_s << u"AR"_s << true;
    QTest::newRow("Mexican mobile with retired 1 prefix") << u"+52 1 55 1234 5678"_s << u"US"_s << State::Valid << u"+525512345678"_s << u"MX"_s << true;
    QTest::newRow("fullwidth digits and plus") << u"＋１ ２０１ ５５５ ０１２３"_s << u"US"_s << State::Valid << u"+12015550123"_s << u"US"_s << false;
    QTest::newRow("Arabic-Indic digits") << u"+١٢٠١٥٥٥٠١٢٣"_s << u"US"_s << State::Valid << u"+12015550123"_s << u"US"_s << false;
    QTest::newRow("Devanagari digits") << u"+४४ २० ७९४६ ०१२३"_s << u"US"_s << State::Valid << u"+442079460123"_s << u"GB"_s << false;
    QTest::newRow("direction marks and zero-width characters") << u"\u200E+1 201\u200B555\u2060 0123\u200F\uFEFF"_s << u"US"_s << State::Valid << u"+12015550123"_s << u"US"_s << false;
    QTest::newRow("bidi isolates around the number") << u"\u2066+44 20 7946 0123\u2069"_s << u"US"_s << State::Valid << u"+442079460123"_s << u"GB"_s << false;
    QTest::newRow("no-break, narrow and ideographic spaces") << u"+1\u00A0201\u3000555\u202F0123"_s << u"US"_s << State::Valid << u"+12015550123"_s << u"US"_s << false;
    QTest::newRow("tabs and newlines around a pasted number") << u"\t\n +1 201 555 0123 \r\n"_s << u"US"_s << State::Valid << u"+12015550123"_s << u"US"_s << false;
    QTest::newRow("tel: prefix") << u"tel:+1-201-555-0123"_s << u"US"_s << State::Valid << u"+12015550123"_s << u"US"_s << false;
    QTest::newRow("labelled as in a signature") << u"Phone: +1 201-555-0123"_s << u"US"_s << State::Valid << u"+12015550123"_s << u"US"_s << false;
    QTest::newRow("labelled, fullwidth") << u"ＴＥＬ：２０１ ５５５ ０１２３"_s << u"US"_s << State::Valid << u"+12015550123"_s << u"US"_s << false;
    QTest::newRow("labelled, space before the colon") << u"Office : +44 20 7946 0123"_s << u"US"_s << State::Valid << u"+442079460123"_s << u"GB"_s << false;
    QTest::newRow("TEL: prefix in capitals") << u"TEL:+12015550123"_s << u"US"_s << State::Valid << u"+12015550123"_s << u"US"_s << false;
    QTest::newRow("en dash and minus sign separators") << u"+1 201–555−0123"_s << u"US"_s << State::Valid << u"+12015550123"_s << u"US"_s << false;
    QTest::newRow("fictional UK mobile range is only possible") << u"07700 900123"_s << u"GB"_s << State::Possible << u"+447700900123"_s << u"GB"_s << false;
    QTest::newRow("possible +44 number could be any country sharing +44") << u"+44 7700 900123"_s << u"US"_s << State::Possible << u"+447700900123"_s << QString() << false;
    QTest::newRow("unassigned NANP area code is only possible") << u"+1 555 555 0123"_s << u"US"_s << State::Possible << u"+15555550123"_s << QString() << false;
    QTest::newRow("Argentine mobile without its area code is only possible") << u"15 2345 6789"_s << u"AR"_s << State::Possible << u"+541523456789"_s << u"AR"_s << false;
    // clang-format on
}

void tst_PhoneNumberInput::usableNumbers()
{
    QFETCH(QString, text);
    QFETCH(QString, defaultRegion);
    QFETCH(State, state);
    QFETCH(QString, e164);
    QFETCH(QString, regionCode);
    QFETCH(bool, rewritten);

    const NumberInterpretation result = PhoneNumberInput::interpret(text, defaultRegion);

    QVERIFY2(result.isUsable(), qPrintable(PhoneNumberInput::explanation(result)));
    QCOMPARE(result.state, state);
    QCOMPARE(result.problem, Problem::None);
    QCOMPARE(result.e164, e164);
    QCOMPARE(result.regionCode, regionCode);
    QCOMPARE(result.rewrittenToInternationalForm, rewritten);
    QVERIFY(!result.national.isEmpty());
    QVERIFY(!result.countryName.isEmpty());
}

void tst_PhoneNumberInput::refusedInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("defaultRegion");
    QTest::addColumn<Problem>("problem");

    // clang-format off
    QTest::newRow("letters are not keypad digits") << u"1-800-FLOWERS"_s << u"US"_s << Problem::Letters;
    QTest::newRow("letters in a pasted sentence") << u"call me on 201 555 0123"_s << u"US"_s << Problem::Letters;
    QTest::newRow("word too long to be a label") << u"Extraordinarily: 201 555 0123"_s << u"US"_s << Problem::Letters;
    QTest::newRow("label with nothing after it") << u"Phone:"_s << u"US"_s << Problem::Letters;
    QTest::newRow("two labels") << u"Work: Phone: 201 555 0123"_s << u"US"_s << Problem::Letters;
    QTest::newRow("word ending in x is letters, not an extension") << u"+1 201 555 fax"_s << u"US"_s << Problem::Letters;
    QTest::newRow("extension with x") << u"+1 201 555 0123 x123"_s << u"US"_s << Problem::Extension;
    QTest::newRow("extension with capital X") << u"+12015550123X12"_s << u"US"_s << Problem::Extension;
    QTest::newRow("extension with ext.") << u"+1 201 555 0123 ext. 45"_s << u"US"_s << Problem::Extension;
    QTest::newRow("extension spelled out") << u"201 555 0123 extension 45"_s << u"US"_s << Problem::Extension;
    QTest::newRow("extension in a tel URI") << u"tel:+1-201-555-0123;ext=45"_s << u"US"_s << Problem::Extension;
    QTest::newRow("extension after hash") << u"+1 201 555 0123 #45"_s << u"US"_s << Problem::Extension;
    QTest::newRow("trailing hash") << u"+12015550123#"_s << u"US"_s << Problem::Extension;
    QTest::newRow("dial pauses before an extension") << u"+12015550123,,45"_s << u"US"_s << Problem::Extension;
    QTest::newRow("emergency 911") << u"911"_s << u"US"_s << Problem::EmergencyNumber;
    QTest::newRow("emergency 112 in the US") << u"112"_s << u"US"_s << Problem::EmergencyNumber;
    QTest::newRow("emergency 999 in the UK") << u"999"_s << u"GB"_s << Problem::EmergencyNumber;
    QTest::newRow("emergency 112 with fullwidth digits") << u"１１２"_s << u"DE"_s << Problem::EmergencyNumber;
    QTest::newRow("emergency number after a country code") << u"+44 999"_s << u"US"_s << Problem::EmergencyNumber;
    QTest::newRow("emergency number that cannot grow into a number") << u"000"_s << u"AU"_s << Problem::EmergencyNumber;
    QTest::newRow("carrier short code") << u"611"_s << u"US"_s << Problem::ShortCode;
    QTest::newRow("5,000-character paste") << QString(5000, u'1') << u"US"_s << Problem::InputTooLong;
    QTest::newRow("more digits than any number") << u"+1234567890123456789012"_s << u"US"_s << Problem::InputTooLong;
    QTest::newRow("national number cut short keeps its trunk prefix") << u"020 7946"_s << u"GB"_s << Problem::TooShort;
    QTest::newRow("trunk prefix and too few digits after country code") << u"+44 0207946"_s << u"US"_s << Problem::TooShort;
    QTest::newRow("too short after country code") << u"+1 201"_s << u"US"_s << Problem::TooShort;
    QTest::newRow("too long for the country") << u"+1 201 555 0123 999"_s << u"US"_s << Problem::TooLong;
    QTest::newRow("international number typed without + is too long") << u"33 6 12 34 56 78"_s << u"US"_s << Problem::TooLong;
    QTest::newRow("no such country code") << u"+999 123 4567"_s << u"US"_s << Problem::InvalidCountryCode;
    QTest::newRow("missing area code") << u"555 0123"_s << u"US"_s << Problem::LocalOnly;
    QTest::newRow("missing area code in the UK") << u"7946 0123"_s << u"GB"_s << Problem::LocalOnly;
    QTest::newRow("local-only length typed with + is too short") << u"+44 20 7946 01"_s << u"US"_s << Problem::TooShort;
    QTest::newRow("local-only length typed with 00 is too short") << u"0044 20 7946 01"_s << u"GB"_s << Problem::TooShort;
    QTest::newRow("local-only length typed with trunk 0 is too short") << u"020 7946 01"_s << u"GB"_s << Problem::TooShort;
    QTest::newRow("local-only length typed with trunk 1 is too short") << u"1212555"_s << u"US"_s << Problem::TooShort;
    QTest::newRow("no + and no default country") << u"201 555 0123"_s << QString() << Problem::NoCountry;
    QTest::newRow("no + and an unknown default country") << u"201 555 0123"_s << u"XX"_s << Problem::NoCountry;
    QTest::newRow("plus in the middle") << u"1+2015550123"_s << u"US"_s << Problem::MisplacedPlus;
    QTest::newRow("two pluses") << u"++12015550123"_s << u"US"_s << Problem::MisplacedPlus;
    QTest::newRow("star code") << u"*67 201 555 0123"_s << u"US"_s << Problem::UnexpectedCharacter;
    QTest::newRow("at sign") << u"+1 201 555 0123 @"_s << u"US"_s << Problem::UnexpectedCharacter;
    QTest::newRow("emoji") << u"+1 201 555 0123 📞"_s << u"US"_s << Problem::UnexpectedCharacter;
    QTest::newRow("separators only") << u"( ) -"_s << u"US"_s << Problem::NotANumber;
    QTest::newRow("plus alone") << u"+"_s << u"US"_s << Problem::CountryCodeExpected;
    QTest::newRow("plus and separators") << u"+ ("_s << u"US"_s << Problem::CountryCodeExpected;
    QTest::newRow("first digit of a country code") << u"+4"_s << u"US"_s << Problem::CountryCodeExpected;
    QTest::newRow("country code alone") << u"+44"_s << u"US"_s << Problem::NationalNumberExpected;
    QTest::newRow("one-digit country code alone") << u"+1"_s << QString() << Problem::NationalNumberExpected;
    QTest::newRow("no country code starts with 0") << u"+0"_s << u"US"_s << Problem::NotANumber;
    // clang-format on
}

void tst_PhoneNumberInput::refusedInput()
{
    QFETCH(QString, text);
    QFETCH(QString, defaultRegion);
    QFETCH(Problem, problem);

    const NumberInterpretation result = PhoneNumberInput::interpret(text, defaultRegion);

    QCOMPARE(result.state, State::Invalid);
    QCOMPARE(result.problem, problem);
    QVERIFY(!result.isUsable());
    QVERIFY(!PhoneNumberInput::explanation(result).isEmpty());
}

void tst_PhoneNumberInput::incompleteInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("defaultRegion");
    QTest::addColumn<bool>("incomplete");
    QTest::addColumn<int>("moreDigits");

    // clang-format off
    QTest::newRow("first digit") << u"1"_s << u"US"_s << true << 0;
    QTest::newRow("plus alone") << u"+"_s << u"US"_s << true << 0;
    QTest::newRow("opening parenthesis") << u"("_s << u"US"_s << true << 0;
    QTest::newRow("first digit of a country code") << u"+4"_s << u"US"_s << true << 0;
    QTest::newRow("too short after country code") << u"+1 201"_s << u"US"_s << true << 7;
    QTest::newRow("US number with trunk 1 only dialable locally so far") << u"1212555"_s << u"US"_s << true << 4;
    QTest::newRow("seven digits are only dialable locally") << u"212 5550"_s << u"US"_s << true << 3;
    QTest::newRow("UK national number cut short keeps its trunk prefix") << u"020 7946"_s << u"GB"_s << true << 4;
    QTest::newRow("carrier short code") << u"611"_s << u"US"_s << true << 7;
    QTest::newRow("country code alone") << u"+44"_s << u"US"_s << true << 0;
    QTest::newRow("NANP emergency number can grow into a number") << u"911"_s << u"US"_s << true << 7;
    QTest::newRow("NANP emergency number after +1") << u"+1 911"_s << u"US"_s << true << 7;
    QTest::newRow("French emergency number on the way to a Paris number") << u"+33 15"_s << QString() << true << 7;
    QTest::newRow("Indian emergency number after +91") << u"+91 112"_s << QString() << true << 7;
    QTest::newRow("UK emergency number after +44") << u"+44 999"_s << QString() << true << 7;
    QTest::newRow("German emergency number typed nationally") << u"112"_s << u"DE"_s << true << 5;
    QTest::newRow("UK emergency number typed nationally") << u"999"_s << u"GB"_s << true << 7;
    QTest::newRow("emergency number that cannot grow is refused at once") << u"000"_s << u"AU"_s << false << 0;
    QTest::newRow("emergency number after a country code that cannot grow") << u"+61 000"_s << QString() << false << 0;
    QTest::newRow("too long") << u"+1 201 555 0123 999"_s << u"US"_s << false << 0;
    QTest::newRow("no such country code") << u"+999 123 4567"_s << u"US"_s << false << 0;
    QTest::newRow("no country code starts with 0") << u"+0"_s << u"US"_s << false << 0;
    QTest::newRow("letters") << u"1-800-FLOWERS"_s << u"US"_s << false << 0;
    QTest::newRow("complete number") << u"201 555 0123"_s << u"US"_s << false << 0;
    // clang-format on
}

void tst_PhoneNumberInput::incompleteInput()
{
    QFETCH(QString, text);
    QFETCH(QString, defaultRegion);
    QFETCH(bool, incomplete);
    QFETCH(int, moreDigits);

    const NumberInterpretation result = PhoneNumberInput::interpret(text, defaultRegion);

    QCOMPARE(result.incomplete, incomplete);
    QCOMPARE(result.moreDigitsExpected, moreDigits);
    // Incomplete input is refused all the same: only how it is shown while typing differs.
    if (incomplete) {
        QCOMPARE(result.state, State::Invalid);
        QVERIFY(!result.isUsable());
        QVERIFY(!PhoneNumberInput::explanation(result).isEmpty());
    }
}

// What the person reads after leaving the field with the number unfinished: what is missing, in
// a sentence that names a country only when the digits tell which one.
void tst_PhoneNumberInput::unfinishedInputIsExplained_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("defaultRegion");
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<QString>("explanation");

    // clang-format off
    QTest::newRow("plus alone") << u"+"_s << u"US"_s << Problem::CountryCodeExpected << u"Type the country code and the number after the +."_s;
    QTest::newRow("first digit of a country code") << u"+4"_s << u"US"_s << Problem::CountryCodeExpected << u"Type the country code and the number after the +."_s;
    QTest::newRow("country code alone") << u"+44"_s << u"US"_s << Problem::NationalNumberExpected << u"Type the number after the country code +44."_s;
    QTest::newRow("emergency prefix of a French number") << u"+33 15"_s << QString() << Problem::EmergencyNumber << u"+3315 is an emergency number and cannot be used here."_s;
    QTest::newRow("emergency number typed nationally") << u"112"_s << u"DE"_s << Problem::EmergencyNumber << u"112 is an emergency number and cannot be used here."_s;
    QTest::newRow("local-only length typed with +") << u"+44 20 7946 01"_s << u"US"_s << Problem::TooShort << u"Too short for a phone number in United Kingdom."_s;
    QTest::newRow("local-only length typed with trunk 0") << u"020 7946 01"_s << u"GB"_s << Problem::TooShort << u"Too short for a phone number in United Kingdom."_s;
    QTest::newRow("local-only length typed with 00") << u"0044 20 7946 01"_s << u"GB"_s << Problem::TooShort << u"Too short for a phone number in United Kingdom."_s;
    QTest::newRow("local-only length typed with trunk 1") << u"1212555"_s << u"US"_s << Problem::TooShort << u"Too short for a phone number in United States."_s;
    QTest::newRow("local-only length typed without any prefix") << u"7946 0123"_s << u"GB"_s << Problem::LocalOnly << u"Add the area code: this number can only be dialled locally."_s;
    QTest::newRow("London area code tells the country of +44") << u"+44 20 7946"_s << QString() << Problem::TooShort << u"Too short for a phone number in United Kingdom."_s;
    QTest::newRow("Guernsey area code tells the country of +44") << u"+44 1481 7"_s << QString() << Problem::TooShort << u"Too short for a phone number in Guernsey."_s;
    QTest::newRow("shared +44 without a country yet") << u"+44 7700 9001"_s << QString() << Problem::TooShort << u"Too short for a phone number."_s;
    QTest::newRow("shared +1 without a country yet") << u"+1 201"_s << u"US"_s << Problem::TooShort << u"Too short for a phone number."_s;
    QTest::newRow("possible number of a shared code") << u"+44 7700 900123"_s << QString() << Problem::None << u"This number has a possible length but is not in this app's numbering data, which can be older than a newly opened range. Check it before saving."_s;
    // clang-format on
}

void tst_PhoneNumberInput::unfinishedInputIsExplained()
{
    QFETCH(QString, text);
    QFETCH(QString, defaultRegion);
    QFETCH(Problem, problem);
    QFETCH(QString, explanation);

    const NumberInterpretation result = PhoneNumberInput::interpret(text, defaultRegion);

    QCOMPARE(result.problem, problem);
    QCOMPARE(PhoneNumberInput::explanation(result), explanation);
}

void tst_PhoneNumberInput::internationalReadingIsOfferedNotGuessed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("defaultRegion");
    QTest::addColumn<State>("state");
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("alternativeE164");
    QTest::addColumn<QString>("alternativeRegion");

    // clang-format off
    QTest::newRow("valid at home and in Egypt") << u"201 555 0123"_s << u"US"_s << State::Valid << u"+12015550123"_s << u"+2015550123"_s << u"EG"_s;
    QTest::newRow("German number typed without + in the US") << u"49 30 123456"_s << u"US"_s << State::Possible << u"+14930123456"_s << u"+4930123456"_s << u"DE"_s;
    QTest::newRow("French mobile typed without + in the US") << u"33 6 12 34 56 78"_s << u"US"_s << State::Invalid << u"+133612345678"_s << u"+33612345678"_s << u"FR"_s;
    QTest::newRow("typed with + is never second-guessed") << u"+44 20 7946 0123"_s << u"US"_s << State::Valid << u"+442079460123"_s << QString() << QString();
    QTest::newRow("same number either way") << u"1 201 555 0123"_s << u"US"_s << State::Valid << u"+12015550123"_s << QString() << QString();
    // clang-format on
}

void tst_PhoneNumberInput::internationalReadingIsOfferedNotGuessed()
{
    QFETCH(QString, text);
    QFETCH(QString, defaultRegion);
    QFETCH(State, state);
    QFETCH(QString, e164);
    QFETCH(QString, alternativeE164);
    QFETCH(QString, alternativeRegion);

    const NumberInterpretation result = PhoneNumberInput::interpret(text, defaultRegion);

    QCOMPARE(result.state, state);
    QCOMPARE(result.e164, e164);
    QCOMPARE(result.alternative.has_value(), !alternativeE164.isEmpty());
    if (result.alternative) {
        QCOMPARE(result.alternative->e164, alternativeE164);
        QCOMPARE(result.alternative->regionCode, alternativeRegion);
        QVERIFY(PhoneNumberInput::explanation(result).contains(result.alternative->international));
    }
}

void tst_PhoneNumberInput::onlyAsciiE164IsProduced_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("Arabic-Indic digits") << u"+١٢٠١٥٥٥٠١٢٣"_s;
    QTest::newRow("Eastern Arabic digits") << u"+۴۴۲۰۷۹۴۶۰۱۲۳"_s;
    QTest::newRow("fullwidth") << u"＋４４２０７９４６０１２３"_s;
    QTest::newRow("mathematical bold digits") << u"+𝟏𝟐𝟎𝟏𝟓𝟓𝟓𝟎𝟏𝟐𝟑"_s;
}

void tst_PhoneNumberInput::onlyAsciiE164IsProduced()
{
    QFETCH(QString, text);

    const NumberInterpretation result = PhoneNumberInput::interpret(text, u"US"_s);

    QVERIFY2(result.isUsable(), qPrintable(PhoneNumberInput::explanation(result)));
    QVERIFY(result.e164.startsWith(u'+'));
    for (const QChar c : QStringView(result.e164).sliced(1))
        QVERIFY2(c >= u'0' && c <= u'9', qPrintable(result.e164));
    QVERIFY(result.e164.size() <= 16);
    QCOMPARE(result.normalized, result.e164);
}

void tst_PhoneNumberInput::hugePasteIsRefusedQuickly()
{
    const QString paste = QString(u"+1 201 555 0123 "_s).repeated(50'000);

    QElapsedTimer timer;
    timer.start();
    const NumberInterpretation result = PhoneNumberInput::interpret(paste, u"US"_s);

    QCOMPARE(result.problem, Problem::InputTooLong);
    QVERIFY2(timer.elapsed() < 50, qPrintable(u"took %1 ms"_s.arg(timer.elapsed())));
}

void tst_PhoneNumberInput::emptyInput_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("nothing") << QString();
    QTest::newRow("spaces") << u"   "_s;
    QTest::newRow("invisible characters only") << u"\u200E\u200B\uFEFF\u00A0"_s;
}

void tst_PhoneNumberInput::emptyInput()
{
    QFETCH(QString, text);

    const NumberInterpretation result = PhoneNumberInput::interpret(text, u"US"_s);

    QCOMPARE(result.state, State::Empty);
    QVERIFY(!result.isUsable());
    QVERIFY(result.e164.isEmpty());
}

void tst_PhoneNumberInput::explanationNamesTheProblem()
{
    const auto extension = PhoneNumberInput::interpret(u"+1 201 555 0123 x123"_s, u"US"_s);
    QVERIFY(PhoneNumberInput::explanation(extension).contains(u"x123"_s));

    const auto letters = PhoneNumberInput::interpret(u"1-800-FLOWERS"_s, u"US"_s);
    QVERIFY(PhoneNumberInput::explanation(letters).contains(u"“F”"_s));

    const auto emergency = PhoneNumberInput::interpret(u"911"_s, u"US"_s);
    QVERIFY(PhoneNumberInput::explanation(emergency).contains(u"911"_s));

    const auto possible = PhoneNumberInput::interpret(u"+1 555 555 0123"_s, u"US"_s);
    QVERIFY(PhoneNumberInput::explanation(possible).contains(u"numbering data"_s));
}

void tst_PhoneNumberInput::defaultRegionFromLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("region");

    QTest::newRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom) << u"GB"_s;
    QTest::newRow("fr_CA") << QLocale(QLocale::French, QLocale::Canada) << u"CA"_s;
    QTest::newRow("C locale has no country") << QLocale::c() << QString();
}

void tst_PhoneNumberInput::defaultRegionFromLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, region);

    QCOMPARE(PhoneNumberInput::defaultRegionFor(locale), region);
}

void tst_PhoneNumberInput::countryNamesFollowTheInterfaceLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("name");

    QTest::newRow("English, US") << u"en_US"_s << u"US"_s << u"United States"_s;
    QTest::newRow("German, US") << u"de_DE"_s << u"US"_s << u"Vereinigte Staaten"_s;
    QTest::newRow("German, GB") << u"de_DE"_s << u"GB"_s << u"Vereinigtes Königreich"_s;
    QTest::newRow("German, DE") << u"de_AT"_s << u"DE"_s << u"Deutschland"_s;
    QTest::newRow("French, DE") << u"fr_FR"_s << u"DE"_s << u"Allemagne"_s;
    QTest::newRow("unknown region") << u"de_DE"_s << u"XQ"_s << u"XQ"_s;
}

void tst_PhoneNumberInput::countryNamesFollowTheInterfaceLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, region);
    QFETCH(QString, name);

    const QLocale before;
    QLocale::setDefault(QLocale(language));
    const QString shown = PhoneNumberFormat::countryName(region);
    QLocale::setDefault(before);
    QCOMPARE(shown, name);
}

QTEST_GUILESS_MAIN(tst_PhoneNumberInput)
#include "tst_phonenumberinput.moc"

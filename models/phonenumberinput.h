#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <optional>

// What a typed phone number means: the number it denotes (E.164, formats, region), how sure the
// numbering data is about it, and when it cannot be used, why.
struct NumberInterpretation
{
    enum class State {
        Empty,    // nothing typed yet
        Invalid,  // cannot be used; `problem` says why
        Possible, // the right length for its country, but not in the bundled numbering data
        Valid,    // a number the numbering data knows
    };

    enum class Problem {
        None,
        InputTooLong,        // longer than any phone number could be written
        Letters,             // letters are refused instead of being read as keypad digits
        Extension,           // x123, ext. 123, ;ext=123, #
        UnexpectedCharacter, // a character that is not a digit, separator or leading +
        MisplacedPlus,       // a + anywhere but at the start
        NoCountry,           // no + and no default country to read the number in
        InvalidCountryCode,
        NotANumber,
        CountryCodeExpected,    // "+" or the first digits of a country code, nothing after it
        NationalNumberExpected, // a whole country code ("+44") and nothing after it
        TooShort,
        TooLong,
        InvalidLength,
        LocalOnly,       // dialable only within an area; the area code is missing
        EmergencyNumber, // 911, 112, 999…
        ShortCode,       // 611, carrier or service short codes
    };

    // Another reading of digits typed without +: the same digits as an international number.
    struct Alternative
    {
        QString e164;
        QString international;
        QString regionCode;
        QString countryName;
    };

    State state = State::Empty;
    Problem problem = Problem::None;
    QString problemDetail; // e.g. the offending character, or the extension digits

    QString normalized; // ASCII digits with an optional leading +, as given to the parser
    bool typedWithPlus = false;

    // Filled when the text parsed (also for some invalid numbers, to show what was understood).
    QString e164;
    QString national;
    QString international;
    QString regionCode;  // "US", "001" for non-geographic numbers, empty when unknown
    QString countryName; // for people, in the UI language
    int countryCode = 0;
    QString numberType; // "mobile", "fixed line"… for people; empty when unknown

    // Digits typed after +<country code> that are not dialled internationally (a trunk prefix
    // such as the 0 in "+44 (0)20…") or that were rewritten (Argentina's mobile "15").
    bool rewrittenToInternationalForm = false;

    std::optional<Alternative> alternative;

    // The digits so far are too few to be a number but could become one: cut short, only
    // dialable locally, a short code or emergency number that more digits turn into a number
    // ("+33 15…"), or the start of a country code. Such input is refused like any other, but
    // while it is being typed it is not yet an error.
    bool incomplete = false;
    // How many more digits a number of its country has, from the numbering data's example
    // number for that country; 0 when the data cannot tell.
    int moreDigitsExpected = 0;

    // Valid and possible numbers can be sent; the possible ones with a warning.
    bool isUsable() const { return state == State::Valid || state == State::Possible; }
};

// Turns what a person typed or pasted into a phone number the API accepts, and explains any
// refusal. Pure functions of their arguments (apart from the libphonenumber metadata), so that
// they can be table-tested and fuzzed.
class PhoneNumberInput
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumberInput)

public:
    // Longer input is refused before any parsing: no written phone number comes near it, and it
    // keeps a pasted page of text from reaching the parser.
    static constexpr qsizetype MaxInputLength = 100;

    // Interprets `text` with `defaultRegion` (ISO 3166 code, e.g. "US") as the country of numbers
    // typed without +. An empty region means numbers must start with +.
    static NumberInterpretation interpret(const QString &text, const QString &defaultRegion);

    // Only the characters that matter: whitespace, invisible formatting characters and
    // separators removed, any Unicode digit turned into ASCII, a tel: prefix dropped. Returns
    // nothing and sets `problem` when something is in the way.
    static std::optional<QString> normalize(
            const QString &text, NumberInterpretation::Problem *problem, QString *problemDetail);

    // The length of a label pasted in front of a number, colon included: "Phone:", "Tel:",
    // "tel:", a word of at most MaxLabelLength letters and a colon with more text after it. 0
    // when `text` starts with none.
    static qsizetype pastedLabelLength(QStringView text);
    static constexpr qsizetype MaxLabelLength = 12;

    // The country for numbers typed without +, from a locale ("en_GB" → "GB"); empty when the
    // locale names no country libphonenumber knows.
    static QString defaultRegionFor(const QLocale &locale);

    // One sentence for people: why the number cannot be used, or what to watch out for.
    static QString explanation(const NumberInterpretation &interpretation);
    static QString problemText(NumberInterpretation::Problem problem, const QString &detail = {});
};

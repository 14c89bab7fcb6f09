#include "phonenumberinput.h"

#include "phonenumberformat.h"

#include <QRegularExpression>

#include <phonenumbers/phonenumberutil.h>
#include <phonenumbers/shortnumberinfo.h>

#include <list>
#include <string>

using namespace Qt::StringLiterals;

using i18n::phonenumbers::PhoneNumberUtil;
using i18n::phonenumbers::ShortNumberInfo;
using LibPhoneNumber = i18n::phonenumbers::PhoneNumber;
using Problem = NumberInterpretation::Problem;
using State = NumberInterpretation::State;

namespace {

// More digits than an international prefix (up to 5 digits) plus the 15 of E.164 is never a
// phone number.
constexpr qsizetype MaxDigits = 20;

// The server's PhoneE164 holds at most 16 characters: + and 15 digits.
constexpr qsizetype MaxE164Length = 16;

QString fromStd(const std::string &text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString fromCodePoint(char32_t codePoint)
{
    return QString::fromUcs4(&codePoint, 1);
}

bool isInvisible(char32_t c)
{
    return QChar::isSpace(c) || QChar::category(c) == QChar::Other_Format
            || QChar::category(c) == QChar::Other_Control;
}

bool isSeparator(char32_t c)
{
    switch (c) {
    case u'-':
    case u'.':
    case u'(':
    case u')':
    case u'[':
    case u']':
    case u'/':
    case 0x2212: // minus sign
        return true;
    default:
        return QChar::category(c) == QChar::Punctuation_Dash;
    }
}

// Code points with whitespace and invisible formatting characters gone. NFKC first
// turns fullwidth and other compatibility forms (＋, （, ０) into their plain equivalents.
std::u32string compact(const QString &text)
{
    const QList<uint> codePoints = text.normalized(QString::NormalizationForm_KC).toUcs4();
    std::u32string result;
    result.reserve(static_cast<size_t>(codePoints.size()));
    for (const uint c : codePoints) {
        if (!isInvisible(c))
            result.push_back(c);
    }
    return result;
}

QString toQString(const std::u32string &text)
{
    return QString::fromUcs4(text.data(), static_cast<qsizetype>(text.size()));
}

bool containsDigit(QStringView text)
{
    for (const QChar c : text) {
        if (c.isDigit())
            return true;
    }
    return false;
}

bool containsLetter(QStringView text)
{
    for (const QChar c : text) {
        if (c.isLetter())
            return true;
    }
    return false;
}

// An extension marker after at least one digit, followed by nothing but digits and separators:
// "+1 201 555 0123 x12", "…;ext=12", "… ext. 12", "…#". The caller has removed whitespace.
std::optional<QString> extensionIn(const QString &text)
{
    static const QRegularExpression marker(
            uR"((;ext=|extension|extn\.?|ext\.?|x|#|,)([\p{Nd}\-.()/]*)$)"_s,
            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = marker.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QStringView before = QStringView(text).left(match.capturedStart());
    if (!containsDigit(before) || containsLetter(before))
        return std::nullopt;
    return match.captured(0);
}

QString onlyRegionOf(int countryCode)
{
    std::list<std::string> regions;
    PhoneNumberUtil::GetInstance()->GetRegionCodesForCountryCallingCode(countryCode, &regions);
    if (regions.size() == 1)
        return fromStd(regions.front());
    return {};
}

QString countryNameOf(const QString &regionCode, int countryCode)
{
    if (regionCode == u"001")
        return PhoneNumberInput::tr("International (non-geographic)");
    if (regionCode.isEmpty() && countryCode > 0)
        return PhoneNumberInput::tr("a country using +%1").arg(countryCode);
    return PhoneNumberFormat::countryName(regionCode);
}

QString numberTypeText(PhoneNumberUtil::PhoneNumberType type)
{
    switch (type) {
    case PhoneNumberUtil::FIXED_LINE:
        return PhoneNumberInput::tr("fixed line");
    case PhoneNumberUtil::MOBILE:
        return PhoneNumberInput::tr("mobile");
    case PhoneNumberUtil::FIXED_LINE_OR_MOBILE:
        return PhoneNumberInput::tr("fixed line or mobile");
    case PhoneNumberUtil::TOLL_FREE:
        return PhoneNumberInput::tr("toll free");
    case PhoneNumberUtil::PREMIUM_RATE:
        return PhoneNumberInput::tr("premium rate");
    case PhoneNumberUtil::SHARED_COST:
        return PhoneNumberInput::tr("shared cost");
    case PhoneNumberUtil::VOIP:
        return PhoneNumberInput::tr("internet telephony (VoIP)");
    case PhoneNumberUtil::PERSONAL_NUMBER:
        return PhoneNumberInput::tr("personal number");
    case PhoneNumberUtil::PAGER:
        return PhoneNumberInput::tr("pager");
    case PhoneNumberUtil::UAN:
        return PhoneNumberInput::tr("company number (UAN)");
    case PhoneNumberUtil::VOICEMAIL:
        return PhoneNumberInput::tr("voicemail access");
    case PhoneNumberUtil::UNKNOWN:
        break;
    }
    return {};
}

Problem problemOf(PhoneNumberUtil::ErrorType error)
{
    switch (error) {
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        return Problem::InvalidCountryCode;
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        return Problem::TooShort;
    case PhoneNumberUtil::TOO_LONG_NSN:
        return Problem::TooLong;
    case PhoneNumberUtil::NOT_A_NUMBER:
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    }
    return Problem::NotANumber;
}

Problem problemOf(PhoneNumberUtil::ValidationResult result)
{
    switch (result) {
    case PhoneNumberUtil::IS_POSSIBLE:
        return Problem::None;
    case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
        return Problem::LocalOnly;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE:
        return Problem::InvalidCountryCode;
    case PhoneNumberUtil::TOO_SHORT:
        return Problem::TooShort;
    case PhoneNumberUtil::INVALID_LENGTH:
        return Problem::InvalidLength;
    case PhoneNumberUtil::TOO_LONG:
        return Problem::TooLong;
    }
    return Problem::NotANumber;
}

// `regionHint` names the country to assume when the numbering data cannot tell which of the
// countries sharing a code the number belongs to: the default country when the number was
// typed without +.
void fillPresentation(
        const LibPhoneNumber &number, const QString &regionHint, NumberInterpretation *result)
{
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    std::string text;
    util.Format(number, PhoneNumberUtil::E164, &text);
    result->e164 = fromStd(text);
    util.Format(number, PhoneNumberUtil::NATIONAL, &text);
    result->national = fromStd(text);
    util.Format(number, PhoneNumberUtil::INTERNATIONAL, &text);
    result->international = fromStd(text);
    result->countryCode = number.country_code();

    util.GetRegionCodeForNumber(number, &text);
    result->regionCode = fromStd(text);
    if (text == "ZZ") {
        const bool hintShares = !regionHint.isEmpty()
                && util.GetCountryCodeForRegion(regionHint.toStdString()) == number.country_code();
        result->regionCode = hintShares ? regionHint : onlyRegionOf(number.country_code());
    }
    result->countryName = countryNameOf(result->regionCode, result->countryCode);
}

// The parser keeps a national trunk prefix when the digits after it are too few to be a number
// ("020 7946" in the UK becomes +44 0207946). No number of such a country starts with its trunk
// prefix after the country code, so this is a number cut short, not a possible one.
bool keepsTrunkPrefix(const LibPhoneNumber &number)
{
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    std::string region;
    util.GetRegionCodeForCountryCode(number.country_code(), &region);
    std::string trunkPrefix;
    util.GetNddPrefixForRegion(region, true, &trunkPrefix);
    std::string nationalNumber;
    util.GetNationalSignificantNumber(number, &nationalNumber);
    return !trunkPrefix.empty() && nationalNumber.starts_with(trunkPrefix);
}

// Emergency numbers and short codes are refused by name: "too short" would invite the person to
// add digits to 911.
std::optional<Problem> shortNumberProblem(
        const LibPhoneNumber &number, const NumberInterpretation &result, const QString &region)
{
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    static const ShortNumberInfo shortNumbers; // parses all short-number metadata: build once
    std::string nationalNumber;
    util.GetNationalSignificantNumber(number, &nationalNumber);

    // IsEmergencyNumber() refuses a leading +, so international input is checked in the
    // country its code belongs to.
    std::string shortRegion = region.toStdString();
    if (result.typedWithPlus)
        util.GetRegionCodeForCountryCode(number.country_code(), &shortRegion);
    const std::string digits
            = result.typedWithPlus ? nationalNumber : result.normalized.toStdString();
    if (shortNumbers.IsEmergencyNumber(digits, shortRegion))
        return Problem::EmergencyNumber;
    if (util.IsPossibleNumberWithReason(number) != PhoneNumberUtil::IS_POSSIBLE
            && shortNumbers.IsValidShortNumber(number))
        return Problem::ShortCode;
    return std::nullopt;
}

// The national significant number without a trunk prefix the parser kept (see above).
std::string nationalDigits(const LibPhoneNumber &number)
{
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    std::string nationalNumber;
    util.GetNationalSignificantNumber(number, &nationalNumber);
    if (keepsTrunkPrefix(number)) {
        std::string region;
        util.GetRegionCodeForCountryCode(number.country_code(), &region);
        std::string trunkPrefix;
        util.GetNddPrefixForRegion(region, true, &trunkPrefix);
        nationalNumber.erase(0, trunkPrefix.size());
    }
    return nationalNumber;
}

// Whether `digits` more digits after what was typed make a number of a possible length.
bool becomesPossibleWith(const QString &normalized, const QString &region, qsizetype digits)
{
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    LibPhoneNumber longer;
    const std::string text = QString(normalized + QString(digits, u'0')).toStdString();
    return util.Parse(text, region.toStdString(), &longer) == PhoneNumberUtil::NO_PARSING_ERROR
            && util.IsPossibleNumberWithReason(longer) == PhoneNumberUtil::IS_POSSIBLE
            && !keepsTrunkPrefix(longer);
}

// Whether more digits could still make a number of what was typed.
bool canGrowIntoNumber(const NumberInterpretation &result, const QString &region)
{
    for (qsizetype digits = 1; result.normalized.size() + digits <= MaxDigits; ++digits) {
        if (becomesPossibleWith(result.normalized, region, digits))
            return true;
    }
    return false;
}

// How many digits the example number of the country has beyond those typed, when that many
// more make a number of a possible length; 0 otherwise.
int moreDigitsExpected(
        const LibPhoneNumber &number, const QString &normalized, const QString &region)
{
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    std::string mainRegion;
    util.GetRegionCodeForCountryCode(number.country_code(), &mainRegion);
    LibPhoneNumber example;
    if (!util.GetExampleNumber(mainRegion, &example))
        return 0;
    std::string exampleDigits;
    util.GetNationalSignificantNumber(example, &exampleDigits);
    const auto missing = static_cast<qsizetype>(exampleDigits.size())
            - static_cast<qsizetype>(nationalDigits(number).size());
    if (missing <= 0 || normalized.size() + missing > MaxDigits
            || !becomesPossibleWith(normalized, region, missing))
        return 0;
    return static_cast<int>(missing);
}

// The country a number cut short belongs to when the numbering data cannot tell from its digits
// alone ("+44 20 7946" may still become a number of Jersey or of the United Kingdom): the one
// country that every number of the expected length starting with these digits belongs to.
QString regionGrownInto(const QString &normalized, const QString &region, qsizetype missing)
{
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    std::string grownRegion;
    for (char16_t digit = u'0'; digit <= u'9'; ++digit) {
        LibPhoneNumber longer;
        const std::string text = QString(normalized + QString(missing, digit)).toStdString();
        if (util.Parse(text, region.toStdString(), &longer) != PhoneNumberUtil::NO_PARSING_ERROR
                || !util.IsValidNumber(longer))
            return {};
        std::string longerRegion;
        util.GetRegionCodeForNumber(longer, &longerRegion);
        if (longerRegion == "ZZ" || (!grownRegion.empty() && longerRegion != grownRegion))
            return {};
        grownRegion = longerRegion;
    }
    return fromStd(grownRegion);
}

// The country to name in a sentence ("Too short for a phone number in %1."): none when it is
// unknown or not a country, so that the sentence reads well without it.
QString countryForSentence(const NumberInterpretation &result)
{
    if (result.regionCode.isEmpty() || result.regionCode == u"001")
        return {};
    return result.countryName;
}

// Whether the digits were dialled with what comes before an area code: a + and country code,
// an international prefix, or a national trunk prefix ("020…" in the United Kingdom). Then the
// area code is there, and a number only dialable locally is one cut short.
bool dialledWithAreaCode(const LibPhoneNumber &number, const NumberInterpretation &result)
{
    std::string nationalNumber;
    PhoneNumberUtil::GetInstance()->GetNationalSignificantNumber(number, &nationalNumber);
    return result.typedWithPlus || keepsTrunkPrefix(number)
            || result.normalized != fromStd(nationalNumber);
}

bool isCountryCode(const QString &digits)
{
    bool ok = false;
    const int code = digits.toInt(&ok);
    if (!ok || digits.startsWith(u'0'))
        return false;
    std::string region;
    PhoneNumberUtil::GetInstance()->GetRegionCodeForCountryCode(code, &region);
    return region != "ZZ";
}

// "+", "+4": the start of a country code.
bool startsCountryCode(const QString &normalized)
{
    if (!normalized.startsWith(u'+') || normalized.size() > 3)
        return false;
    const QString typed = normalized.mid(1);
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    std::string region;
    for (int code = 1; code <= 999; ++code) {
        if (!QString::number(code).startsWith(typed))
            continue;
        util.GetRegionCodeForCountryCode(code, &region);
        if (region != "ZZ")
            return true;
    }
    return false;
}

std::optional<NumberInterpretation::Alternative> internationalReading(const QString &digits)
{
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    LibPhoneNumber number;
    if (util.Parse("+" + digits.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR
            || !util.IsValidNumber(number))
        return std::nullopt;

    NumberInterpretation presentation;
    fillPresentation(number, {}, &presentation);
    return NumberInterpretation::Alternative{presentation.e164, presentation.international,
            presentation.regionCode, presentation.countryName};
}

NumberInterpretation invalid(NumberInterpretation result, Problem problem, QString detail = {})
{
    result.state = State::Invalid;
    result.problem = problem;
    result.problemDetail = std::move(detail);
    return result;
}

} // namespace

std::optional<QString> PhoneNumberInput::normalize(
        const QString &text, Problem *problem, QString *problemDetail)
{
    *problem = Problem::None;
    problemDetail->clear();
    if (text.size() > MaxInputLength) {
        *problem = Problem::InputTooLong;
        *problemDetail = QString::number(text.size());
        return std::nullopt;
    }

    QString visible = toQString(compact(text));
    // A number copied with its label from a ticket or a signature: "Phone: +44…", "tel:+1…".
    visible.remove(0, pastedLabelLength(visible));

    if (const auto extension = extensionIn(visible)) {
        *problem = Problem::Extension;
        *problemDetail = *extension;
        return std::nullopt;
    }

    QString normalized;
    qsizetype digits = 0;
    for (const uint c : visible.toUcs4()) {
        if (QChar::isDigit(c)) {
            normalized.append(QChar(u'0' + QChar::digitValue(c)));
            ++digits;
        } else if (c == u'+') {
            if (!normalized.isEmpty()) {
                *problem = Problem::MisplacedPlus;
                return std::nullopt;
            }
            normalized.append(u'+');
        } else if (QChar::isLetter(c)) {
            *problem = Problem::Letters;
            *problemDetail = fromCodePoint(c);
            return std::nullopt;
        } else if (!isSeparator(c)) {
            *problem = Problem::UnexpectedCharacter;
            *problemDetail = fromCodePoint(c);
            return std::nullopt;
        }
    }

    if (digits > MaxDigits) {
        *problem = Problem::InputTooLong;
        *problemDetail = QString::number(text.size());
        return std::nullopt;
    }
    if (digits == 0 && !visible.isEmpty()) {
        *problem = normalized.isEmpty() ? Problem::NotANumber : Problem::CountryCodeExpected;
        return std::nullopt;
    }
    return normalized;
}

NumberInterpretation PhoneNumberInput::interpret(const QString &text, const QString &defaultRegion)
{
    NumberInterpretation result;
    const auto normalized = normalize(text, &result.problem, &result.problemDetail);
    if (!normalized) {
        // Only separators or a + so far, e.g. "(" or "+".
        result.incomplete = result.problem == Problem::NotANumber
                || result.problem == Problem::CountryCodeExpected;
        return invalid(result, result.problem, result.problemDetail);
    }
    if (normalized->isEmpty())
        return result;

    result.normalized = *normalized;
    result.typedWithPlus = normalized->startsWith(u'+');

    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    const QString region = result.typedWithPlus ? u"ZZ"_s : defaultRegion.toUpper();
    if (!result.typedWithPlus && util.GetCountryCodeForRegion(region.toStdString()) == 0)
        return invalid(result, Problem::NoCountry);

    if (!result.typedWithPlus)
        result.alternative = internationalReading(result.normalized);

    LibPhoneNumber number;
    const auto error = util.Parse(normalized->toStdString(), region.toStdString(), &number);
    if (error != PhoneNumberUtil::NO_PARSING_ERROR) {
        // Too few digits to parse ("1"), too few after the country code or international
        // prefix, or the first digits of a country code.
        const bool startOfCountryCode = startsCountryCode(result.normalized);
        result.incomplete = (error == PhoneNumberUtil::NOT_A_NUMBER
                                    && (!result.typedWithPlus || startOfCountryCode))
                || error == PhoneNumberUtil::TOO_SHORT_NSN
                || error == PhoneNumberUtil::TOO_SHORT_AFTER_IDD
                || (error == PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR && startOfCountryCode);
        if (result.typedWithPlus && isCountryCode(result.normalized.mid(1)))
            return invalid(result, Problem::NationalNumberExpected, result.normalized);
        if (result.typedWithPlus && startOfCountryCode)
            return invalid(result, Problem::CountryCodeExpected);
        return invalid(result, problemOf(error));
    }
    fillPresentation(number, result.typedWithPlus ? QString() : region, &result);

    // Without a detail, the problem names the country the number grows into.
    const auto cutShort = [&](Problem problem, const std::optional<QString> &detail = {}) {
        result.incomplete = true;
        result.moreDigitsExpected = moreDigitsExpected(number, result.normalized, region);
        if (result.regionCode.isEmpty() && result.moreDigitsExpected > 0) {
            result.regionCode
                    = regionGrownInto(result.normalized, region, result.moreDigitsExpected);
            result.countryName = countryNameOf(result.regionCode, result.countryCode);
        }
        return invalid(result, problem, detail.value_or(countryForSentence(result)));
    };

    if (const auto problem = shortNumberProblem(number, result, region)) {
        const QString detail = result.typedWithPlus ? result.e164 : result.normalized;
        // Digits on the way to a full number pass through short codes and emergency numbers
        // ("+33 15…", "112…"): while more digits can still make a number, they are not refused
        // yet. Left as they are, they are refused by name.
        if (canGrowIntoNumber(result, region))
            return cutShort(*problem, detail);
        return invalid(result, *problem, detail);
    }

    Problem lengthProblem = problemOf(util.IsPossibleNumberWithReason(number));
    if (lengthProblem == Problem::LocalOnly && dialledWithAreaCode(number, result))
        lengthProblem = Problem::TooShort;
    if (lengthProblem == Problem::TooShort || lengthProblem == Problem::LocalOnly
            || (lengthProblem == Problem::InvalidLength && canGrowIntoNumber(result, region)))
        return cutShort(lengthProblem);
    if (lengthProblem != Problem::None)
        return invalid(result, lengthProblem, countryForSentence(result));
    if (result.e164.size() > MaxE164Length)
        return invalid(result, Problem::TooLong, countryForSentence(result));

    if (result.alternative && result.alternative->e164 == result.e164)
        result.alternative.reset();

    if (result.typedWithPlus) {
        std::string nationalNumber;
        util.GetNationalSignificantNumber(number, &nationalNumber);
        const QString typedNational
                = normalized->mid(1 + QString::number(result.countryCode).size());
        result.rewrittenToInternationalForm = typedNational != fromStd(nationalNumber);
    }

    result.numberType = numberTypeText(util.GetNumberType(number));
    result.state = util.IsValidNumber(number) ? State::Valid : State::Possible;
    if (result.state == State::Possible && keepsTrunkPrefix(number))
        return cutShort(Problem::TooShort);
    return result;
}

qsizetype PhoneNumberInput::pastedLabelLength(QStringView text)
{
    qsizetype letters = 0;
    while (letters < text.size() && letters <= MaxLabelLength && text.at(letters).isLetter())
        ++letters;
    // Only a label with something after it: "Phone:" alone is not a number with its label.
    if (letters == 0 || letters > MaxLabelLength || letters + 1 >= text.size())
        return 0;
    return text.at(letters) == u':' ? letters + 1 : 0;
}

QString PhoneNumberInput::defaultRegionFor(const QLocale &locale)
{
    const QString code = QLocale::territoryToCode(locale.territory());
    if (code.isEmpty())
        return {};
    if (PhoneNumberUtil::GetInstance()->GetCountryCodeForRegion(code.toStdString()) == 0)
        return {};
    return code;
}

QString PhoneNumberInput::problemText(Problem problem, const QString &detail)
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::InputTooLong:
        return tr("This is longer than any phone number. Paste only the number itself.");
    case Problem::Letters:
        return tr("Letters are not allowed (“%1”). Type the digits: letters are not converted "
                  "to keypad digits.")
                .arg(detail);
    case Problem::Extension:
        return tr("Extensions cannot be stored (“%1”). Remove the extension and enter only the "
                  "main number.")
                .arg(detail);
    case Problem::UnexpectedCharacter:
        return tr("“%1” is not part of a phone number.").arg(detail);
    case Problem::MisplacedPlus:
        return tr("A + can only come first, in front of the country code.");
    case Problem::NoCountry:
        return tr("Start with + and the country code: no default country is set for numbers "
                  "without one.");
    case Problem::InvalidCountryCode:
        return tr("The country code is not valid.");
    case Problem::NotANumber:
        return tr("This is not a phone number.");
    case Problem::CountryCodeExpected:
        return tr("Type the country code and the number after the +.");
    case Problem::NationalNumberExpected:
        //: %1 is a country code with its plus, e.g. +44
        return tr("Type the number after the country code %1.").arg(detail);
    case Problem::TooShort:
        return detail.isEmpty() ? tr("Too short for a phone number.")
                                : tr("Too short for a phone number in %1.").arg(detail);
    case Problem::TooLong:
        return detail.isEmpty() ? tr("Too long for a phone number.")
                                : tr("Too long for a phone number in %1.").arg(detail);
    case Problem::InvalidLength:
        return detail.isEmpty() ? tr("No phone number with this country code has this many digits.")
                                : tr("No phone number in %1 has this many digits.").arg(detail);
    case Problem::LocalOnly:
        return tr("Add the area code: this number can only be dialled locally.");
    case Problem::EmergencyNumber:
        return tr("%1 is an emergency number and cannot be used here.").arg(detail);
    case Problem::ShortCode:
        return tr("%1 is a short code, not a full phone number.").arg(detail);
    }
    return {};
}

QString PhoneNumberInput::explanation(const NumberInterpretation &interpretation)
{
    QStringList sentences;
    switch (interpretation.state) {
    case State::Empty:
        return {};
    case State::Invalid:
        sentences << problemText(interpretation.problem, interpretation.problemDetail);
        break;
    case State::Possible:
        sentences << (countryForSentence(interpretation).isEmpty()
                        ? tr("This number has a possible length but is not in this app's "
                             "numbering data, which can be older than a newly opened range. "
                             "Check it before saving.")
                        : tr("This number has a possible length for %1 but is not in this "
                             "app's numbering data, which can be older than a newly opened "
                             "range. Check it before saving.")
                                  .arg(interpretation.countryName));
        break;
    case State::Valid:
        break;
    }
    if (interpretation.isUsable() && interpretation.rewrittenToInternationalForm) {
        sentences << tr("Digits that are only dialled within the country were adjusted: it will "
                        "be saved as %1.")
                             .arg(interpretation.e164);
    }
    if (interpretation.alternative) {
        sentences << tr("With a + in front, these digits are a valid number in %1 (%2).")
                             .arg(interpretation.alternative->countryName,
                                     interpretation.alternative->international);
    }
    return sentences.join(u' ');
}

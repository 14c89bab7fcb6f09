#include "numberpresentationcache.h"

#include "phonenumberformat.h"

#include <QThreadPool>

#include <phonenumbers/phonenumberutil.h>

#include <mutex>

using i18n::phonenumbers::PhoneNumberUtil;
using LibPhoneNumber = i18n::phonenumbers::PhoneNumber;

static QString fromStd(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

static bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// "+" and 2 to 15 digits: what this cache can take apart without libphonenumber's parser.
static bool isPlainE164(const QString &text)
{
    if (text.size() < 4 || text.size() > 16 || text.front() != u'+')
        return false;
    return std::all_of(text.begin() + 1, text.end(), isAsciiDigit);
}

// The number libphonenumber would parse from E.164 text, without its regular expressions: the
// country calling code is the one prefix of one to three digits that names a country.
static bool fromE164(const QString &e164, LibPhoneNumber *number)
{
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    const QString digits = e164.mid(1);
    for (int length = 1; length <= 3 && length < digits.size(); ++length) {
        const int countryCode = digits.left(length).toInt();
        std::string region;
        util.GetRegionCodeForCountryCode(countryCode, &region);
        if (region == "ZZ")
            continue;

        const QString national = digits.mid(length);
        number->set_country_code(countryCode);
        number->set_national_number(national.toULongLong());
        // Leading zeros are part of some national numbers (Italy); the integer drops them.
        qsizetype leading = 0;
        while (leading < national.size() - 1 && national.at(leading) == u'0')
            ++leading;
        if (leading > 0) {
            number->set_italian_leading_zero(true);
            if (leading > 1)
                number->set_number_of_leading_zeros(int(leading));
        }
        return true;
    }
    return false;
}

QString NumberPresentationCache::countryName(const QString &regionCode)
{
    auto found = m_countryNames.constFind(regionCode);
    if (found == m_countryNames.constEnd())
        found = m_countryNames.insert(regionCode, PhoneNumberFormat::countryName(regionCode));
    return *found;
}

NumberPresentationCache::Presentation NumberPresentationCache::format(const QString &e164)
{
    Presentation presentation;
    presentation.national = e164;
    LibPhoneNumber number;
    if (!fromE164(e164, &number))
        return presentation;

    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    std::string text;
    util.Format(number, PhoneNumberUtil::NATIONAL, &text);
    presentation.national = fromStd(text);
    util.GetRegionCodeForNumber(number, &text);
    if (text != "ZZ") {
        presentation.regionCode = fromStd(text);
        presentation.countryName = countryName(presentation.regionCode);
    }
    return presentation;
}

NumberPresentationCache::Presentation NumberPresentationCache::present(const QString &e164)
{
    if (!isPlainE164(e164)) {
        const NumberPresentation full = PhoneNumberFormat::present(e164);
        return {full.national, full.regionCode, full.countryName};
    }

    const QString rangeKey = e164.chopped(2);
    const auto known = m_ranges.constFind(rangeKey);
    if (known != m_ranges.constEnd() && known->tens >= 0) {
        Presentation presentation = known->presentation;
        presentation.national[known->tens] = e164.at(e164.size() - 2);
        presentation.national[known->units] = e164.back();
        return presentation;
    }

    Range range;
    range.presentation = format(e164);
    // The national text ends with the number's last digits, whatever the grouping.
    const QString &national = range.presentation.national;
    qsizetype found = 0;
    for (qsizetype i = national.size() - 1; i >= 0 && found < 2; --i) {
        if (!isAsciiDigit(national.at(i)))
            continue;
        (found == 0 ? range.units : range.tens) = i;
        ++found;
    }
    const bool endsWithNumber = found == 2 && national.at(range.units) == e164.back()
            && national.at(range.tens) == e164.at(e164.size() - 2);
    if (!endsWithNumber)
        range.tens = range.units = -1;
    m_ranges.insert(rangeKey, range);
    return range.presentation;
}

void NumberPresentationCache::warmUp()
{
    static std::once_flag started;
    std::call_once(started, [] {
        // libphonenumber's singleton and formatting are thread-safe.
        QThreadPool::globalInstance()->start([] {
            const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
            LibPhoneNumber number;
            number.set_country_code(1);
            number.set_national_number(2125550100ULL);
            std::string text;
            util.Format(number, PhoneNumberUtil::NATIONAL, &text);
        });
    });
}

void NumberPresentationCache::clear()
{
    m_ranges.clear();
}

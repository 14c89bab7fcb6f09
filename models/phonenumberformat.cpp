#include "phonenumberformat.h"

#include <QLocale>

#include <phonenumbers/geocoding/phonenumber_offline_geocoder.h>
#include <phonenumbers/phonenumberutil.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <memory>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberOfflineGeocoder;
using i18n::phonenumbers::PhoneNumberUtil;

namespace PhoneNumberFormat {

static QString fromStd(const std::string &text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

static const PhoneNumberOfflineGeocoder &geocoder()
{
    // Loading the geocoding data is costly; it is immutable once built.
    static const auto instance = std::make_unique<PhoneNumberOfflineGeocoder>();
    return *instance;
}

QString countryName(const QString &regionCode)
{
    if (regionCode.isEmpty())
        return {};
    // ICU names the country in the interface's language; Qt only knows the English names.
    const QByteArray region = regionCode.toLatin1();
    const QByteArray language = QLocale().name().toLatin1();
    icu::UnicodeString name;
    icu::Locale(nullptr, region.constData())
            .getDisplayCountry(icu::Locale(language.constData()), name);
    if (!name.isBogus() && name.length() > 0) {
        const QString translated(reinterpret_cast<const QChar *>(name.getBuffer()), name.length());
        if (translated != regionCode)
            return translated;
    }
    const QLocale::Territory territory = QLocale::codeToTerritory(regionCode);
    if (territory == QLocale::AnyTerritory)
        return regionCode;
    return QLocale::territoryToString(territory);
}

int callingCode(const QString &regionCode)
{
    return PhoneNumberUtil::GetInstance()->GetCountryCodeForRegion(regionCode.toStdString());
}

NumberPresentation present(const QString &e164)
{
    NumberPresentation presentation;
    presentation.e164 = e164;
    presentation.national = e164;
    presentation.international = e164;

    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util.Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return presentation;

    std::string text;
    util.Format(number, PhoneNumberUtil::NATIONAL, &text);
    presentation.national = fromStd(text);
    util.Format(number, PhoneNumberUtil::INTERNATIONAL, &text);
    presentation.international = fromStd(text);
    util.GetRegionCodeForNumber(number, &text);
    if (text != "ZZ")
        presentation.regionCode = fromStd(text);
    presentation.countryName = countryName(presentation.regionCode);

    presentation.parsed = true;
    return presentation;
}

QString locationOf(const QString &e164)
{
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util.Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return {};
    const std::string language = QLocale().name().section(u'_', 0, 0).toStdString();
    return fromStd(geocoder().GetDescriptionForNumber(number, icu::Locale(language.c_str())));
}

QString digitsOf(const QString &text)
{
    QString digits;
    digits.reserve(text.size());
    for (const QChar c : text) {
        const int value = c.digitValue();
        if (value >= 0)
            digits.append(QChar(u'0' + value));
    }
    return digits;
}

} // namespace PhoneNumberFormat
